package org.followthrough.domain.drafts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How names of people and companies are found in free text and compared with each other. */
final class Names {

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String NOT_A_WORD_CHARACTER_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_A_WORD_CHARACTER_AFTER = "(?![\\p{L}\\p{N}])";

    private Names() {
    }

    /** Case and accents do not make a different name: "Zoë" and "zoe" fold alike. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The words of a person's name without titles, folded: "Dr. Grace Hopper" gives [grace, hopper]. */
    static List<String> parts(String name) {
        List<String> parts = new ArrayList<>();
        for (String word : SPACES.split(name.strip())) {
            String folded = fold(word).replaceAll("[.,]+$", "");
            if (!folded.isEmpty() && !HONORIFICS.contains(folded)) {
                parts.add(folded);
            }
        }
        return parts;
    }

    static boolean samePerson(String one, String other) {
        return parts(one).equals(parts(other));
    }

    /**
     * The phrase as whole words, ignoring case and how much space separates its words; punctuation inside it
     * ("AT&T", "Acme Inc.") must match as written.
     */
    static Pattern wholeWords(String phrase) {
        List<String> quoted = new ArrayList<>();
        for (String word : SPACES.split(phrase.strip())) {
            quoted.add(Pattern.quote(word));
        }
        return Pattern.compile(NOT_A_WORD_CHARACTER_BEFORE + String.join("\\s+", quoted) + NOT_A_WORD_CHARACTER_AFTER,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static boolean mentions(String text, String phrase) {
        return !phrase.isBlank() && wholeWords(fold(phrase)).matcher(fold(text)).find();
    }
}
