package org.followthrough.site.mail;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import java.util.Map;

/** Writes both parts of the digest mail from the precompiled templates {@code mail/digest.jte} (HTML and plain). */
public final class DigestMailWriter {

    /** The two parts of one mail. */
    public record Parts(String subject, String text, String html) {
    }

    private final TemplateEngine html;
    private final TemplateEngine plain;

    public DigestMailWriter() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // as DraftWriter: pin the class loader, or a pool thread of a packaged app would not find the template classes
        thread.setContextClassLoader(DigestMailWriter.class.getClassLoader());
        try {
            this.html = TemplateEngine.createPrecompiled(null, ContentType.Html, null, "gg.jte.generated.precompiled");
            this.plain = TemplateEngine.createPrecompiled(null, ContentType.Plain, null, "gg.jte.generated.plain");
        } finally {
            thread.setContextClassLoader(previous);
        }
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
