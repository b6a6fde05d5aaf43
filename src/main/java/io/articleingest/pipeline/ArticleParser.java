package io.articleingest.pipeline;

import io.articleingest.pipeline.model.RawDocument;
import io.articleingest.pipeline.parse.DocumentParser;
import io.articleingest.pipeline.parse.HtmlParser;
import io.articleingest.pipeline.parse.JsonArticleParser;
import io.articleingest.pipeline.parse.MarkdownParser;
import io.articleingest.pipeline.parse.PlainTextParser;
import io.articleingest.pipeline.parse.TextDecoder;
import io.articleingest.pipeline.text.WordCut;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns the bytes of an uploaded article into a body text with its title, headings and
 * publication date: the format the key (or content type) announces picks one of the parsers in
 * {@code pipeline.parse}; {@link TextDecoder} turns bytes into text first. The body is one block
 * (paragraph or heading) per line; all event offsets point into it. Whatever the input, this
 * returns an article or throws {@link RejectedDocumentException} with the reason, in time linear
 * in the input's size.
 */
public final class ArticleParser {

    public static final List<String> SUPPORTED_SUFFIXES = List.of(".txt", ".html", ".htm", ".md", ".json");
    /** Titles are a headline, not a body: a longer one (a JSON "title" of a megabyte) is cut and marked. */
    public static final int MAX_TITLE_CHARS = 300;

    private final Map<String, DocumentParser> parsers = Stream.of(new PlainTextParser(), new HtmlParser(),
            new MarkdownParser(), new JsonArticleParser()).collect(Collectors.toUnmodifiableMap(DocumentParser::format, p -> p));

    /** Whether the S3 trigger sends this key to the function: it ends with a supported suffix. */
    public static boolean triggers(String key) {
        return SUPPORTED_SUFFIXES.stream().anyMatch(key::endsWith);
    }

    /** The format a key (or, lacking a known suffix, a content type) announces; null when unsupported. */
    public static String formatOf(String key, String contentType) {
        String k = key == null ? "" : key.toLowerCase(Locale.ROOT);
        if (k.endsWith(".txt")) {
            return "text";
        }
        if (k.endsWith(".html") || k.endsWith(".htm")) {
            return "html";
        }
        if (k.endsWith(".md") || k.endsWith(".markdown")) {
            return "markdown";
        }
        if (k.endsWith(".json")) {
            return "json";
        }
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (ct.startsWith("text/html")) {
            return "html";
        }
        if (ct.startsWith("text/markdown")) {
            return "markdown";
        }
        if (ct.startsWith("application/json")) {
            return "json";
        }
        if (ct.startsWith("text/plain")) {
            return "text";
        }
        return null;
    }

    public ParsedArticle parse(RawDocument doc) throws RejectedDocumentException {
        String format = formatOf(doc.key(), doc.contentType());
        if (format == null) {
            throw new RejectedDocumentException("unsupported format: " + WordCut.shorten(doc.key(), MAX_TITLE_CHARS)
                    + (doc.contentType() == null ? "" : " (" + WordCut.shorten(doc.contentType(), 100) + ")")
                    + "; supported suffixes are " + String.join(", ", SUPPORTED_SUFFIXES));
        }
        if (doc.content().length == 0) {
            throw new RejectedDocumentException("empty object");
        }
        String text = TextDecoder.decode(doc.content(), doc.contentType(), format);
        if (text.isBlank()) {
            throw new RejectedDocumentException("blank: the " + format + " object holds only whitespace");
        }
        ParsedArticle parsed = parsers.get(format).parse(text);
        if (parsed.body().isBlank()) {
            throw new RejectedDocumentException("no article text found in the " + format + " document"
                    + ("html".equals(format) ? " (only scripts, styles, navigation or markup)" : ""));
        }
        return parsed.withTitle(WordCut.shorten(parsed.title(), MAX_TITLE_CHARS));
    }
}
