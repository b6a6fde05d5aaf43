package io.articleingest.store;

import io.articleingest.pipeline.Pipeline;
import io.articleingest.pipeline.model.Article;
import io.articleingest.pipeline.model.Event;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The read side of the data model: every question is answered by GetItem or Query on a key or a
 * GSI, never a Scan. A date range is one Query per month bucket it spans (plus the year buckets,
 * where events known only to the year are filed).
 */
public final class EventQueries {

    private final DynamoDbClient dynamo;
    private final String articlesTable;
    private final String eventsTable;

    public EventQueries(DynamoDbClient dynamo, String articlesTable, String eventsTable) {
        this.dynamo = dynamo;
        this.articlesTable = articlesTable;
        this.eventsTable = eventsTable;
    }

    public Optional<Article> article(String articleId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(articlesTable)
                .key(ExtractionItems.articleKey(articleId)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(ExtractionItems.toArticle(item));
    }

    public Optional<Article> articleOf(String bucket, String key) {
        return article(Pipeline.articleId(bucket, key));
    }

    /** Events of one article, in the order of the text. */
    public List<Event> eventsOf(String articleId) {
        List<Event> events = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            QueryResponse r = dynamo.query(b -> b.tableName(eventsTable).consistentRead(true)
                    .keyConditionExpression("articleId = :id AND begins_with(sk, :events)")
                    .expressionAttributeValues(Map.of(":id", s(articleId), ":events", s(ExtractionItems.EVENT_PREFIX)))
                    .exclusiveStartKey(from));
            r.items().forEach(i -> events.add(ExtractionItems.toEvent(i)));
            start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
        } while (start != null);
        return events;
    }

    /** Events of a PLOVER type ({@code ASSAULT}) dated within [from, to]. */
    public List<Event> byType(String type, LocalDate from, LocalDate to) {
        return fullEvents(range("EventsByTypeMonth", "typeMonth", type, "eventDate", from, to));
    }

    /** Events with this actor or recipient: a country code ({@code ISR}) or a canonical name. */
    public List<Event> byActor(String countryOrName, LocalDate from, LocalDate to) {
        String value = countryOrName.matches("[A-Z]{3}") ? "COUNTRY#" + countryOrName : "NAME#" + countryOrName;
        return fullEvents(range("EventsByActor", "actorMonth", value, "eventDate", from, to));
    }

    /** Events at a place: its name, its governorate/province, or a country code. */
    public List<Event> byPlace(String place, LocalDate from, LocalDate to) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        if (place.matches("[A-Z]{3}")) {
            items.addAll(range("EventsByPlace", "placeMonth", "COUNTRY#" + place, "eventDate", from, to));
        } else {
            items.addAll(range("EventsByPlace", "placeMonth", "NAME#" + place, "eventDate", from, to));
            items.addAll(range("EventsByPlace", "placeMonth", "ADMIN1#" + place, "eventDate", from, to));
        }
        return fullEvents(items);
    }

    /** Articles carrying an IPTC topic ({@code medtop:16000000}) published within [from, to]. */
    public List<Article> byTopic(String code, LocalDate from, LocalDate to) {
        List<Article> out = new ArrayList<>();
        for (Map<String, AttributeValue> item : rangeOn(articlesTable, "ArticlesByTopic", "topicMonth", code,
                "publishedDate", from, to)) {
            article(item.get("articleId").s()).ifPresent(out::add);
        }
        return out;
    }

    private List<Map<String, AttributeValue>> range(String index, String hashKey, String value, String rangeKey,
                                                    LocalDate from, LocalDate to) {
        return rangeOn(eventsTable, index, hashKey, value, rangeKey, from, to);
    }

    /**
     * One Query per month bucket (and per year bucket) of the range. Month-precision dates sort
     * before the days of their month ("2025-11" &lt; "2025-11-01"), so a range starting on the 1st
     * starts at the month itself.
     */
    private List<Map<String, AttributeValue>> rangeOn(String table, String index, String hashKey, String value,
                                                      String rangeKey, LocalDate from, LocalDate to) {
        String lower = from.getDayOfMonth() == 1 ? YearMonth.from(from).toString() : from.toString();
        String upper = to + "~";
        List<String> buckets = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            buckets.add(String.valueOf(year));
        }
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            buckets.add(m.toString());
        }
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (String bucket : buckets) {
            String bucketLower = bucket.length() == 4 ? bucket : lower;
            Map<String, AttributeValue> start = null;
            do {
                QueryRequest.Builder q = QueryRequest.builder().tableName(table).indexName(index)
                        .keyConditionExpression("#h = :h AND #r BETWEEN :lo AND :hi")
                        .expressionAttributeNames(Map.of("#h", hashKey, "#r", rangeKey))
                        .expressionAttributeValues(Map.of(":h", s(value + "#" + bucket), ":lo", s(bucketLower),
                                ":hi", s(upper)))
                        .exclusiveStartKey(start);
                QueryResponse r = dynamo.query(q.build());
                items.addAll(r.items());
                start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
            } while (start != null);
        }
        return items;
    }

    /**
     * Index items carry a summary; the full events are read with BatchGetItem, 100 keys a call,
     * unprocessed keys asked again. Duplicates (a place's name and its admin1) collapse.
     */
    private List<Event> fullEvents(List<Map<String, AttributeValue>> indexItems) {
        Map<String, Map<String, AttributeValue>> keys = new LinkedHashMap<>();
        for (Map<String, AttributeValue> i : indexItems) {
            String eventId = i.get("eventId").s();
            keys.putIfAbsent(eventId, ExtractionItems.key(i.get("articleId").s(), ExtractionItems.EVENT_PREFIX + eventId));
        }
        List<Map<String, AttributeValue>> pending = new ArrayList<>(keys.values());
        List<Event> out = new ArrayList<>();
        int retries = 0;
        while (!pending.isEmpty()) {
            List<Map<String, AttributeValue>> batch = new ArrayList<>(pending.subList(0, Math.min(100, pending.size())));
            pending.subList(0, batch.size()).clear();
            BatchGetItemResponse r = dynamo.batchGetItem(b -> b.requestItems(Map.of(eventsTable,
                    KeysAndAttributes.builder().keys(batch).build())));
            r.responses().getOrDefault(eventsTable, List.of()).forEach(item -> out.add(ExtractionItems.toEvent(item)));
            KeysAndAttributes unprocessed = r.unprocessedKeys().get(eventsTable);
            if (unprocessed != null && unprocessed.hasKeys()) {
                if (++retries > 8) {
                    throw new IllegalStateException("DynamoDB kept " + unprocessed.keys().size() + " keys unprocessed");
                }
                pending.addAll(unprocessed.keys());
                backOff(retries);
            }
        }
        out.sort((a, b) -> String.valueOf(a.date()).compareTo(String.valueOf(b.date())));
        return out;
    }

    private static void backOff(int retry) {
        try {
            Thread.sleep(Math.min(2000, 25L << retry));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading events", e);
        }
    }

    private static AttributeValue s(String v) {
        return AttributeValue.builder().s(v).build();
    }
}
