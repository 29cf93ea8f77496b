package org.followthrough.infra.axon.upcasting;

import org.jspecify.annotations.Nullable;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One interviewer as the first release of {@code InterviewHeld} stored them: a display line
 * {@code "Name, Title <email>"}, any part of which may be missing.
 *
 * <p>The name runs to the first comma and the title is the rest, so a title keeps its own commas ("VP, Platform,
 * EMEA"); a name written with a comma in it ("Hopper, Grace") cannot be told from a name and a title, and is read as
 * the latter. The e-mail address is the first one in angle brackets, or else a bare address at the end of the line.
 * Runs of spaces, stray commas and semicolons at the edges, and doubled commas are tidied away, so a line that starts
 * with a comma is read from its first word. A line holding only an address is named after it, so no interviewer is
 * lost; a blank line is no interviewer.
 *
 * <p>Lines were at most 200 characters, the bound names and titles still have, so every part fits. The e-mail test is
 * the one the domain applies, copied so that this reading of old events stays as it is when the domain changes.
 */
record InterviewerLine(String name, @Nullable String title, @Nullable String email) {

    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
    private static final Pattern BRACKETED = Pattern.compile("<([^<>]*)>");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern EDGES = Pattern.compile("^[\\s,;]+|[\\s,;]+$");
    private static final Pattern COMMAS = Pattern.compile("\\s*,[\\s,]*");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("<\\s*>");
    private static final String AROUND_A_BARE_ADDRESS = "()[]<>;:\"'";

    static Optional<InterviewerLine> parse(String line) {
        String text = tidy(line);
        String email = null;
        Matcher bracketed = BRACKETED.matcher(text);
        while (bracketed.find()) {
            String inside = bracketed.group(1).strip();
            if (EMAIL.matcher(inside).matches()) {
                email = inside;
                text = tidy(text.substring(0, bracketed.start()) + " " + text.substring(bracketed.end()));
                break;
            }
        }
        text = EMPTY_BRACKETS.matcher(text).replaceAll(" ");
        if (email == null) {
            int start = Math.max(text.lastIndexOf(' '), text.lastIndexOf(',')) + 1;
            String last = trim(text.substring(start), AROUND_A_BARE_ADDRESS);
            if (EMAIL.matcher(last).matches()) {
                email = last;
                text = text.substring(0, start);
            }
        }
        text = EDGES.matcher(tidy(text)).replaceAll("");
        int comma = text.indexOf(',');
        String name = (comma < 0 ? text : text.substring(0, comma)).strip();
        String title = comma < 0 ? null
                : COMMAS.matcher(EDGES.matcher(text.substring(comma + 1)).replaceAll("")).replaceAll(", ");
        if (title != null && title.isBlank()) {
            title = null;
        }
        if (name.isEmpty()) {
            return Optional.ofNullable(email).map(address -> new InterviewerLine(address, null, address));
        }
        return Optional.of(new InterviewerLine(name, title, email));
    }

    private static String tidy(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static String trim(String text, String characters) {
        int start = 0;
        int end = text.length();
        while (start < end && characters.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && characters.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(start, end);
    }
}
