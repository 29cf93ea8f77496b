package org.followthrough.site.mail;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.followthrough.site.PrecompiledTemplates;

import java.util.Map;

/** Writes both parts of the digest mail from the precompiled templates {@code mail/digest.jte} (HTML and plain). */
public final class DigestMailWriter {

    /** The two parts of one mail. */
    public record Parts(String subject, String text, String html) {
    }

    private final TemplateEngine html;
    private final TemplateEngine plain;

    public DigestMailWriter() {
        this.html = PrecompiledTemplates.engine(ContentType.Html, PrecompiledTemplates.HTML);
        this.plain = PrecompiledTemplates.engine(ContentType.Plain, PrecompiledTemplates.PLAIN);
    }

    public Parts write(DigestMailView view) {
        StringOutput text = new StringOutput();
        plain.render("mail/digest.jte", Map.of("mail", view), text);
        StringOutput page = new StringOutput();
        html.render("mail/digest.jte", Map.of("mail", view), page);
        return new Parts(view.subject(), text.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip() + "\n",
                page.toString());
    }
}
