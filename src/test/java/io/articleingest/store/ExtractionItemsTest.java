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
        assertEquals(article, ExtractionItems.toArticle(ExtractionItems.articleItem(article, null, "01", INGESTED, "X",
                List.of())));
        for (var event : result.events()) {
            var eventItem = ExtractionItems.eventItems(event, article, "01", INGESTED).get(0);
            assertEquals(event, ExtractionItems.toEvent(eventItem));
        }
    }

    @Test
    void everyActorAndPlaceValueGetsAnIndexItem() {
        var items = ExtractionItems.eventItems(result.events().get(0), result.article(), "01", INGESTED);
        assertEquals(List.of("EVENT#", "ACTOR#COUNTRY#ISR#", "ACTOR#NAME#Israel#", "ACTOR#COUNTRY#PSE#",
                        "ACTOR#NAME#civilians#", "PLACE#NAME#Bani Suheila#", "PLACE#ADMIN1#Khan Yunis#",
                        "PLACE#COUNTRY#PSE#"),
                items.stream().map(i -> i.get("sk").s().replace(result.events().get(0).eventId(), "")).toList());
        assertEquals("ASSAULT#2025-11", items.get(0).get("typeMonth").s());
        assertEquals("COUNTRY#ISR#2025-11", items.get(1).get("actorMonth").s());
        assertEquals("NAME#Bani Suheila#2025-11", items.get(5).get("placeMonth").s());
        items.forEach(i -> assertEquals("2025-11-29", i.get("eventDate").s()));
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
