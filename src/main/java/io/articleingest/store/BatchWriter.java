package io.articleingest.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * BatchWriteItem in chunks of 25, re-sending UnprocessedItems with exponential backoff. Errors
 * of the calls themselves (throttling beyond the SDK's own retries, 5xx, network) propagate, so
 * that Lambda retries the whole event.
 */
final class BatchWriter {

    static final int MAX_BATCH = 25;
    private static final int MAX_ATTEMPTS = 8;
    private static final long FIRST_BACKOFF_MILLIS = 50;

    private final DynamoDbClient dynamo;

    BatchWriter(DynamoDbClient dynamo) {
        this.dynamo = dynamo;
    }

    void write(String table, List<WriteRequest> requests) {
        for (int from = 0; from < requests.size(); from += MAX_BATCH) {
            writeBatch(table, requests.subList(from, Math.min(from + MAX_BATCH, requests.size())));
        }
    }

    private void writeBatch(String table, List<WriteRequest> batch) {
        Map<String, List<WriteRequest>> pending = Map.of(table, new ArrayList<>(batch));
        for (int attempt = 1; ; attempt++) {
            BatchWriteItemResponse response = dynamo.batchWriteItem(
                    BatchWriteItemRequest.builder().requestItems(pending).build());
            if (!response.hasUnprocessedItems() || response.unprocessedItems().isEmpty()) {
                return;
            }
            if (attempt == MAX_ATTEMPTS) {
                throw new IllegalStateException(response.unprocessedItems().get(table).size()
                        + " items of " + table + " still unprocessed after " + MAX_ATTEMPTS + " attempts");
            }
            pending = response.unprocessedItems();
            sleep(FIRST_BACKOFF_MILLIS << (attempt - 1));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backing off", e);
        }
    }
}
