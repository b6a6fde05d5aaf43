package io.articleingest.pipeline;

import io.articleingest.pipeline.text.Span;
import java.time.LocalDate;
import java.util.List;

/**
 * A document reduced to its text: the body that event offsets point into, the title, and the
 * spans of the body that are headings (headlines and section titles), which never yield events.
 *
 * @param format          text, html, markdown or json
 * @param publishedAt     publication date, or null when neither the document nor the store gives one
 * @param publishedSource where the date came from: document, metadata, upload or default
 */
public record ParsedArticle(String format, String title, String body, List<Span> headings,
                            LocalDate publishedAt, String publishedSource, String language) {
    public ParsedArticle {
        headings = headings == null ? List.of() : List.copyOf(headings);
    }

    /**
     * Whether [start, end) lies within a heading. Headings are in text order and do not overlap, so
     * a binary search finds the only candidate: asked once per line, a list scan would make a
     * document of many short headings cost the square of its size.
     */
    public boolean isHeading(int start, int end) {
        int low = 0;
        int high = headings.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Span h = headings.get(mid);
            if (h.start() > start) {
                high = mid - 1;
            } else if (h.end() < end) {
                low = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    public ParsedArticle withTitle(String newTitle) {
        return new ParsedArticle(format, newTitle, body, headings, publishedAt, publishedSource, language);
    }

    public ParsedArticle withPublished(LocalDate date, String source) {
        return new ParsedArticle(format, title, body, headings, date, source, language);
    }
}
