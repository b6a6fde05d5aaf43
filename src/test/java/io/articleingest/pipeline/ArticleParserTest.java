package io.articleingest.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.pipeline.model.RawDocument;
import io.articleingest.pipeline.text.Span;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser();

    private ParsedArticle parse(String key, String content) throws RejectedDocumentException {
        return parser.parse(RawDocument.ofFile(key, content.getBytes(StandardCharsets.UTF_8)));
    }

    private static String headingText(ParsedArticle a, int i) {
        Span h = a.headings().get(i);
        return h.of(a.body());
    }

    @Test
    void plainTextTakesTheHeadlineAndMarksSubheadings() throws Exception {
        ParsedArticle a = parse("story.txt", "Mediators Meet in Doha\n\nEgyptian and Qatari envoys met on Monday.\n"
                + "Next Steps\nThe talks resume on Thursday, officials said.\n");
        assertEquals("text", a.format());
        assertEquals("Mediators Meet in Doha", a.title());
        assertEquals(2, a.headings().size());
        assertEquals("Next Steps", headingText(a, 1));
        assertFalse(a.body().contains("\n\n"), "blank lines are not blocks");
    }

    @Test
    void aLowerCasedFeedKeepsItsHeadline() throws Exception {
        ParsedArticle a = parse("story.txt", "mediators meet in doha\n\negyptian and qatari envoys met on monday.\n");
        assertEquals("mediators meet in doha", a.title());
        assertEquals(1, a.headings().size(), "the headline is no sentence of the body");
        assertTrue(parse("story.txt", "Mediators met in Doha.\nthe talks resume on Thursday\n").headings().isEmpty(),
                "with capitals in the text, a line opening in lower case is prose");
    }

    @Test
    void plainTextTakesItsPublicationDateFromADateLineUnderTheHeadline() throws Exception {
        ParsedArticle a = parse("story.txt", "Truce Holds\nSunday, Nov. 30 2025\nThe guns fell silent on Saturday.\n");
        assertEquals(LocalDate.of(2025, 11, 30), a.publishedAt());
        assertEquals(2, a.headings().size(), "the date line yields no events");
        assertNull(parse("story.txt", "Talks resumed on November 30, 2025 after a long pause in the capital of the "
                + "country, officials said.").publishedAt(), "a date inside a sentence is the event's, not the article's");
    }

    @Test
    void plainTextWithoutHeadlineUsesTheOpeningSentence() throws Exception {
        ParsedArticle a = parse("story.txt", "Troops withdrew from the town on Sunday. Residents returned.");
        assertEquals("Troops withdrew from the town on Sunday.", a.title());
        assertTrue(a.headings().isEmpty());
    }

    @Test
    void htmlDropsBoilerplateAndKeepsTheStory() throws Exception {
        String html = """
                <html><head><title>Site | Story</title>
                <meta property="article:published_time" content="2025-03-04T08:00:00Z"></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <div class="cookie">We use cookies</div>
                <article><h1>Aid trucks cross into the north</h1>
                <p>Forty trucks crossed on Tuesday, the agency said.</p>
                <h2>What comes next</h2><p>More convoys are planned.</p>
                <div class="share">Share on social media</div></article>
                <footer>Copyright 2025</footer></body></html>""";
        ParsedArticle a = parse("page.html", html);
        assertEquals("Aid trucks cross into the north", a.title());
        assertEquals(LocalDate.of(2025, 3, 4), a.publishedAt());
        assertEquals("document", a.publishedSource());
        assertTrue(a.body().contains("Forty trucks crossed on Tuesday"));
        assertFalse(a.body().contains("cookies"));
        assertFalse(a.body().contains("Home"));
        assertFalse(a.body().contains("Copyright"));
        assertFalse(a.body().contains("Share on social"));
        assertEquals("What comes next", headingText(a, 1));
    }

    @Test
    void markdownReadsFrontMatterHeadingsAndInlineMarkup() throws Exception {
        String md = """
                ---
                title: "Ceasefire holds"
                date: 2025-06-01
                ---
                # Ceasefire holds for a third day

                The **truce** brokered by [Egypt](https://example.org) held,
                residents said.

                ## Reactions
                - Leaders welcomed the calm.
                """;
        ParsedArticle a = parse("note.md", md);
        assertEquals("Ceasefire holds", a.title());
        assertEquals(LocalDate.of(2025, 6, 1), a.publishedAt());
        assertTrue(a.body().contains("The truce brokered by Egypt held, residents said."), a.body());
        assertEquals("Reactions", headingText(a, 1));
        assertTrue(a.body().contains("Leaders welcomed the calm."));
        assertFalse(a.body().contains("**"));
    }

    @Test
    void jsonArticleDocumentWithParagraphs() throws Exception {
        ParsedArticle a = parse("doc.json", """
                {"headline": "Appeal for Sudan", "datePublished": "2025-02-10",
                 "paragraphs": ["The agency appealed for funds.", "Fighting displaced thousands."]}""");
        assertEquals("json", a.format());
        assertEquals("Appeal for Sudan", a.title());
        assertEquals(LocalDate.of(2025, 2, 10), a.publishedAt());
        assertEquals("The agency appealed for funds.\nFighting displaced thousands.", a.body());
    }

    @Test
    void jsonBodyMayBeHtml() throws Exception {
        ParsedArticle a = parse("doc.json", "{\"title\": \"T\", \"body\": \"<p>One.</p><h2>Sub</h2><p>Two.</p>\"}");
        assertEquals("One.\nSub\nTwo.", a.body());
        assertEquals(1, a.headings().size());
        assertNull(a.publishedAt());
    }

    @Test
    void decodesByteOrderMarksLegacyCharsetsAndDeclaredCharsets() throws Exception {
        byte[] utf16 = ("\uFEFFCafé talks resumed.").getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Café talks resumed.", parser.parse(RawDocument.ofFile("a.txt", utf16)).body());
        byte[] cp1252 = "Caf\u00e9 \u201ctalks\u201d resumed.".getBytes(Charset.forName("windows-1252"));
        assertEquals("Café “talks” resumed.", parser.parse(RawDocument.ofFile("b.txt", cp1252)).body());
        byte[] latin1Html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 open.</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Café open.", parser.parse(RawDocument.ofFile("c.html", latin1Html)).body());
    }

    @Test
    void refusesWhatIsNotAnArticle() {
        assertTrue(assertThrows(RejectedDocumentException.class, () -> parse("scan.pdf", "%PDF-1.4"))
                .getMessage().startsWith("unsupported format"));
        assertEquals("empty object", assertThrows(RejectedDocumentException.class, () -> parse("e.txt", ""))
                .getMessage());
        assertTrue(assertThrows(RejectedDocumentException.class,
                () -> parser.parse(RawDocument.ofFile("bin.txt", new byte[] {'a', 0, 1, 2, 0})))
                .getMessage().startsWith("undecodable"));
        assertTrue(assertThrows(RejectedDocumentException.class, () -> parse("bad.json", "{\"title\": "))
                .getMessage().startsWith("undecodable: invalid JSON"));
        assertTrue(assertThrows(RejectedDocumentException.class, () -> parse("blank.html", "<html><body> </body></html>"))
                .getMessage().startsWith("no article text"));
    }

    static List<BadInputs.Case> badInputs() {
        return BadInputs.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void everyBadInputEndsAsAnArticleOrAReasonInLinearTime(BadInputs.Case c) {
        long t0 = System.nanoTime();
        ParsedArticle parsed = null;
        String reason = null;
        try {
            parsed = parser.parse(RawDocument.ofFile(c.key(), c.content()));
        } catch (RejectedDocumentException e) {
            reason = e.getMessage();
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("parse %-45s %7d bytes %5d ms  %s%n", c, c.content().length, millis,
                reason == null ? "parsed" : reason);
        if (c.reason() == null) {
            assertNull(reason, c.toString());
            assertFalse(parsed.body().isBlank(), c.toString());
            assertTrue(parsed.title().length() <= ArticleParser.MAX_TITLE_CHARS, c + ": title " + parsed.title().length());
            assertTrue(parsed.body().length() <= c.content().length, c + ": the body grew beyond its source");
        } else {
            assertTrue(reason != null && reason.contains(c.reason()), c + ": " + reason);
        }
    }

    @Test
    void utf16WithoutByteOrderMarkIsReadAsText() throws Exception {
        String text = "Troops withdrew from the town on Sunday.";
        assertEquals(text, parser.parse(RawDocument.ofFile("a.txt", text.getBytes(StandardCharsets.UTF_16BE))).body());
        assertEquals(text, parser.parse(RawDocument.ofFile("a.txt", text.getBytes(StandardCharsets.UTF_16LE))).body());
    }

    @Test
    void htmlNestedDeeplyKeepsItsParagraphsInReadingOrder() throws Exception {
        ParsedArticle a = parse("n.html", "<body><blockquote>Intro <p>First.</p> between <div><p>Second.</p></div> end"
                + "</blockquote><ul><li>Item <p>inner</p></li></ul></body>");
        assertEquals(List.of("Intro", "First.", "between", "Second.", "end", "Item", "inner"), a.body().lines().toList());
    }

    @Test
    void htmlDefinedEntitiesAreNotExpanded() throws Exception {
        ParsedArticle a = parse("e.html", "<!DOCTYPE x [<!ENTITY a \"" + "b".repeat(50) + "\">]><p>&a;&a; Talks ended.</p>");
        assertFalse(a.body().contains("bbbbb"), a.body());
    }

    @Test
    void markdownInlineMarkupIsReducedToItsTextWithoutTouchingWords() throws Exception {
        ParsedArticle a = parse("m.md", "The `snake_case` and **bold** [link](http://x) ![alt](i.png) _em_ a * b 3*4");
        assertEquals("The snake_case and bold link alt em a * b 34", a.body());
        assertEquals("C#", parse("h.md", "# C#\n\ntext").title());
        assertEquals("Title", parse("h.md", "## Title ##\n\ntext").title());
    }

    @Test
    void aHugeDeclaredTitleIsCutAndMarked() throws Exception {
        ParsedArticle a = parse("t.json", "{\"title\": \"" + "Talks ".repeat(1000) + "\", \"body\": \"Talks ended.\"}");
        assertTrue(a.title().length() <= ArticleParser.MAX_TITLE_CHARS && a.title().endsWith("…"), a.title());
    }

    @Test
    void isHeadingFindsExactlyTheSpansInsideHeadings() throws Exception {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            md.append(i % 3 == 0 ? "## Heading " + i + "\n\n" : "Paragraph number " + i + " ends here.\n\n");
        }
        ParsedArticle a = parse("many.md", md.toString());
        int checked = 0;
        for (int start = 0; start < a.body().length(); start += 7) {
            for (int end = start; end <= Math.min(a.body().length(), start + 40); end += 9) {
                int s = start;
                int e = end;
                boolean scan = a.headings().stream().anyMatch(h -> s >= h.start() && e <= h.end());
                assertEquals(scan, a.isHeading(s, e), "[" + s + ", " + e + ")");
                checked++;
            }
        }
        assertTrue(checked > 1000 && a.headings().size() == 100, checked + " spans, " + a.headings().size() + " headings");
    }
}
