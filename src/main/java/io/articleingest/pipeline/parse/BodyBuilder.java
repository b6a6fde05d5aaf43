package io.articleingest.pipeline.parse;

import io.articleingest.pipeline.ParsedArticle;
import io.articleingest.pipeline.text.Span;
import io.articleingest.pipeline.text.WordCut;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Collects blocks (paragraphs, headings) into the body text, one per line, remembering which are headings. */
final class BodyBuilder {

    /** A title taken from the opening sentence is cut to a headline's length. */
    private static final int DERIVED_TITLE_CHARS = 140;

    private final StringBuilder text = new StringBuilder();
    private final List<Span> headings = new ArrayList<>();
    private String firstHeading;
    private boolean headingOpensText;

    void add(String block, boolean heading) {
        if (text.length() > 0) {
            text.append('\n');
        }
        if (heading) {
            if (firstHeading == null) {
                firstHeading = block;
                headingOpensText = text.length() == 0;
            }
            headings.add(new Span(text.length(), text.length() + block.length()));
        }
        text.append(block);
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    /**
     * @param knownTitle the title the document declares (front matter, JSON field, og:title), or null:
     *                   then the opening heading, else the opening sentence
     */
    ParsedArticle build(String format, String knownTitle, LocalDate published) {
        String title = knownTitle;
        if (title == null && headingOpensText) {
            title = firstHeading;
        }
        if (title == null) {
            title = openingSentence(text);
        }
        return new ParsedArticle(format, title, text.toString(), headings, published,
                published == null ? null : "document", "en");
    }

    /** The first sentence of the first line, shortened to a headline's length. */
    private static String openingSentence(StringBuilder body) {
        int lineEnd = body.indexOf("\n");
        String first = body.substring(0, lineEnd < 0 ? body.length() : lineEnd);
        int end = first.indexOf(". ");
        return WordCut.shorten(end > 0 ? first.substring(0, end + 1) : first, DERIVED_TITLE_CHARS);
    }
}
