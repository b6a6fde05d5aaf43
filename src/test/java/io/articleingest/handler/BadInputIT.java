package io.articleingest.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.articleingest.pipeline.BadInputs;
import io.articleingest.pipeline.model.Article;
import io.articleingest.store.Bounds;
import io.articleingest.store.ExtractionItems;
import io.articleingest.testing.OnEmulatedAws;
import io.articleingest.testing.ItemSize;
import io.articleingest.testing.RecordsCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Every bad input of the catalogue ({@link BadInputs}), uploaded through S3 and handled by the
 * function on the emulators: one record each, PROCESSED or REJECTED with its reason, never an
 * exception (which would make Lambda retry it in a loop), no item near DynamoDB's limit.
 */
class BadInputIT extends OnEmulatedAws {

    private static final Map<String, Integer> TRIED_BY_KIND = new TreeMap<>();

    @AfterAll
    static void stop() {
        System.out.println("bad inputs tried, by kind: " + TRIED_BY_KIND);
    }

    static Stream<BadInputs.Case> badInputs() {
        return BadInputs.all().stream();
    }

    private static long largestItem(String key) {
        return aws.allItems(key).values().stream().mapToLong(ItemSize::of).max().orElse(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void endsAsOneRecordWithItsReason(BadInputs.Case c) {
        String key = "bad/" + c.kind() + "/" + c.key();
        long t0 = System.nanoTime();
        Map<String, Integer> outcome = aws.uploadAndNotify(aws.handler(), key, c.content());
        long millis = (System.nanoTime() - t0) / 1_000_000;
        Article stored = ExtractionItems.toArticle(aws.article(key));
        System.out.printf("%-45s %8d bytes %6d ms  %-9s %4d events, largest item %6d bytes  %s%n", c, c.content().length,
                millis, stored.status(), stored.eventCount(), largestItem(key),
                stored.rejectionReason() == null ? "" : stored.rejectionReason());
        TRIED_BY_KIND.merge(c.kind(), 1, Integer::sum);
        if (c.reason() == null) {
            assertEquals(Map.of("stored", 1), outcome, c.toString());
            assertEquals(Article.PROCESSED, stored.status(), c + ": " + stored.rejectionReason());
        } else {
            assertEquals(Map.of("rejected", 1), outcome, c.toString());
            assertTrue(stored.rejectionReason().contains(c.reason()), c + ": " + stored.rejectionReason());
        }
        assertEquals(List.of(), RecordsCheck.problems(aws, key));
        assertTrue(largestItem(key) < ItemSize.LIMIT / 2, c + ": an item of " + largestItem(key) + " bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"spaces in the name.txt", "plus+sign+key.md", "100% sure %20 %2F.html", "ünïcödé/日本語 – 報道.json",
        "a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/deep.txt", "emoji 😀 key.txt"})
    void oddKeysAreStoredUnderTheirExactDecodedName(String key) {
        byte[] content = key.endsWith(".json") ? "{\"title\": \"T\", \"body\": \"Talks resumed in Cairo.\"}"
                .getBytes(StandardCharsets.UTF_8) : "Talks resumed in Cairo on Monday.".getBytes(StandardCharsets.UTF_8);
        assertEquals(Map.of("stored", 1), aws.uploadAndNotify(aws.handler(), key, content));
        assertEquals(key, ExtractionItems.toArticle(aws.article(key)).key());
        TRIED_BY_KIND.merge("keys", 1, Integer::sum);
    }

    @Test
    void aKeyOfTheMaximumLength() {
        String key = "long/" + "k".repeat(1024 - "long/".length() - ".txt".length()) + ".txt";
        assertEquals(1024, key.getBytes(StandardCharsets.UTF_8).length);
        assertEquals(Map.of("stored", 1), aws.uploadAndNotify(aws.handler(), key,
                "Talks resumed in Cairo on Monday.".getBytes(StandardCharsets.UTF_8)));
        assertEquals(key, ExtractionItems.toArticle(aws.article(key)).key());
        TRIED_BY_KIND.merge("keys", 1, Integer::sum);
    }

    /** Sentences naming every country of the dictionary: the most entities and events an article can name. */
    private static byte[] manyNames(int bytes) throws IOException {
        JsonNode countries = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("src/main/resources/knowledge/countries.yaml").toFile());
        List<String> names = new ArrayList<>();
        countries.forEach(c -> names.add(c.path("name").asText()));
        assertTrue(names.size() > 200, "the country dictionary was not read: " + names.size());
        StringBuilder text = new StringBuilder("Envoys of many states\n\n");
        for (int i = 0; text.length() < bytes; i++) {
            text.append(names.get(i % names.size())).append(" accused ").append(names.get((i * 7 + 3) % names.size()))
                    .append(" of shelling the border on Monday, officials said. ");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theWorstCasesForItemSizeAndWorkAreStoredWithinTheBounds() throws IOException {
        Map<String, byte[]> worst = new TreeMap<>();
        worst.put("worst/one-sentence-450kb.txt", ("The minister said " + "that the talks would continue ".repeat(15_500))
                .getBytes(StandardCharsets.UTF_8));
        worst.put("worst/huge-title.json", ("{\"title\": \"" + "Ceasefire talks ".repeat(60_000) + "\", \"body\": \""
                + "Egyptian mediators met Hamas officials in Cairo on Monday, officials said.\"}").getBytes(StandardCharsets.UTF_8));
        worst.put("worst/many-names-1mb.txt", manyNames(1024 * 1024));
        byte[] sample = Files.readAllBytes(Path.of("samples", "airstrike-khan-yunis.txt"));
        StringBuilder fiveMb = new StringBuilder();
        while (fiveMb.length() < 5 * 1024 * 1024) {
            fiveMb.append(new String(sample, StandardCharsets.UTF_8)).append('\n');
        }
        worst.put("worst/five-mb-of-events.txt", fiveMb.toString().getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> w : worst.entrySet()) {
            long t0 = System.nanoTime();
            Map<String, Integer> outcome = aws.uploadAndNotify(aws.handler(), w.getKey(), w.getValue());
            long millis = (System.nanoTime() - t0) / 1_000_000;
            Map<String, AttributeValue> item = aws.article(w.getKey());
            Article stored = ExtractionItems.toArticle(item);
            long items = aws.allItems(w.getKey()).size();
            System.out.printf("%-32s %8d bytes %6d ms  %s, %d events, %d items, largest item %d bytes, truncated %s%n",
                    w.getKey(), w.getValue().length, millis, stored.status(), stored.eventCount(), items,
                    largestItem(w.getKey()), item.containsKey("truncated") ? item.get("truncated").l().stream()
                            .map(AttributeValue::s).toList() : "nothing");
            assertEquals(Map.of("stored", 1), outcome, w.getKey());
            assertEquals(Article.PROCESSED, stored.status(), w.getKey() + ": " + stored.rejectionReason());
            assertTrue(largestItem(w.getKey()) < ItemSize.LIMIT / 2, w.getKey());
            assertTrue(stored.eventCount() <= Bounds.MAX_EVENTS_PER_ARTICLE, w.getKey());
            assertTrue(items <= Bounds.MAX_ITEMS_PER_ARTICLE + 100, w.getKey() + ": " + items + " items");
            assertEquals(List.of(), RecordsCheck.problems(aws, w.getKey()));
            TRIED_BY_KIND.merge("worst case", 1, Integer::sum);
        }
        Map<String, AttributeValue> capped = aws.article("worst/five-mb-of-events.txt");
        assertTrue(capped.containsKey("truncated") && capped.get("truncated").l().get(0).s().startsWith("events: "),
                "the article records that its events were capped");
    }
}
