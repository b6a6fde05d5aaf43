package io.articleingest.pipeline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a sentence into tokens with body offsets: words (keeping inner hyphens, apostrophes and
 * dots of abbreviations such as "U.N."), numbers (keeping "1,000" and "3.5"), the possessive
 * "'s" as its own token, and single punctuation marks.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text, int offset) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        i++;
                    } else if ((d == '-' || d == '.' || d == ',' || d == '\'' || d == '’') && i + 1 < n
                            && Character.isLetterOrDigit(text.charAt(i + 1)) && joins(text, start, i, d)) {
                        i++;
                    } else {
                        break;
                    }
                }
                // "U.N." keeps its final dot when the word is dotted letters
                if (i < n && text.charAt(i) == '.' && text.substring(start, i).matches("(\\p{L}\\.)+\\p{L}")) {
                    i++;
                }
            } else {
                i++;
            }
            String word = text.substring(start, i);
            String norm = word.toLowerCase(Locale.ROOT).replace('’', '\'');
            // split the possessive: "Israel's" -> "Israel", "'s"
            if (norm.endsWith("'s") && norm.length() > 2) {
                int cut = word.length() - 2;
                out.add(new Token(word.substring(0, cut), norm.substring(0, cut), offset + start, offset + start + cut));
                out.add(new Token(word.substring(cut), "'s", offset + start + cut, offset + i));
            } else {
                out.add(new Token(word, norm, offset + start, offset + i));
            }
        }
        return out;
    }

    /** Whether the separator {@code d} at {@code i} belongs inside the token started at {@code start}. */
    private static boolean joins(String text, int start, int i, char d) {
        boolean digitsBefore = Character.isDigit(text.charAt(i - 1));
        boolean digitAfter = Character.isDigit(text.charAt(i + 1));
        return switch (d) {
            case ',' -> digitsBefore && digitAfter && i + 3 < text.length() + 1
                    && text.substring(i + 1).matches("\\d{3}(\\D.*)?");
            // "U.N.", and in lower case "u.s." when the dotted letters close with a dot
            case '.' -> (digitsBefore && digitAfter) || (Character.isLetter(text.charAt(i + 1)) && i - start == 1
                    && (Character.isUpperCase(text.charAt(start)) || i + 2 < text.length() && text.charAt(i + 2) == '.'));
            default -> true;
        };
    }
}
