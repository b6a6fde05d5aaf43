package io.articleingest.pipeline.text;

/**
 * A word, number or punctuation mark of a sentence.
 *
 * @param text  as written
 * @param norm  lower case, curly apostrophes straightened
 * @param start offset in the article body
 * @param end   offset after the token in the article body
 */
public record Token(String text, String norm, int start, int end) {

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(0));
    }
}
