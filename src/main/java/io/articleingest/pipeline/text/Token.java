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

    /** "al-Mawasi", "el-Arish", "ash-Shati": a name after a lower-case Arabic article. */
    private static final java.util.regex.Pattern ARTICLE_NAME =
            java.util.regex.Pattern.compile("^(?:al|el|ad|ar|as|ash|at|az|an|ed|en)-\\p{Lu}.*");

    public boolean isCapitalised() {
        return !text.isEmpty() && (Character.isUpperCase(text.charAt(0)) || ARTICLE_NAME.matcher(text).matches());
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(0));
    }
}
