package io.articleingest.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One long article of real-looking text, of a requested size, made by cycling through the
 * paragraphs of short ones (our samples): what {@code bench --sizes} feeds the pipeline to show
 * whether its cost grows with the article's length and no faster.
 */
final class SizedArticle {

    private SizedArticle() {
    }

    /**
     * Plain text of at most {@code bytes} UTF-8 bytes and less than 128 short of it: paragraphs of
     * the given bodies in turn, again and again, one blank line apart, the last one cut at a space
     * near the limit (mid-word when there is none) and never inside a character.
     */
    static String of(List<String> bodies, int bytes) {
        List<String> paragraphs = new ArrayList<>();
        for (String body : bodies) {
            for (String p : body.split("\\n\\s*\\n")) {
                if (!p.isBlank()) {
                    paragraphs.add(p.strip());
                }
            }
        }
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("no text to build an article from");
        }
        StringBuilder text = new StringBuilder();
        int size = 0;
        for (int i = 0; size < bytes; i++) {
            String p = (text.isEmpty() ? "" : "\n\n") + paragraphs.get(i % paragraphs.size());
            text.append(p);
            size += utf8Length(p);
        }
        return cut(text, size, bytes);
    }

    /** The text without its tail beyond {@code bytes}, ending on a word when one ends near enough. */
    private static String cut(StringBuilder text, int size, int bytes) {
        int end = text.length();
        while (size > bytes) {
            end = text.offsetByCodePoints(end, -1);
            size -= utf8Length(text.substring(end, text.offsetByCodePoints(end, 1)));
        }
        int space = text.lastIndexOf(" ", end);
        int wordEnd = space > end - 40 ? space : end;
        return text.substring(0, wordEnd).stripTrailing();
    }

    static int utf8Length(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
