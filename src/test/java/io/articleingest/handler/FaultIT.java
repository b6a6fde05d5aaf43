package io.articleingest.handler;

import static io.articleingest.testing.EmulatedAws.invoke;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import io.articleingest.local.LocalContext;
import io.articleingest.store.ExtractionItems;
import io.articleingest.testing.EmulatedAws;
import io.articleingest.testing.OnEmulatedAws;
import io.articleingest.testing.FaultInjector;
import io.articleingest.testing.FaultInjector.Fault;
import io.articleingest.testing.RecordsCheck;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Faults injected at the SDK layer ({@link FaultInjector}) between the real handler and the real
 * emulators: the invocation fails where Lambda must retry, and the retry (a fresh delivery of the
 * same event) leaves exactly the records a clean run leaves — no duplicate, no partial article.
 */
class FaultIT extends OnEmulatedAws {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private static byte[] article;

    @BeforeAll
    static void start() throws IOException {
        article = Files.readAllBytes(Path.of("samples", "airstrike-khan-yunis.txt"));
    }

    /** The sort keys a clean run stores for the article under this key. */
    private static Set<String> cleanRun(String key, S3Event event) {
        assertEquals(Map.of("stored", 1), invoke(aws.handler(), event));
        Set<String> keys = new TreeSet<>(aws.allItems(key).keySet());
        aws.store(aws.dynamo()).delete(EmulatedAws.BUCKET, key);
        assertEquals(Map.of(), aws.allItems(key));
        return keys;
    }

    @ParameterizedTest(name = "{1} on {0} call {2}")
    @CsvSource({"BatchWriteItem, THROTTLING, 2", "BatchWriteItem, SERVER_ERROR, 1", "PutItem, THROTTLING, 2",
        "UpdateItem, SERVER_ERROR, 1", "GetItem, THROTTLING, 1"})
    void aPersistentDynamoDbFaultFailsTheInvocationAndTheRetryCompletesIt(String operation, Fault fault, int call) {
        String key = "faults/" + operation + "-" + fault + ".txt";
        S3Event event = EmulatedAws.created(key, article.length, aws.upload(key, article));
        Set<String> clean = cleanRun(key, event);
        FaultInjector faults = new FaultInjector().on(operation, call, 1, fault);
        IngestHandler faulty = aws.handler(List.of(faults), List.of());

        assertThrows(SdkException.class, () -> faulty.handleRequest(event, new LocalContext(QUIET)));
        assertTrue(faults.injected() >= 2, "every attempt of the call is hit: " + faults.injected());
        Map<String, Integer> retried = invoke(aws.handler(), event);
        assertTrue(retried.equals(Map.of("stored", 1)) || retried.equals(Map.of("unchanged", 1)), retried.toString());
        assertEquals(clean, new TreeSet<>(aws.allItems(key).keySet()), "no duplicate, nothing missing");
        assertEquals(List.of(), RecordsCheck.problems(aws, key));
    }

    @Test
    void unprocessedBatchItemsAreRetriedToCompletion() {
        String key = "faults/unprocessed.txt";
        S3Event event = EmulatedAws.created(key, article.length, aws.upload(key, article));
        Set<String> clean = cleanRun(key, event);
        FaultInjector faults = new FaultInjector().on("BatchWriteItem", 1, 5, Fault.UNPROCESSED_ITEMS);

        assertEquals(Map.of("stored", 1), invoke(aws.handler(List.of(faults), List.of()), event));
        assertTrue(faults.injected() >= 3, "batches held back: " + faults.injected());
        assertTrue(faults.calls("BatchWriteItem") > 5, "the held-back items were sent again");
        assertEquals(clean, new TreeSet<>(aws.allItems(key).keySet()));
        assertEquals(List.of(), RecordsCheck.problems(aws, key));
    }

    @Test
    void recordsDynamoDbRefusesAreStoredAsRejectedWithTheReasonInsteadOfRetried() {
        String key = "faults/refused.txt";
        S3Event event = EmulatedAws.created(key, article.length, aws.upload(key, article));
        FaultInjector refuse = new FaultInjector().on("BatchWriteItem", 1, 1, Fault.ITEM_TOO_LARGE);

        assertEquals(Map.of("rejected", 1), invoke(aws.handler(List.of(refuse), List.of()), event));
        Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item = aws.article(key);
        assertEquals("REJECTED", item.get("status").s());
        assertTrue(item.get("rejectionReason").s().startsWith("not storable: DynamoDB refused the records (Item size"),
                item.get("rejectionReason").s());
        assertEquals(Set.of(aws.articlesTable() + "/ARTICLE"), aws.allItems(key).keySet(), "no half-written events");
        assertEquals(Map.of("unchanged", 1), invoke(aws.handler(), event), "a retry does not loop on it");
    }

    @Test
    void anObjectDeletedBetweenEventAndReadIsRecordedAsDeletedWithoutRetries() {
        String key = "faults/deleted-before-get.txt";
        assertEquals(Map.of("stored", 1), aws.uploadAndNotify(aws.handler(), key, article));
        byte[] newer = "Talks resumed\n\nMediators met in Doha on Monday, officials said.\n".getBytes();
        S3Event event = EmulatedAws.created(key, newer.length, aws.upload(key, newer));
        FaultInjector s3Faults = new FaultInjector().before("GetObject", 1, () -> aws.deleteObject(key));

        assertEquals(Map.of("deleted", 1), invoke(aws.handler(List.of(), List.of(s3Faults)), event));
        assertEquals(Map.of(), aws.allItems(key));
        assertEquals(Map.of("absent", 1), invoke(aws.handler(), event), "a repeated delivery finds nothing to do");
    }

    @Test
    void aFunctionKilledBetweenWritesIsRepairedByTheNextDelivery() {
        String key = "faults/killed.txt";
        S3Event event = EmulatedAws.created(key, article.length, aws.upload(key, article));
        Set<String> clean = cleanRun(key, event);
        FaultInjector kill = new FaultInjector().on("BatchWriteItem", 2, 1, Fault.KILLED);
        IngestHandler dying = aws.handler(List.of(kill), List.of());
        // the killed invocation had 2 s left: its lease lapses then, as Lambda would have stopped it
        assertThrows(FaultInjector.Killed.class, () -> dying.handleRequest(event,
                new LocalContext(QUIET, Duration.ofSeconds(2))));
        Map<String, ?> left = aws.allItems(key);
        assertTrue(left.containsKey(aws.articlesTable() + "/LEASE"), "a killed function releases nothing");
        assertEquals(ExtractionItems.WRITING, aws.article(key).get(ExtractionItems.STORE_STATE).s());
        assertTrue(left.size() < clean.size() + 1, "half written: " + left.size());

        assertEquals(Map.of("stored", 1), invoke(aws.handler(), event));
        assertEquals(clean, new TreeSet<>(aws.allItems(key).keySet()));
        assertEquals(List.of(), RecordsCheck.problems(aws, key));
    }
}
