package org.followthrough.site.drafts;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.followthrough.site.PrecompiledTemplates;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the draft for a due message from the plain-text templates in {@code src/main/jte-plain/drafts}, precompiled
 * into {@value #TEMPLATE_PACKAGE}. A template's first line is the subject, the rest the body.
 */
public final class DraftWriter {

    static final String TEMPLATE_PACKAGE = PrecompiledTemplates.PLAIN;

    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+$", Pattern.MULTILINE);
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
    private static final Pattern DOUBLE_SPACES = Pattern.compile("(?<=\\S) {2,}(?=\\S)");

    private final TemplateEngine engine;

    public DraftWriter() {
        this.engine = PrecompiledTemplates.engine(ContentType.Plain, TEMPLATE_PACKAGE);
    }

    public Draft write(DraftModel model) {
        StringOutput output = new StringOutput();
        engine.render(template(model), Map.of("draft", model), output);
        String text = tidy(output.toString());
        int firstBreak = text.indexOf('\n');
        String subject = firstBreak < 0 ? text : text.substring(0, firstBreak).strip();
        String body = firstBreak < 0 ? "" : text.substring(firstBreak + 1).strip() + "\n";
        if (!model.signature().isEmpty()) {
            // every draft ends with the candidate's name: their contact details follow it, one to a line
            body = body + String.join("\n", model.signature()) + "\n";
        }
        return new Draft(subject, body, model.recipientEmail(), Mailto.link(model.recipientEmail(), subject, body));
    }

    static String template(DraftModel model) {
        return "drafts/" + switch (model.rule()) {
            case THANK_YOU -> "thank-you";
            case NEXT_STEPS -> "next-steps";
            case STATUS_CHECK -> "status-check";
            case CLEAR_THE_AIR -> "clear-the-air";
            case ADDRESS_CONCERN -> "address-concern";
            case AFTER_OUTCOME -> switch (requireDecision(model)) {
                case OFFER -> "after-offer";
                case REJECTION -> "after-rejection";
            };
            case NOTES, MOVE_ON, CONNECT, PREPARE, CONFIRM_HELD -> throw new IllegalArgumentException(model.rule() + " has no message to draft");
        } + ".jte";
    }

    private static DraftModel.Decision requireDecision(DraftModel model) {
        if (model.decision() == null) {
            throw new IllegalArgumentException("a note after the outcome needs to know whether it was an offer or a rejection");
        }
        return model.decision();
    }

    /** Whatever the optional parts left out: no stray spaces, never more than one empty line in a row. */
    private static String tidy(String rendered) {
        String text = rendered.replace("\r\n", "\n");
        text = TRAILING_SPACE.matcher(text).replaceAll("");
        text = DOUBLE_SPACES.matcher(text).replaceAll(" ");
        return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
    }
}
