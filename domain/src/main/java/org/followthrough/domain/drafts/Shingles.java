package org.followthrough.domain.drafts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Texts as runs of words, so that two notes can be compared regardless of layout, case, punctuation and names. */
final class Shingles {

    /** Stands for a masked name; cannot come out of a text, whose words are letters and digits only. */
    static final String NAME = "#";

    private static final Pattern APOSTROPHES = Pattern.compile("['’]");
    private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Shingles() {
    }

    /** The text's words, folded, with any word of {@code names} (folded) replaced by one mark. */
    static List<String> words(String text, Set<String> names) {
        String plain = APOSTROPHES.matcher(Names.fold(Normalizer.normalize(text, Normalizer.Form.NFKC))).replaceAll("");
        List<String> words = new ArrayList<>();
        for (String word : NOT_WORDS.split(plain)) {
            if (!word.isEmpty()) {
                words.add(names.contains(word) ? NAME : word);
            }
        }
        return words;
    }

    /** Every run of {@code size} consecutive words; a text shorter than that is one run of all its words. */
    static Set<List<String>> of(List<String> words, int size) {
        Set<List<String>> shingles = new HashSet<>();
        if (words.isEmpty()) {
            return shingles;
        }
        if (words.size() < size) {
            shingles.add(List.copyOf(words));
            return shingles;
        }
        for (int start = 0; start + size <= words.size(); start++) {
            shingles.add(List.copyOf(words.subList(start, start + size)));
        }
        return shingles;
    }

    static double jaccard(Set<List<String>> one, Set<List<String>> other) {
        if (one.isEmpty() || other.isEmpty()) {
            return 0;
        }
        Set<List<String>> common = new HashSet<>(one);
        common.retainAll(other);
        int union = one.size() + other.size() - common.size();
        return (double) common.size() / union;
    }
}
