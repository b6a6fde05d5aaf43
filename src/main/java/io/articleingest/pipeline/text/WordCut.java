package io.articleingest.pipeline.text;

/**
 * Where to cut a run of text that is too long to keep whole (a sentence without breaks, a title):
 * at the last whitespace within the limit, so no word is split; a run without any whitespace is
 * cut at the limit itself, never inside a surrogate pair.
 */
public final class WordCut {

    private WordCut() {
    }

    /** The end (exclusive) of the piece of {@code text} starting at {@code start} and at most {@code max} long. */
    public static int end(CharSequence text, int start, int end, int max) {
        if (end - start <= max) {
            return end;
        }
        int limit = start + max;
        for (int i = limit; i > start + max / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    /** {@code text} itself when short enough, else its head cut at a word boundary and marked with "…". */
    public static String shorten(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, end(text, 0, text.length(), max - 1)).stripTrailing() + "…";
    }
}
