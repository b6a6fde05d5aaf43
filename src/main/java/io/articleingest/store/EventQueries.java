package io.articleingest.store;

import io.articleingest.pipeline.model.Article;
import io.articleingest.pipeline.model.ArticleIds;
import io.articleingest.pipeline.model.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The read side of the data model: every question is answered by GetItem, Query or
 * BatchGetItem on a key or a GSI, never a Scan. Date-ranged questions read the table's period
 * catalog first and then Query one month (or year) bucket at a time, newest first, stopping
 * once the limit is reached.
 */
public final class EventQueries {

    /** A page of results, newest first; {@code more} when the limit cut it short. */
    public record Page<T>(List<T> rows, boolean more, List<String> periods) {
    }

    /** Newest first; within a day, by object key and then in the order of the text. */
    public static final Comparator<StoredEvent> NEWEST_FIRST = Comparator
            .comparing((StoredEvent e) -> String.valueOf(e.eventDate())).reversed()
            .thenComparing(e -> String.valueOf(e.key())).thenComparingInt(e -> e.event().sentenceIndex());

    /** The GSI a query reads, and the hash values (without their period) it asks for. */
    private record Lookup(String index, String hashKey, List<String> values, boolean itemsAreEvents) {
    }

    private static final int BATCH_GET_MAX = 100;

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
        return article(ArticleIds.of(bucket, key));
    }

    /** Events of one article, in the order of the text. */
    public List<Event> eventsOf(String articleId) {
        return storedEventsOf(articleId).stream().map(StoredEvent::event).toList();
    }

    public List<StoredEvent> storedEventsOf(String articleId) {
        List<StoredEvent> events = new ArrayList<>();
        queryAll(QueryRequest.builder().tableName(eventsTable).consistentRead(true)
                .keyConditionExpression("articleId = :id AND begins_with(sk, :events)")
                .expressionAttributeValues(Map.of(":id", s(articleId), ":events", s(ExtractionItems.EVENT_PREFIX))))
                .forEach(i -> events.add(ExtractionItems.toStoredEvent(i)));
        return events;
    }

    /** The periods ({@code 2025-11}, or {@code 1988} for year-only dates) the events table holds dates in. */
    public List<String> eventPeriods() {
        return periods(eventsTable);
    }

    public List<String> articlePeriods() {
        return periods(articlesTable);
    }

    private List<String> periods(String table) {
        List<String> periods = new ArrayList<>();
        queryAll(QueryRequest.builder().tableName(table).keyConditionExpression("articleId = :catalog")
                .expressionAttributeValues(Map.of(":catalog", s(ExtractionItems.CATALOG_ID))))
                .forEach(i -> periods.add(Item.s(i, "period")));
        return periods;
    }

    /** The events every filter of the query holds for, newest first, at most {@code query.limit()}. */
    public Page<StoredEvent> find(EventQuery query) {
        if (query.articleId() != null) {
            List<StoredEvent> events = storedEventsOf(query.articleId()).stream().filter(query::matches)
                    .sorted(NEWEST_FIRST).toList();
            boolean more = events.size() > query.limit();
            return new Page<>(more ? events.subList(0, query.limit()) : events, more, List.of());
        }
        Lookup lookup = lookup(query);
        return byPeriod(eventPeriods(), query::overlaps, query.limit(), NEWEST_FIRST, period -> {
            List<Map<String, AttributeValue>> items = new ArrayList<>();
            for (String value : lookup.values()) {
                items.addAll(queryPeriod(eventsTable, lookup.index(), lookup.hashKey(), value, period, "eventDate",
                        query.to()));
            }
            List<StoredEvent> events = lookup.itemsAreEvents()
                    ? items.stream().map(ExtractionItems::toStoredEvent).toList() : fullEvents(items);
            return events.stream().filter(query::matches).toList();
        });
    }

    /** Articles carrying an IPTC topic ({@code medtop:16000000}) published within [from, to], newest first. */
    public Page<Article> byTopic(String code, LocalDate from, LocalDate to, int limit) {
        EventQuery window = new EventQuery(List.of(), null, null, null, null, from, to, limit);
        Comparator<Article> newestFirst = Comparator.comparing((Article a) -> String.valueOf(a.publishedAt()))
                .reversed().thenComparing(a -> String.valueOf(a.key()));
        return byPeriod(articlePeriods(), window::overlaps, limit, newestFirst, period -> {
            List<Article> articles = new ArrayList<>();
            for (Map<String, AttributeValue> item : queryPeriod(articlesTable, "ArticlesByTopic", "topicMonth", code,
                    period, "publishedDate", to)) {
                if (window.overlaps(Item.s(item, "publishedDate"))) {
                    article(Item.s(item, ExtractionItems.ARTICLE_ID)).ifPresent(articles::add);
                }
            }
            return articles;
        });
    }

    /**
     * Reads period after period, newest first, until {@code limit} rows are found: periods are
     * disjoint and sort like the dates in them ({@code 2025-11} after {@code 2025}'s year-only dates).
     */
    private static <T> Page<T> byPeriod(List<String> catalog, Predicate<String> inWindow, int limit,
                                        Comparator<T> order, Function<String, List<T>> read) {
        List<String> periods = catalog.stream().filter(inWindow).sorted(Comparator.reverseOrder()).toList();
        List<T> rows = new ArrayList<>();
        boolean more = false;
        for (int i = 0; i < periods.size(); i++) {
            rows.addAll(read.apply(periods.get(i)));
            if (rows.size() >= limit) {
                more = rows.size() > limit || i < periods.size() - 1;
                break;
            }
        }
        rows.sort(order);
        return new Page<>(List.copyOf(rows.subList(0, Math.min(limit, rows.size()))), more, periods);
    }

    /** The most selective index the query allows: place, then actor, then the event types. */
    private static Lookup lookup(EventQuery q) {
        if (q.place() != null) {
            List<String> values = new ArrayList<>(List.of(ExtractionItems.nameValue(q.place()),
                    "ADMIN1#" + Names.fold(q.place())));
            if (EventQuery.isCode(q.place())) {
                values.add("COUNTRY#" + EventQuery.code(q.place()));
            }
            return new Lookup("EventsByPlace", "placeMonth", values, false);
        }
        if (q.actor() != null) {
            List<String> values = new ArrayList<>(List.of(ExtractionItems.nameValue(q.actor())));
            if (EventQuery.isCode(q.actor())) {
                values.add("COUNTRY#" + EventQuery.code(q.actor()));
            }
            return new Lookup("EventsByActor", "actorMonth", values, false);
        }
        return new Lookup("EventsByTypeMonth", "typeMonth", q.types(), true);
    }

    /**
     * One bucket of a GSI, newest first: {@code value#period}, dates from the period itself (which
     * sorts before the days in it) up to {@code to}; the caller keeps what overlaps its range.
     */
    private List<Map<String, AttributeValue>> queryPeriod(String table, String index, String hashKey, String value,
                                                          String period, String rangeKey, LocalDate to) {
        return queryAll(QueryRequest.builder().tableName(table).indexName(index)
                .keyConditionExpression("#h = :h AND #r BETWEEN :lo AND :hi")
                .expressionAttributeNames(Map.of("#h", hashKey, "#r", rangeKey))
                .expressionAttributeValues(Map.of(":h", s(value + "#" + period), ":lo", s(period),
                        ":hi", s((to == null ? period : to.toString()) + "~")))
                .scanIndexForward(false));
    }

    private List<Map<String, AttributeValue>> queryAll(QueryRequest.Builder request) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse r = dynamo.query(request.exclusiveStartKey(start).build());
            items.addAll(r.items());
            start = r.hasLastEvaluatedKey() && !r.lastEvaluatedKey().isEmpty() ? r.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    /**
     * Index items carry a summary; the full events are read with BatchGetItem, 100 keys a call,
     * unprocessed keys asked again. Duplicates (a place's name and its admin1) collapse.
     */
    private List<StoredEvent> fullEvents(List<Map<String, AttributeValue>> indexItems) {
        Map<String, Map<String, AttributeValue>> keys = new LinkedHashMap<>();
        for (Map<String, AttributeValue> i : indexItems) {
            String eventId = Item.s(i, "eventId");
            keys.putIfAbsent(eventId, ExtractionItems.key(Item.s(i, ExtractionItems.ARTICLE_ID),
                    ExtractionItems.EVENT_PREFIX + eventId));
        }
        List<Map<String, AttributeValue>> pending = new ArrayList<>(keys.values());
        List<StoredEvent> out = new ArrayList<>();
        int retries = 0;
        while (!pending.isEmpty()) {
            List<Map<String, AttributeValue>> batch = new ArrayList<>(
                    pending.subList(0, Math.min(BATCH_GET_MAX, pending.size())));
            pending.subList(0, batch.size()).clear();
            BatchGetItemResponse r = dynamo.batchGetItem(b -> b.requestItems(Map.of(eventsTable,
                    KeysAndAttributes.builder().keys(batch).build())));
            r.responses().getOrDefault(eventsTable, List.of())
                    .forEach(item -> out.add(ExtractionItems.toStoredEvent(item)));
            KeysAndAttributes unprocessed = r.unprocessedKeys().get(eventsTable);
            if (unprocessed != null && unprocessed.hasKeys()) {
                if (++retries > 8) {
                    throw new IllegalStateException("DynamoDB kept " + unprocessed.keys().size() + " keys unprocessed");
                }
                pending.addAll(unprocessed.keys());
                backOff(retries);
            }
        }
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
