package io.articleingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.pipeline.model.Article;
import io.articleingest.pipeline.model.ArticleEntity;
import io.articleingest.pipeline.model.ArticleIds;
import io.articleingest.pipeline.model.EntityRef;
import io.articleingest.pipeline.model.Event;
import io.articleingest.pipeline.model.ExtractionResult;
import io.articleingest.pipeline.model.Location;
import io.articleingest.pipeline.model.Topic;
import io.articleingest.store.ObjectSource.ObjectInfo;
import io.articleingest.testing.ItemSize;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The worst extraction any input could produce — every text a megabyte, every list thousands
 * long, far more events than the cap — still makes items under DynamoDB's limits.
 */
class BoundsTest {

    /** 200 KB: far over every bound, yet the worst case fits in a test's heap (texts are shared). */
    private static final String HUGE = "Lorem ipsum dolor sit amet ".repeat(8_000);
    private static final String KEY = "worst/" + "k".repeat(1000);

    private static EntityRef party(int i) {
        return new EntityRef(HUGE, "Name " + i + HUGE, "C" + i + HUGE, HUGE);
    }

    private static ExtractionResult worstCase(int events) {
        String id = ArticleIds.of("bucket", KEY);
        List<EntityRef> parties = IntStream.range(0, 100).mapToObj(BoundsTest::party).toList();
        Location place = new Location(HUGE, "Place" + HUGE, "PSE" + HUGE, "Admin" + HUGE, 1.0, 2.0);
        List<Event> list = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            list.add(new Event(id + "#" + i, id, "ASSAULT", List.of(HUGE, HUGE), List.of(HUGE), 4, -9.5, parties,
                    parties, place, "2025-11-29", "day", HUGE, "occurred", 1, 2, party(0), HUGE, i, 0, 10, HUGE, 0.9));
        }
        List<Topic> topics = IntStream.range(0, 30).mapToObj(i -> new Topic("medtop:" + i, HUGE, 0.9,
                java.util.Collections.nCopies(1000, HUGE))).toList();
        List<ArticleEntity> entities = IntStream.range(0, 20_000).mapToObj(i -> new ArticleEntity(HUGE, "X", "Y", i))
                .toList();
        Article article = new Article(id, "bucket", KEY, "v1", "ab".repeat(32), 10_000_000, "text", HUGE, "2025-11-30",
                "en", 1, 1, topics, entities, events, Article.PROCESSED, "x", HUGE, "document");
        return new ExtractionResult(article, list);
    }

    @Test
    void noItemOfTheWorstCaseReachesTheItemOrKeyLimits() {
        ExtractionItems.ArticleItems items = ExtractionItems.items(worstCase(5000),
                new ObjectInfo(1, "v", "e", "text/plain", null, Instant.now()), "01", Instant.now());
        List<Map<String, AttributeValue>> all = new ArrayList<>(items.events());
        all.addAll(items.topics());
        all.add(items.article());
        long largest = all.stream().mapToLong(ItemSize::of).max().orElseThrow();
        System.out.printf("worst case: %d items, largest %d bytes (limit %d)%n", all.size(), largest, ItemSize.LIMIT);
        assertTrue(largest < ItemSize.LIMIT / 2, "largest item " + largest + " bytes: keep a margin under the limit");
        for (Map<String, AttributeValue> item : all) {
            assertTrue(item.get("sk").s().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 1024,
                    "sort key over 1 KB");
            for (String gsiKey : List.of("typeMonth", "actorMonth", "placeMonth", "topicMonth", "objectUri")) {
                AttributeValue v = item.get(gsiKey);
                assertTrue(v == null || v.s().length() <= 2048, gsiKey + " over 2 KB");
            }
        }
        assertTrue(items.events().size() <= Bounds.MAX_ITEMS_PER_ARTICLE, items.events().size() + " event items");
    }

    @Test
    void theArticleSaysWhatWasCut() {
        ExtractionItems.ArticleItems items = ExtractionItems.items(worstCase(5000),
                new ObjectInfo(1, "v", "e", "text/plain", null, Instant.now()), "01", Instant.now());
        Article stored = ExtractionItems.toArticle(items.article());
        long eventItems = items.events().stream().filter(i -> i.get("sk").s().startsWith("EVENT#")).count();
        assertEquals(eventItems, stored.eventCount(), "eventCount counts the events stored");
        assertTrue(stored.eventCount() < 5000);
        List<String> truncated = items.article().get("truncated").l().stream().map(AttributeValue::s).toList();
        assertTrue(truncated.contains("entities: " + Bounds.MAX_ENTITIES + " of 20000 stored"), truncated.toString());
        assertTrue(truncated.stream().anyMatch(t -> t.startsWith("events: " + stored.eventCount() + " of 5000 stored")),
                truncated.toString());
        assertTrue(stored.title().endsWith("…") && stored.title().length() <= Bounds.MAX_TITLE_CHARS);
    }

    @Test
    void anOrdinaryArticleIsStoredWhole() {
        ExtractionResult result = ExtractionFixtures.airstrike("bucket", "a.txt");
        ExtractionItems.ArticleItems items = ExtractionItems.items(result, null, "01", Instant.now());
        // topics below the assign threshold (0.3) are stored without their evidence
        assertEquals(result.article().toString().replace("evidence=[mediators]", "evidence=[]"),
                ExtractionItems.toArticle(items.article()).toString());
        assertTrue(!items.article().containsKey("truncated"));
    }
}
