package io.articleingest.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.pipeline.model.Article;
import io.articleingest.pipeline.model.Event;
import io.articleingest.pipeline.model.ExtractionResult;
import io.articleingest.pipeline.model.RawDocument;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property-based fuzzing of parser and pipeline (jqwik): documents of every format made of the
 * pieces that break text processing — markup of all four formats, sentence punctuation, quotes,
 * dashes, brackets, numbers, capitalised names, "of the" chains, control characters, surrogate
 * pairs — and raw random bytes. Whatever comes in, {@code process} returns an article (PROCESSED
 * or REJECTED with a reason), never throws, and events point into the body. A fixed number of
 * tries of bounded size keeps it to seconds in CI; jqwik prints its seed for a failing case.
 */
class PipelineFuzzTest {

    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 11, 30);
    private static final List<String> PIECES = List.of(
            "the", "army", "said", "Hamas", "Israel", "Egyptian mediators", "met", "killed", "two", "in Cairo",
            "on Monday", "of the", "Minister of the Interior", "Ali Hassan Omar", "U.N.", "Gen.", "Oct.", "1,000",
            "3.5", "2025-11-30", "November 30, 2025", ".", ". ", "! ", "? ", ",", ";", ":", "\"", "“", "”", "‘", "’",
            "«", "»", "—", "–", "-", "(", ")", "[", "]", "{", "}", "#", "## ", "`", "```", "*", "**", "_", "~~~", "> ",
            "- ", "1. ", "---", "===", "[link](http://x)", "![img](i.png)", "<p>", "</p>", "<div>", "</div>", "<h1>",
            "</h1>", "<br>", "<script>", "</script>", "<li>", "<blockquote>", "&amp;", "&nbsp;", "&#x0;", "<!--", "-->",
            "{\"title\": ", "\"body\": ", "[", "]", ", ", "null", "42", "true", "\\u0000", "\\\"", "\n", "\n\n", "\r\n",
            "\r", "\t", " ", "   ", "\u00a0", "\u200b", "é", "日本語", "😀", "\uFFFD", "\u0007", "\u0000", "\uD800");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(1500).map(pieces -> String.join(" ", pieces));
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.of("a.txt", "a.md", "a.html", "a.htm", "a.json", "a.pdf", "no-suffix");
    }

    @Provide
    Arbitrary<RawDocument> documents() {
        Arbitrary<byte[]> text = texts().map(t -> t.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
        Arbitrary<byte[]> content = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, text), net.jqwik.api.Tuple.of(2, bytes));
        Arbitrary<String> contentType = Arbitraries.of("", "text/plain; charset=utf-16", "text/html; charset=bogus",
                "application/json", "text/markdown; charset=windows-1252");
        return Combinators.combine(keys(), content, contentType).as((key, body, type) ->
                new RawDocument("bucket", key, null, body, type.isEmpty() ? null : type, java.util.Map.of(), null));
    }

    @Property(tries = 1500)
    void everyDocumentEndsAsAnArticleWithItsReasonOrItsEvents(@ForAll("documents") RawDocument doc) {
        ExtractionResult result = PIPELINE.process(doc, PUBLISHED);
        Article a = result.article();
        assertNotNull(a);
        if (Article.REJECTED.equals(a.status())) {
            assertNotNull(a.rejectionReason());
            assertFalse(a.rejectionReason().startsWith("extraction failed"),
                    "an exception escaped classify/extract: " + a.rejectionReason());
            assertTrue(result.events().isEmpty());
            return;
        }
        assertEquals(Article.PROCESSED, a.status());
        assertEquals(result.events().size(), a.eventCount());
        assertTrue(a.title() == null || a.title().length() <= ArticleParser.MAX_TITLE_CHARS);
    }

    @Property(tries = 1500)
    void theParserEitherParsesOrRejectsWithAReason(@ForAll("texts") String text, @ForAll("keys") String key) {
        try {
            ParsedArticle parsed = new ArticleParser().parse(RawDocument.ofFile(key,
                    text.getBytes(StandardCharsets.UTF_8)));
            assertFalse(parsed.body().isBlank());
            parsed.headings().forEach(h -> assertTrue(h.end() <= parsed.body().length(), "heading outside the body"));
        } catch (RejectedDocumentException e) {
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Property(tries = 200)
    void eventsQuoteTheBodyAtTheirOffsets(@ForAll("texts") String text) {
        RawDocument doc = RawDocument.ofFile("a.txt", ("Headline\n\n" + text).getBytes(StandardCharsets.UTF_8));
        ExtractionResult result = PIPELINE.process(doc, PUBLISHED);
        for (Event e : result.events()) {
            assertTrue(e.charStart() >= 0 && e.charStart() <= e.charEnd(), e.charStart() + ".." + e.charEnd());
        }
    }
}
