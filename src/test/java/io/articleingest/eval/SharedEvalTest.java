package io.articleingest.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articleingest.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journalists' articles and gold of {@code ../shared/eval} (present in CI, absent in a user's
 * clone, where these tests skip). Floors sit a little under the figures reached: a regression
 * guard, not a target.
 */
class SharedEvalTest {

    static final Path EVAL = Path.of("../shared/eval");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
            "ASSAULT");
    private static final Set<String> STATUSES = Set.of("occurred", "historical", "future", "hypothetical", "negated");

    private static void assumeShared(Path dir) {
        assumeTrue(Files.isDirectory(dir), dir + " is absent (it exists in CI beside the project): skipping");
    }

    /** The text files of a shared folder, sorted (the test skips when the folder is absent). */
    private static List<String> sharedArticles(Path articles) throws Exception {
        assumeShared(articles);
        try (Stream<Path> s = Files.list(articles)) {
            return s.map(Path::toString).filter(f -> f.endsWith(".txt")).sorted().toList();
        }
    }

    private static CliRunner.Result extract(String published, List<String> files) throws Exception {
        String[] args = Stream.concat(Stream.of("--published", published), files.stream()).toArray(String[]::new);
        CliRunner.Result r = CliRunner.run("extract", args);
        assertEquals(0, r.status(), r.err());
        return r;
    }

    @Test
    void everyPloverSentenceIsProcessedWithoutAnExtractionDefect() throws Exception {
        CliRunner.Result r = extract("2000-01-01", sharedArticles(EVAL.resolve("plover-gsr/articles")));
        for (String line : r.out().lines().toList()) {
            JsonNode article = JSON.readTree(line).get("article");
            // a defect inside extraction is recorded as REJECTED rather than crashing: here it must not happen
            assertEquals("PROCESSED", article.get("status").asText(),
                    article.get("key").asText() + ": " + article.path("rejectionReason").asText());
        }
    }

    @Test
    void extractPrintsOneContractShapedRecordPerArticle() throws Exception {
        List<String> files = sharedArticles(EVAL.resolve("articles"));
        CliRunner.Result r = extract("2025-11-30", files);
        List<String> lines = r.out().lines().toList();
        assertEquals(files.size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode result = JSON.readTree(lines.get(i));
            JsonNode article = result.get("article");
            assertEquals(Path.of(files.get(i)).getFileName().toString(), article.get("key").asText());
            for (String field : List.of("articleId", "bucket", "key", "versionId", "contentSha256", "sizeBytes", "format",
                    "title", "publishedAt", "language", "wordCount", "sentenceCount", "topics", "entities",
                    "eventCount", "status", "extractorVersion")) {
                assertTrue(article.has(field), "article." + field);
            }
            assertEquals("PROCESSED", article.get("status").asText());
            assertEquals(17, countTopLevel(article.get("topics")), "all 17 top-level IPTC topics");
            JsonNode events = result.get("events");
            assertTrue(events.size() >= 1, "at least one event in " + article.get("key"));
            assertEquals(events.size(), article.get("eventCount").asInt());
            for (JsonNode e : events) {
                assertTrue(TYPES.contains(e.get("eventType").asText()));
                assertTrue(STATUSES.contains(e.get("status").asText()));
                assertTrue(e.get("quadClass").asInt() >= 1 && e.get("quadClass").asInt() <= 4);
                assertTrue(Math.abs(e.get("score").asDouble()) <= 10);
                assertTrue(e.get("eventId").asText().startsWith(article.get("articleId").asText() + "#"));
                assertFalse(e.get("sentence").asText().isBlank());
                assertTrue(e.get("charEnd").asInt() > e.get("charStart").asInt());
                for (String field : List.of("modes", "contexts", "actors", "recipients", "location", "date",
                        "datePrecision", "dateText", "fatalities", "injuries", "attribution", "sentenceIndex",
                        "trigger", "confidence")) {
                    assertTrue(e.has(field), "event." + field);
                }
            }
        }
    }

    private static long countTopLevel(JsonNode topics) {
        long n = 0;
        for (JsonNode t : topics) {
            if (t.get("code").asText().matches("medtop:(0[1-9]|1[0-7])000000")) {
                n++;
            }
        }
        return n;
    }

    @Test
    void sharedArticlesStayAboveTheFloor() {
        assumeShared(EVAL.resolve("gold"));
        // measured 2026-12-02 (seventh session): f1 0.956, precision 0.949 (a correct optional talks event of a
        // sentence that quotes went with the quoted case of speaker-says-so), recall 0.964
        CliRunner.Result r = CliRunner.run("eval", EVAL.resolve("gold").toString(), EVAL.resolve("articles").toString(),
                "--floor", "f1=0.95,precision=0.94,actor=0.95,recipient=0.9,location=0.95,date=0.95,fatalities=0.95,topic_primary=1.0");
        assertEquals(0, r.status(), r.out() + r.err());
    }

    @Test
    void ploverSentencesStayAboveTheFloor() {
        Path gsr = EVAL.resolve("plover-gsr");
        assumeShared(gsr);
        CliRunner.Result r = CliRunner.run("eval", gsr.resolve("gold").toString(), gsr.resolve("articles").toString(),
                // measured 2026-12-02 (fourth session): f1 0.811, precision 0.809, recall 0.814, actor 0.892,
                // recipient 0.759; the issue's targets are recall and precision 0.80
                "--floor", "f1=0.81,recall=0.82,precision=0.81,actor=0.88,recipient=0.76");
        assertEquals(0, r.status(), r.out() + r.err());
    }

    @Test
    void worldNewsStaysAboveTheFloor() {
        Path news = EVAL.resolve("news");
        assumeShared(news);
        // measured 2026-12-02 (seventh session): f1 0.859, precision 0.909, recall 0.813, actor 0.880, recipient
        // 0.747, location 0.812, date 0.809, fatalities 1.0, topic 0.95
        CliRunner.Result r = CliRunner.run("eval", news.resolve("gold").toString(), news.resolve("articles").toString(),
                "--floor", "f1=0.85,precision=0.89,recall=0.80,actor=0.86,recipient=0.74,location=0.80,date=0.80,"
                        + "fatalities=0.95,topic_primary=0.95");
        assertEquals(0, r.status(), r.out() + r.err());
    }

    @Test
    void ourEvalAgreesWithScorePyOnTheSharedArticles(@TempDir Path dir) throws Exception {
        assumeShared(EVAL.resolve("gold"));
        Path results = dir.resolve("results.jsonl");
        StringBuilder lines = new StringBuilder();
        try (Stream<Path> golds = Files.list(EVAL.resolve("gold"))) {
            for (Path g : golds.sorted().toList()) {
                JsonNode gold = JSON.readTree(g.toFile());
                CliRunner.Result r = CliRunner.run("extract", "--published", gold.get("publishedAt").asText(),
                        EVAL.resolve("articles").resolve(gold.get("article").asText()).toString());
                lines.append(r.out());
            }
        }
        Files.writeString(results, lines);
        GoldScorerTest.assertAgrees(EVAL.resolve("gold"), results);
    }
}
