package org.followthrough.site.drafts;

import org.jspecify.annotations.Nullable;

import java.util.regex.Pattern;

/** The candidate's notes made fit to stand after a colon in a sentence of a draft. */
final class Notes {

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·–]|\\d+[.)])\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING = Pattern.compile("[\\s.,;:…-]+$");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
    private static final Pattern FORGOT = Pattern.compile(
            "^(?:i\\s+)?(?:forgot|didn'?t get|did not get|meant|wanted)\\s+to\\s+(?:mention|say|tell (?:them|her|him)|bring up)"
                    + "\\s*(?:that\\s+)?:?\\s*", Pattern.CASE_INSENSITIVE);
    /** A note longer than this gives only its first sentence to a draft, which has to stay short. */
    private static final int MAX_WORDS = 30;

    private Notes() {
    }

    static @Nullable String name(@Nullable String text) {
        return text == null || text.isBlank() ? null : SPACES.matcher(text.strip()).replaceAll(" ");
    }

    /**
     * The note's first non-empty line, without a list marker, on one line, ending in exactly one full stop (or its own
     * question or exclamation mark); a long one is cut to its first sentence.
     */
    static @Nullable String sentence(@Nullable String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String line = note.strip().lines().filter(candidate -> !candidate.isBlank()).findFirst().orElse("");
        line = SPACES.matcher(BULLET.matcher(line).replaceFirst("")).replaceAll(" ").strip();
        if (line.split(" ").length > MAX_WORDS) {
            line = SENTENCE_END.split(line, 2)[0];
        }
        line = TRAILING.matcher(line).replaceAll("");
        if (line.isEmpty()) {
            return null;
        }
        return line.endsWith("!") || line.endsWith("?") ? line : line + ".";
    }

    /** "I forgot to mention that I led the billing migration" says the same as "I led the billing migration". */
    static @Nullable String withoutForgotPrefix(@Nullable String note) {
        return note == null ? null : FORGOT.matcher(note.strip()).replaceFirst("");
    }
}
