package io.articleingest.store;

import io.articleingest.store.ExtractionStore.Lease;
import io.articleingest.store.ExtractionStore.LeaseBusyException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * One article's write lease: an item {@code (articleId, LEASE)} in the articles table, put only
 * when absent or lapsed, deleted by its owner when done. It lapses at the holder's own deadline
 * (its function timeout), so a delivery killed mid-write blocks the key no longer than Lambda
 * would let it run; the next delivery then takes the lease and rewrites the article.
 */
final class DynamoDbLease {

    static final String LEASE_SK = "LEASE";
    private static final long FIRST_WAIT_MILLIS = 20;
    private static final long MAX_WAIT_MILLIS = 500;

    private final DynamoDbClient dynamo;
    private final String articlesTable;
    private final Clock clock;

    DynamoDbLease(DynamoDbClient dynamo, String articlesTable, Clock clock) {
        this.dynamo = dynamo;
        this.articlesTable = articlesTable;
        this.clock = clock;
    }

    Lease acquire(String articleId, String key, Instant expiresAt, Instant waitUntil) {
        String owner = UUID.randomUUID().toString();
        Map<String, AttributeValue> item = Map.of(ExtractionItems.ARTICLE_ID, AttributeValue.fromS(articleId),
                ExtractionItems.SORT_KEY, AttributeValue.fromS(LEASE_SK), "owner", AttributeValue.fromS(owner),
                "expiresAt", AttributeValue.fromN(Long.toString(expiresAt.toEpochMilli())),
                "key", AttributeValue.fromS(Bounds.text(key)));
        long wait = FIRST_WAIT_MILLIS;
        while (true) {
            try {
                dynamo.putItem(r -> r.tableName(articlesTable).item(item)
                        .conditionExpression("attribute_not_exists(articleId) OR expiresAt < :now")
                        .expressionAttributeValues(Map.of(":now",
                                AttributeValue.fromN(Long.toString(clock.millis())))));
                return () -> release(articleId, owner);
            } catch (ConditionalCheckFailedException held) {
                if (clock.instant().plusMillis(wait).isAfter(waitUntil)) {
                    throw new LeaseBusyException("another delivery is writing the records of " + key
                            + "; the event will be retried");
                }
                sleep(wait + ThreadLocalRandom.current().nextLong(wait));
                wait = Math.min(MAX_WAIT_MILLIS, wait * 2);
            }
        }
    }

    private void release(String articleId, String owner) {
        try {
            dynamo.deleteItem(r -> r.tableName(articlesTable).key(ExtractionItems.key(articleId, LEASE_SK))
                    .conditionExpression("#owner = :owner")
                    .expressionAttributeNames(Map.of("#owner", "owner"))
                    .expressionAttributeValues(Map.of(":owner", AttributeValue.fromS(owner))));
        } catch (ConditionalCheckFailedException lapsed) {
            // our lease lapsed and another delivery holds it now: it is not ours to release
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LeaseBusyException("interrupted while waiting for a lease");
        }
    }
}
