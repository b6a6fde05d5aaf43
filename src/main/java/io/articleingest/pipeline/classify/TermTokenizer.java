package io.articleingest.pipeline.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into the normalised word forms that term lists are matched on: lower case, letters
 * and digits only (hyphens, slashes and apostrophes separate words), possessive "'s" dropped, and
 * plural endings folded by the S-stemmer (Harman 1991), so "strikes" and "strike" are one term.
 * Terms from the knowledge file go through the same function, so both sides always agree.
 */
final class TermTokenizer {

    private TermTokenizer() {
    }

    static List<String> tokens(String text) {
        return tokens(text, null);
    }

    /**
     * The same, also filling {@code offsets} (when not null) with each token's [start, end) in
     * {@code text}, two ints per token.
     */
    static List<String> tokens(String text, List<int[]> offsets) {
        List<String> tokens = new ArrayList<>(text.length() / 5 + 1);
        StringBuilder word = new StringBuilder(24);
        boolean afterApostrophe = false;
        for (int i = 0, n = text.length(); i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
                continue;
            }
            if (word.length() > 0) {
                // "Hamas's", "women’s": the lone s after an apostrophe is the possessive, not a word
                boolean possessive = afterApostrophe && word.length() == 1 && word.charAt(0) == 's';
                if (!possessive) {
                    tokens.add(fold(word));
                    if (offsets != null) {
                        offsets.add(new int[] {i - word.length(), i});
                    }
                }
                word.setLength(0);
            }
            afterApostrophe = c == '\'' || c == '\u2019';
        }
        return tokens;
    }

    /** The S-stemmer: ies → y, es → e, s → "" (with Harman's exceptions), for words over three letters. */
    static String fold(CharSequence word) {
        int n = word.length();
        String w = word.toString();
        if (n <= 3 || w.charAt(n - 1) != 's') {
            return w;
        }
        if (w.endsWith("ies") && !w.endsWith("eies") && !w.endsWith("aies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("es") && !w.endsWith("aes") && !w.endsWith("ees") && !w.endsWith("oes")) {
            return w.substring(0, n - 1);
        }
        if (w.endsWith("us") || w.endsWith("ss")) {
            return w;
        }
        return w.substring(0, n - 1);
    }
}
