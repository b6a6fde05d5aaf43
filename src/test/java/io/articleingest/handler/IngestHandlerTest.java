package io.articleingest.handler;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import io.articleingest.local.LocalContext;
import io.articleingest.pipeline.Pipeline;
import io.articleingest.pipeline.model.ExtractionResult;
import io.articleingest.store.ExtractionStore;
import io.articleingest.store.ObjectSource;
import io.articleingest.testing.EmulatedAws;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Handler behaviour that needs no storage at all; everything else is in IngestIT, on the emulators. */
class IngestHandlerTest {

    /** Fails the test on any access: these events must not touch S3 or DynamoDB. */
    private static final class Untouchable implements ObjectSource, ExtractionStore {
        @Override
        public Optional<ObjectInfo> head(String bucket, String key) {
            throw new AssertionError("HEAD " + key);
        }

        @Override
        public Optional<StoredObject> get(String bucket, String key, ObjectInfo expected) {
            throw new AssertionError("GET " + key);
        }

        @Override
        public Optional<StoredState> stored(String bucket, String key) {
            throw new AssertionError("stored " + key);
        }

        @Override
        public Lease lease(String bucket, String key, Instant expiresAt, Instant waitUntil) {
            throw new AssertionError("lease " + key);
        }

        @Override
        public Outcome save(ExtractionResult result, ObjectInfo object, String sequencer) {
            throw new AssertionError("save " + result.article().key());
        }

        @Override
        public Outcome delete(String bucket, String key) {
            throw new AssertionError("delete " + key);
        }

        @Override
        public void markStale(String bucket, String key) {
            throw new AssertionError("markStale " + key);
        }
    }

    @Test
    void theS3TestEventIsIgnored() {
        S3Event testEvent = EventLoader.loadS3Event("events/s3-test-event.json");
        Untouchable storage = new Untouchable();
        IngestHandler handler = new IngestHandler(storage, storage, Pipeline.standard(), 1000);
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        LocalContext context = new LocalContext(new PrintStream(logs, true, StandardCharsets.UTF_8));

        assertEquals("{}", handler.handleRequest(testEvent, context));
        String log = logs.toString(StandardCharsets.UTF_8);
        assertEquals(3, log.lines().count(), log);
        assertTrue(log.lines().anyMatch(l -> l.contains("\"_aws\"") && l.contains("\"ArticlesProcessed\":0")), log);
        log.lines().forEach(line -> {
            assertEquals('{', line.charAt(0), line);
            assertEquals(true, line.contains("\"requestId\":\"" + context.getAwsRequestId() + "\""), line);
        });
    }

    @Test
    void theCheckpointHookNeverTouchesTheFunctionsOwnStorage() {
        Untouchable storage = new Untouchable();
        IngestHandler handler = new IngestHandler(storage, storage, EmulatedAws.PIPELINE, 10L << 20);

        assertDoesNotThrow(() -> handler.beforeCheckpoint(null)); // Untouchable fails on any access
    }
}
