package io.articleingest.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articleingest.pipeline.model.Article;
import io.articleingest.pipeline.model.Event;
import io.articleingest.pipeline.model.ExtractionResult;
import io.articleingest.pipeline.model.RawDocument;
import io.articleingest.pipeline.text.SentenceSplitter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzing of parser and pipeline with a seeded {@link Random}: documents of every format made of
 * the pieces that break text processing — markup of all four formats, sentence punctuation,
 * quotes, dashes, brackets, numbers, capitalised names, "of the" chains, control characters,
 * surrogate halves — laid out as the format's own shape (a JSON object, an HTML page, Markdown
 * with front matter, a headline and body) or as a bare run, words without a sentence break, raw
 * random bytes, and runs with random bytes spliced in. Whatever comes in, {@code process} returns an article (PROCESSED, or REJECTED
 * with a reason: the only refusal there is), never throws, and keeps its output within bounds;
 * events quote the body at their offsets.
 *
 * <p>Each of the fixed {@link #SEEDS} is one test of each check; a failure names the seed and the
 * document's number, so that {@code documents(seed)} rebuilds it exactly. {@value #PER_FORMAT}
 * documents per key and seed (300 per key over the five seeds), of at most {@value #MAX_PIECES}
 * pieces or {@value #MAX_RANDOM_BYTES} random bytes, keep the run to seconds in CI.
 */
class PipelineFuzzTest {

    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 11, 30);
    /** The fixed seeds: each is one run of every check over its own documents. */
    private static final long[] SEEDS = {1, 7, 42, 2025, 20251130};
    private static final int PER_FORMAT = 60;
    private static final int MAX_PIECES = 1500;
    private static final int MAX_RANDOM_BYTES = 4096;
    /** Every supported suffix, one the parser does not support, and none at all. */
    private static final List<String> KEYS = List.of("a.txt", "a.md", "a.html", "a.htm", "a.json", "a.pdf",
            "no-suffix");
    private static final List<String> CONTENT_TYPES = Arrays.asList(null, "text/plain; charset=utf-16",
            "text/html; charset=bogus", "application/json", "text/markdown; charset=windows-1252");
    private static final List<String> PIECES = List.of(
            "the", "army", "said", "Hamas", "Israel", "Egyptian mediators", "met", "killed", "two", "in Cairo",
            "on Monday", "of the", "Minister of the Interior", "Ali Hassan Omar", "U.N.", "Gen.", "Oct.", "1,000",
            "3.5", "2025-11-30", "November 30, 2025", ".", ". ", "! ", "? ", ",", ";", ":", "\"", "“", "”", "‘", "’",
            "«", "»", "—", "–", "-", "(", ")", "[", "]", "{", "}", "#", "## ", "`", "```", "*", "**", "_", "~~~", "> ",
            "- ", "1. ", "---", "===", "[link](http://x)", "![img](i.png)", "<p>", "</p>", "<div>", "</div>", "<h1>",
            "</h1>", "<br>", "<script>", "</script>", "<li>", "<blockquote>", "&amp;", "&nbsp;", "&#x0;", "<!--", "-->",
            "{\"title\": ", "\"body\": ", "[", "]", ", ", "null", "42", "true", "\\u0000", "\\\"", "\n", "\n\n", "\r\n",
            "\r", "\t", " ", "   ", "\u00a0", "\u200b", "é", "日本語", "😀", "\uFFFD", "\u0007", "\u0000", "\uD800");

    static LongStream seeds() {
        return Arrays.stream(SEEDS);
    }

    /** The pieces that are words: actors, acts, places and dates, without punctuation. */
    private static final List<String> WORDS = PIECES.stream().filter(p -> p.matches("[A-Za-z ]+") && !p.isBlank())
            .toList();

    /** One generated upload; {@code describe} says how to find it again when it fails a check. */
    record Sample(long seed, int number, String shape, RawDocument doc) {
        String describe() {
            byte[] c = doc.content();
            String head = new String(c, 0, Math.min(c.length, 120), StandardCharsets.UTF_8);
            return "seed " + seed + ", document " + number + " (" + shape + ", key " + doc.key() + ", content type "
                    + doc.contentType() + ", " + c.length + " bytes, starting " + JSON.valueToTree(head) + ")";
        }
    }

    /** The documents of one seed: {@value #PER_FORMAT} for each key, in a fixed order. */
    static List<Sample> documents(long seed) {
        Random random = new Random(seed);
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < PER_FORMAT; i++) {
            for (String key : KEYS) {
                String contentType = CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
                int kind = random.nextInt(10);
                String shape;
                byte[] content;
                if (kind < 4) {
                    shape = "laid out as " + layout(key);
                    content = shaped(key, random).getBytes(StandardCharsets.UTF_8);
                } else if (kind < 6) {
                    shape = "a bare run of pieces";
                    content = run(random).getBytes(StandardCharsets.UTF_8);
                } else if (kind < 7) {
                    shape = "words without a sentence break";
                    content = unbroken(random).getBytes(StandardCharsets.UTF_8);
                } else if (kind < 9) {
                    shape = "random bytes";
                    content = randomBytes(random, random.nextInt(MAX_RANDOM_BYTES + 1));
                } else {
                    shape = "pieces with random bytes spliced in";
                    content = spliced(run(random).getBytes(StandardCharsets.UTF_8), random);
                }
                samples.add(new Sample(seed, samples.size(), shape,
                        new RawDocument("bucket", key, null, content, contentType, Map.of(), null)));
            }
        }
        return samples;
    }

    /** How many pieces: the edges (none, one) and sizes up to the maximum, small ones more often. */
    private static int size(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> random.nextInt(2);
            case 1, 2 -> random.nextInt(20);
            case 3, 4 -> random.nextInt(200);
            default -> random.nextInt(MAX_PIECES + 1);
        };
    }

    static String run(Random random) {
        int n = size(random);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return b.toString();
    }

    /**
     * Words of the pieces, of actors and acts among them, with no punctuation or line between them:
     * sentences long enough that only the splitter's cap ends them.
     */
    private static String unbroken(Random random) {
        int n = 150 + random.nextInt(450);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
        }
        return b.toString();
    }

    private static String layout(String key) {
        if (key.endsWith(".json")) {
            return "a JSON article";
        }
        if (key.endsWith(".html") || key.endsWith(".htm")) {
            return "an HTML page";
        }
        return key.endsWith(".md") ? "Markdown with front matter" : "a headline and body";
    }

    /** Pieces laid out as the key's format expects them, so that they get past the first check. */
    private static String shaped(String key, Random random) {
        String title = run(random);
        String body = run(random);
        if (key.endsWith(".json")) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("title", title);
            if (random.nextBoolean()) {
                fields.put("body", body);
            } else {
                fields.put("paragraphs", List.of(body, run(random)));
            }
            fields.put("published", random.nextBoolean() ? "2025-11-30" : run(random));
            try {
                return JSON.writeValueAsString(fields);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        if (key.endsWith(".html") || key.endsWith(".htm")) {
            return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + body
                    + "</p><p>" + run(random) + "</p></article></body></html>";
        }
        if (key.endsWith(".md")) {
            return "---\ntitle: " + title + "\ndate: 2025-11-30\n---\n# " + title + "\n\n" + body + "\n\n## "
                    + run(random) + "\n\n" + run(random) + "\n";
        }
        return title + "\n\n" + body + "\n\n" + run(random) + "\n";
    }

    private static byte[] randomBytes(Random random, int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] spliced(byte[] text, Random random) {
        byte[] out = text.clone();
        int splices = out.length == 0 ? 0 : 1 + random.nextInt(8);
        for (int s = 0; s < splices; s++) {
            int at = random.nextInt(out.length);
            byte[] noise = randomBytes(random, Math.min(1 + random.nextInt(16), out.length - at));
            System.arraycopy(noise, 0, out, at, noise.length);
        }
        return out;
    }

    /** Runs {@code check} on every document of the seed; a failure says which document it was. */
    private static void forEachDocument(long seed, Consumer<Sample> check) {
        List<Sample> samples = documents(seed);
        assertEquals(PER_FORMAT * KEYS.size(), samples.size());
        for (Sample sample : samples) {
            try {
                check.accept(sample);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(sample.describe() + ": " + e, e);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyDocumentEndsAsAnArticleWithItsReasonOrItsEvents(long seed) {
        forEachDocument(seed, sample -> {
            ExtractionResult result = PIPELINE.process(sample.doc(), PUBLISHED);
            Article a = result.article();
            assertNotNull(a);
            if (Article.REJECTED.equals(a.status())) {
                assertNotNull(a.rejectionReason());
                assertFalse(a.rejectionReason().isBlank());
                assertFalse(a.rejectionReason().startsWith("extraction failed"),
                        "an exception escaped classify/extract: " + a.rejectionReason());
                assertTrue(result.events().isEmpty());
                return;
            }
            assertEquals(Article.PROCESSED, a.status());
            assertEquals(result.events().size(), a.eventCount());
            assertTrue(a.title() == null || a.title().length() <= ArticleParser.MAX_TITLE_CHARS,
                    "title of " + a.title().length() + " characters");
            for (Event e : result.events()) {
                assertTrue(e.sentence().length() <= SentenceSplitter.MAX_SENTENCE_CHARS,
                        "evidence sentence of " + e.sentence().length() + " characters");
            }
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theParserEitherParsesOrRejectsWithAReason(long seed) {
        forEachDocument(seed, sample -> {
            ParsedArticle parsed;
            try {
                parsed = new ArticleParser().parse(sample.doc());
            } catch (RejectedDocumentException e) {
                assertNotNull(e.getMessage());
                assertFalse(e.getMessage().isBlank());
                return;
            }
            assertFalse(parsed.body().isBlank());
            parsed.headings().forEach(h -> assertTrue(h.start() >= 0 && h.start() <= h.end()
                    && h.end() <= parsed.body().length(), "heading outside the body"));
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void eventsQuoteTheBodyAtTheirOffsets(long seed) {
        forEachDocument(seed, sample -> {
            ParsedArticle parsed;
            try {
                parsed = new ArticleParser().parse(sample.doc());
            } catch (RejectedDocumentException e) {
                return; // the first property covers refusals
            }
            String body = parsed.body();
            for (Event e : PIPELINE.process(sample.doc(), PUBLISHED).events()) {
                assertTrue(e.charStart() >= 0 && e.charStart() <= e.charEnd() && e.charEnd() <= body.length(),
                        e.charStart() + ".." + e.charEnd() + " in a body of " + body.length());
                assertEquals(body.substring(e.charStart(), e.charEnd()), e.sentence());
            }
        });
    }

    /** The generator itself: a seed gives the same documents again, and they cover every key and shape. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aSeedRebuildsItsDocuments(long seed) {
        List<Sample> first = documents(seed);
        List<Sample> again = documents(seed);
        for (int i = 0; i < first.size(); i++) {
            assertEquals(HexFormat.of().formatHex(first.get(i).doc().content()),
                    HexFormat.of().formatHex(again.get(i).doc().content()), first.get(i).describe());
        }
        for (String key : KEYS) {
            assertTrue(first.stream().filter(s -> s.doc().key().equals(key)).map(Sample::shape).distinct().count() == 5,
                    "every shape under " + key);
        }
        if (first.stream().noneMatch(s -> s.doc().content().length > 8 * 1024)) {
            fail("no document of seed " + seed + " is longer than 8 KB: the large sizes are never drawn");
        }
    }
}
