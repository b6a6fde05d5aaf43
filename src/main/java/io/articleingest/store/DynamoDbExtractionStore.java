package io.articleingest.store;

import io.articleingest.pipeline.model.Article;
import static io.articleingest.store.ExtractionItems.ARTICLE_ID;
import static io.articleingest.store.ExtractionItems.COMPLETE;
import static io.articleingest.store.ExtractionItems.SEQUENCER;
import static io.articleingest.store.ExtractionItems.SORT_KEY;
import static io.articleingest.store.ExtractionItems.TOPIC_PREFIX;
import static io.articleingest.store.ExtractionItems.WRITING;

import io.articleingest.pipeline.model.ArticleIds;
import io.articleingest.pipeline.model.Event;
import io.articleingest.pipeline.model.ExtractionResult;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * <p>The article item is the gate: it is written first, conditionally on the event being newer
 * than the one stored (or being a retry of a write that did not finish), with state WRITING.
 * Then the topic, event and index items are synchronised — items the new extraction does not
 * produce are deleted unless a newer event wrote them — and the article is marked COMPLETE.
 * A crash in between leaves WRITING, and the retried event redoes the work.
 */
public final class DynamoDbExtractionStore implements ExtractionStore {

    private static final String NEWER_THAN_STORED = "attribute_not_exists(articleId) OR sequencer < :seq"
            + " OR (sequencer = :seq AND storeState = :writing)";

    private final DynamoDbClient dynamo;
    private final BatchWriter batchWriter;
    private final String articlesTable;
    private final String eventsTable;
    private final Clock clock;

    public DynamoDbExtractionStore(DynamoDbClient dynamo, String articlesTable, String eventsTable, Clock clock) {
        this.dynamo = dynamo;
        this.batchWriter = new BatchWriter(dynamo);
        this.articlesTable = articlesTable;
        this.eventsTable = eventsTable;
        this.clock = clock;
    }

    @Override
    public Outcome save(ExtractionResult result, String sequencer) {
        String seq = Sequencer.normalise(sequencer);
        Instant ingestedAt = clock.instant();
        Article article = result.article();
        try {
            dynamo.putItem(r -> r.tableName(articlesTable)
                    .item(ExtractionItems.articleItem(article, seq, ingestedAt, WRITING))
                    .conditionExpression(NEWER_THAN_STORED)
                    .expressionAttributeValues(Map.of(":seq", AttributeValue.fromS(seq),
                            ":writing", AttributeValue.fromS(WRITING))));
        } catch (ConditionalCheckFailedException e) {
            return outcomeAgainstStored(article.articleId(), seq);
        }
        List<Map<String, AttributeValue>> eventItems = new ArrayList<>();
        for (Event event : result.events()) {
            eventItems.addAll(ExtractionItems.eventItems(event, article, seq, ingestedAt));
        }
        List<Map<String, AttributeValue>> topicItems = ExtractionItems.topicItems(article, seq, ingestedAt);
        synchronise(articlesTable, article.articleId(), TOPIC_PREFIX, topicItems, seq);
        synchronise(eventsTable, article.articleId(), null, eventItems, seq);
        catalogue(articlesTable, topicItems, "publishedDate");
        catalogue(eventsTable, eventItems, "eventDate");
        try {
            dynamo.updateItem(r -> r.tableName(articlesTable).key(ExtractionItems.articleKey(article.articleId()))
                    .updateExpression("SET storeState = :complete")
                    .conditionExpression("sequencer = :seq")
                    .expressionAttributeValues(Map.of(":seq", AttributeValue.fromS(seq),
                            ":complete", AttributeValue.fromS(COMPLETE))));
        } catch (ConditionalCheckFailedException e) {
            // a newer event claimed the article while we wrote; its own synchronisation wins
            return Outcome.SUPERSEDED;
        }
        return Outcome.STORED;
    }

    @Override
    public Outcome delete(String bucket, String key, String sequencer) {
        String seq = Sequencer.normalise(sequencer);
        String articleId = ArticleIds.of(bucket, key);
        try {
            dynamo.deleteItem(r -> r.tableName(articlesTable).key(ExtractionItems.articleKey(articleId))
                    .conditionExpression("attribute_not_exists(articleId) OR sequencer < :seq")
                    .expressionAttributeValues(Map.of(":seq", AttributeValue.fromS(seq))));
        } catch (ConditionalCheckFailedException e) {
            return Outcome.SUPERSEDED;
        }
        // also when the article item was already gone: a retry after a crash finishes the job
        synchronise(articlesTable, articleId, TOPIC_PREFIX, List.of(), seq);
        synchronise(eventsTable, articleId, null, List.of(), seq);
        return Outcome.DELETED;
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

    private Outcome outcomeAgainstStored(String articleId, String seq) {
        Map<String, AttributeValue> stored = dynamo.getItem(r -> r.tableName(articlesTable)
                .key(ExtractionItems.articleKey(articleId)).consistentRead(true)).item();
        boolean sameEvent = stored != null && seq.equals(Item.s(stored, SEQUENCER));
        return sameEvent ? Outcome.DUPLICATE : Outcome.SUPERSEDED;
    }

    /**
     * Makes the article's items under {@code sortKeyPrefix} (all when null) equal to {@code desired}:
     * puts every desired item and deletes the others — except those a newer event wrote.
     */
    private void synchronise(String table, String articleId, String sortKeyPrefix,
                             List<Map<String, AttributeValue>> desired, String seq) {
        // one write per key: BatchWriteItem refuses a batch naming a key twice (e.g. a repeated eventId)
        Map<String, Map<String, AttributeValue>> desiredBySortKey = new LinkedHashMap<>();
        desired.forEach(item -> desiredBySortKey.put(Item.s(item, SORT_KEY), item));
        List<WriteRequest> writes = new ArrayList<>();
        for (Map<String, AttributeValue> existing : existingKeys(table, articleId, sortKeyPrefix)) {
            String sortKey = Item.s(existing, SORT_KEY);
            String writtenBy = Item.s(existing, SEQUENCER);
            if (!desiredBySortKey.containsKey(sortKey) && (writtenBy == null || writtenBy.compareTo(seq) <= 0)) {
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
                .expressionAttributeValues(values).projectionExpression(ARTICLE_ID + ", " + SORT_KEY + ", " + SEQUENCER)
                .consistentRead(true).build();
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        dynamo.queryPaginator(query).items().forEach(keys::add);
        return keys;
    }
}
