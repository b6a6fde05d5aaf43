package io.articleingest.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.articleingest.pipeline.model.ExtractionResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ExtractionItemsTest {

    private static final Instant INGESTED = Instant.parse("2025-12-02T10:00:00Z");
    private final ExtractionResult result = ExtractionFixtures.airstrike("bucket", "airstrike.txt");

    @Test
    void articleAndEventsSurviveTheRoundTrip() {
        var article = result.article();
        var stored = ExtractionItems.toArticle(ExtractionItems.articleItem(article, null, "01", INGESTED, "X",
                List.of()));
        // topics keep code, label and score; evidence only where assigned, and short (tested below)
        assertEquals(article.topics().stream().map(t -> t.code() + t.label() + t.score()).toList(),
                stored.topics().stream().map(t -> t.code() + t.label() + t.score()).toList());
        assertEquals(article, new io.articleingest.pipeline.model.Article(stored.articleId(), stored.bucket(),
                stored.key(), stored.versionId(), stored.contentSha256(), stored.sizeBytes(), stored.format(),
                stored.title(), stored.publishedAt(), stored.language(), stored.wordCount(), stored.sentenceCount(),
                article.topics(), stored.entities(), stored.eventCount(), stored.status(), stored.extractorVersion(),
                stored.rejectionReason(), stored.publishedSource()));
        for (var event : result.events()) {
            var eventItem = ExtractionItems.eventItems(event, article, "01", INGESTED).get(0);
            assertEquals(event, ExtractionItems.toEvent(eventItem));
        }
    }

    @Test
    void everyActorAndPlaceValueGetsAnIndexItem() {
        var items = ExtractionItems.eventItems(result.events().get(0), result.article(), "01", INGESTED);
        assertEquals(List.of("EVENT#", "ACTOR#COUNTRY#ISR#", "ACTOR#NAME#israel#", "ACTOR#COUNTRY#PSE#",
                        "ACTOR#NAME#civilians#", "PLACE#NAME#bani suheila#", "PLACE#ADMIN1#khan yunis#",
                        "PLACE#COUNTRY#PSE#"),
                items.stream().map(i -> i.get("sk").s().replace(result.events().get(0).eventId(), "")).toList());
        assertEquals("ASSAULT#2025-11", items.get(0).get("typeMonth").s());
        assertEquals("COUNTRY#ISR#2025-11", items.get(1).get("actorMonth").s());
        assertEquals("NAME#bani suheila#2025-11", items.get(5).get("placeMonth").s());
        items.forEach(i -> assertEquals("2025-11-29", i.get("eventDate").s()));
    }

    @Test
    void eventAndIndexItemsNameTheirArticle() {
        var items = ExtractionItems.eventItems(result.events().get(0), result.article(), "01", INGESTED);
        for (var item : items) {
            assertEquals("airstrike.txt", item.get("key").s(), item.get("sk").s());
            assertEquals(result.article().title(), item.get("title").s());
        }
        assertEquals("bucket", items.get(0).get("bucket").s());
        assertEquals("2025-11-30", items.get(0).get("publishedAt").s());
    }

    @Test
    void topicsKeepShortEvidenceOnlyWhereAssignedAndZeroScoresAreLeftOut() {
        var article = result.article();
        var topics = new java.util.ArrayList<>(article.topics());
        topics.add(new io.articleingest.pipeline.model.Topic("medtop:15000000", "sport", 0.0, List.of()));
        topics.set(0, new io.articleingest.pipeline.model.Topic(topics.get(0).code(), topics.get(0).label(), 0.93456,
                List.of("a", "b", "c", "d", "e")));
        var withMore = new io.articleingest.pipeline.model.Article(article.articleId(), article.bucket(), article.key(),
                article.versionId(), article.contentSha256(), article.sizeBytes(), article.format(), article.title(),
                article.publishedAt(), article.language(), article.wordCount(), article.sentenceCount(), topics,
                article.entities(), article.eventCount(), article.status(), article.extractorVersion(),
                article.rejectionReason(), article.publishedSource());
        var stored = ExtractionItems.articleItem(withMore, null, "01", INGESTED, "X", List.of()).get("topics").l();
        assertEquals(2, stored.size(), "the zero-score topic is not stored");
        assertEquals(List.of("a", "b", "c"), stored.get(0).m().get("evidence").l().stream().map(v -> v.s()).toList());
        assertEquals("0.935", stored.get(0).m().get("score").n());
        assertFalse(stored.get(1).m().containsKey("evidence"), "below the assign threshold: no evidence");
    }

    @Test
    void thePeriodCatalogHasOneItemPerMonthOrYear() {
        var items = ExtractionItems.periodItems(List.of("2025-11-29", "2025-11-30", "2025-12", "1988"));
        assertEquals(List.of("1988", "2025-11", "2025-12"), items.stream().map(i -> i.get("period").s()).toList());
        items.forEach(i -> assertEquals(ExtractionItems.CATALOG_ID, i.get("articleId").s()));
    }

    @Test
    void namesFoldCaseAccentsAndPunctuation() {
        assertEquals("khan yunis", Names.fold("Khān  Yūnis"));
        assertEquals("al mawasi", Names.fold("al-Mawasi"));
        assertEquals("sao tome principe", Names.fold("São Tomé & Príncipe"));
        assertEquals("lodz", Names.fold("Łódź"));
    }

    @Test
    void anEventWithoutDateIsFiledUnderThePublicationDate() {
        Map<String, AttributeValue> consult = ExtractionItems.eventItems(result.events().get(1), result.article(),
                "01", INGESTED).get(0);
        assertEquals("2025-11-30", consult.get("eventDate").s());
        assertFalse(consult.containsKey("location"), "absent values are left out, not stored as NULL");
    }

    @Test
    void onlyLikelyTopicsAreIndexed() {
        var topics = ExtractionItems.topicItems(result.article(), "01", INGESTED);
        assertEquals(List.of("medtop:16000000#2025-11"), topics.stream().map(t -> t.get("topicMonth").s()).toList());
    }

    @Test
    void filingDatesKeepTheirPrecision() {
        assertEquals("2025-12", ExtractionItems.filingDate("2025-12", null, INGESTED));
        assertEquals("2025", ExtractionItems.period(ExtractionItems.filingDate("2025", null, INGESTED)));
        assertEquals("2025-11-29", ExtractionItems.filingDate("2025-11-29T08:00:00Z", null, INGESTED));
        assertEquals("2025-12-02", ExtractionItems.filingDate("on Saturday", null, INGESTED));
    }
}
