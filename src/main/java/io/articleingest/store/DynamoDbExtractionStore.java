package io.articleingest.store;

import static io.articleingest.store.ExtractionItems.ARTICLE_ID;
import static io.articleingest.store.ExtractionItems.COMPLETE;
import static io.articleingest.store.ExtractionItems.OBJECT_STATE;
import static io.articleingest.store.ExtractionItems.SORT_KEY;
import static io.articleingest.store.ExtractionItems.STORE_STATE;
import static io.articleingest.store.ExtractionItems.TOPIC_PREFIX;

import io.articleingest.pipeline.model.ArticleIds;
import io.articleingest.pipeline.model.ExtractionResult;
import io.articleingest.store.ObjectSource.ObjectInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Stores extractions in the articles and events tables (layout: README, "Data model").
 *
 * <p>Writes of one article happen under its lease ({@link DynamoDbLease}), so they never
 * interleave with another delivery's. Within it: the article item first, with state WRITING and
 * the object state it describes; then the topic, event and index items are synchronised — the
 * new ones put, every other item of the article deleted; then COMPLETE. A crash in between leaves
 * WRITING, which the next delivery (or an audit) sees and rewrites. A delete removes the topic,
 * event and index items first and the article item last, so no item outlives its article.
 */
public final class DynamoDbExtractionStore implements ExtractionStore {

    private final DynamoDbClient dynamo;
    private final BatchWriter batchWriter;
    private final DynamoDbLease leases;
    private final String articlesTable;
    private final String eventsTable;
    private final Clock clock;

    public DynamoDbExtractionStore(DynamoDbClient dynamo, String articlesTable, String eventsTable, Clock clock) {
        this.dynamo = dynamo;
        this.batchWriter = new BatchWriter(dynamo);
        this.leases = new DynamoDbLease(dynamo, articlesTable, clock);
        this.articlesTable = articlesTable;
        this.eventsTable = eventsTable;
        this.clock = clock;
    }

    @Override
    public Optional<StoredState> stored(String bucket, String key) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(articlesTable).consistentRead(true)
                .key(ExtractionItems.articleKey(ArticleIds.of(bucket, key)))
                .projectionExpression(OBJECT_STATE + ", " + STORE_STATE)).item();
        if (item == null || item.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StoredState(String.valueOf(Item.s(item, OBJECT_STATE)),
                COMPLETE.equals(Item.s(item, STORE_STATE))));
    }

    @Override
    public Lease lease(String bucket, String key, Instant expiresAt, Instant waitUntil) {
        return leases.acquire(ArticleIds.of(bucket, key), key, expiresAt, waitUntil);
    }

    @Override
    public Outcome save(ExtractionResult result, ObjectInfo object, String sequencer) {
        String articleId = result.article().articleId();
        Optional<StoredState> stored = stored(result.article().bucket(), result.article().key());
        if (stored.isPresent() && stored.get().describes(object)) {
            return Outcome.UNCHANGED; // another delivery stored this very state while we waited for the lease
        }
        String seq = Sequencer.normalise(sequencer);
        ExtractionItems.ArticleItems items = ExtractionItems.items(result, object, seq, clock.instant());
        dynamo.putItem(r -> r.tableName(articlesTable).item(items.article()));
        synchronise(articlesTable, articleId, TOPIC_PREFIX, items.topics());
        synchronise(eventsTable, articleId, null, items.events());
        catalogue(articlesTable, items.topics(), "publishedDate");
        catalogue(eventsTable, items.events(), "eventDate");
        dynamo.updateItem(r -> r.tableName(articlesTable).key(ExtractionItems.articleKey(articleId))
                .updateExpression("SET " + STORE_STATE + " = :complete")
                .expressionAttributeValues(Map.of(":complete", AttributeValue.fromS(COMPLETE))));
        return Outcome.STORED;
    }

    @Override
    public Outcome delete(String bucket, String key) {
        String articleId = ArticleIds.of(bucket, key);
        // also when the article item is already gone: a retry after a crash finishes the job
        synchronise(articlesTable, articleId, TOPIC_PREFIX, List.of());
        synchronise(eventsTable, articleId, null, List.of());
        dynamo.deleteItem(r -> r.tableName(articlesTable).key(ExtractionItems.articleKey(articleId)));
        return Outcome.DELETED;
    }

    @Override
    public void markStale(String bucket, String key) {
        try {
            dynamo.updateItem(r -> r.tableName(articlesTable).key(ExtractionItems.articleKey(ArticleIds.of(bucket, key)))
                    .updateExpression("SET " + STORE_STATE + " = :stale")
                    .conditionExpression("attribute_exists(articleId)")
                    .expressionAttributeValues(Map.of(":stale", AttributeValue.fromS(ExtractionItems.STALE))));
        } catch (ConditionalCheckFailedException gone) {
            // no record any more: nothing to mark, the next delivery stores afresh
        }
    }

    /**
     * Adds the periods of the items' dates to the table's catalog (puts of the same small items
     * are idempotent). Never removed: a period emptied by deletes costs a query that finds nothing.
     */
    private void catalogue(String table, List<Map<String, AttributeValue>> items, String dateAttribute) {
        List<String> dates = items.stream().map(i -> Item.s(i, dateAttribute)).filter(d -> d != null).toList();
        batchWriter.write(table, ExtractionItems.periodItems(dates).stream().map(item -> WriteRequest.builder()
                .putRequest(PutRequest.builder().item(item).build()).build()).toList());
    }

    /**
     * Makes the article's items under {@code sortKeyPrefix} (all when null) equal to {@code desired}:
     * puts every desired item and deletes the others.
     */
    private void synchronise(String table, String articleId, String sortKeyPrefix,
                             List<Map<String, AttributeValue>> desired) {
        // one write per key: BatchWriteItem refuses a batch naming a key twice (e.g. a repeated eventId)
        Map<String, Map<String, AttributeValue>> desiredBySortKey = new LinkedHashMap<>();
        desired.forEach(item -> desiredBySortKey.put(Item.s(item, SORT_KEY), item));
        List<WriteRequest> writes = new ArrayList<>();
        for (Map<String, AttributeValue> existing : existingKeys(table, articleId, sortKeyPrefix)) {
            String sortKey = Item.s(existing, SORT_KEY);
            if (!desiredBySortKey.containsKey(sortKey)) {
                writes.add(WriteRequest.builder().deleteRequest(DeleteRequest.builder()
                        .key(ExtractionItems.key(articleId, sortKey)).build()).build());
            }
        }
        desiredBySortKey.values().forEach(item -> writes.add(WriteRequest.builder()
                .putRequest(PutRequest.builder().item(item).build()).build()));
        batchWriter.write(table, writes);
    }

    private List<Map<String, AttributeValue>> existingKeys(String table, String articleId, String sortKeyPrefix) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":id", AttributeValue.fromS(articleId));
        String condition = "articleId = :id";
        if (sortKeyPrefix != null) {
            condition += " AND begins_with(sk, :prefix)";
            values.put(":prefix", AttributeValue.fromS(sortKeyPrefix));
        }
        QueryRequest query = QueryRequest.builder().tableName(table).keyConditionExpression(condition)
                .expressionAttributeValues(values).projectionExpression(ARTICLE_ID + ", " + SORT_KEY)
                .consistentRead(true).build();
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        dynamo.queryPaginator(query).items().forEach(keys::add);
        return keys;
    }
}
