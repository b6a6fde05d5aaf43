package io.articleingest.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import io.articleingest.pipeline.Pipeline;
import io.articleingest.pipeline.model.Article;
import io.articleingest.pipeline.model.ExtractionResult;
import io.articleingest.pipeline.model.RawDocument;
import io.articleingest.store.DynamoDbExtractionStore;
import io.articleingest.store.ExtractionStore;
import io.articleingest.store.ExtractionStore.Outcome;
import io.articleingest.store.ObjectSource;
import io.articleingest.store.ObjectSource.ObjectInfo;
import io.articleingest.store.ObjectSource.StoredObject;
import io.articleingest.store.S3ObjectSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.crac.Core;
import org.crac.Resource;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3 event in, records matching S3 out. An event only says which key changed: for each record the
 * handler reads the key's current state (HEAD), extracts the current object if the stored records
 * do not already describe it, and — under the article's lease, after checking S3 once more —
 * stores it, or deletes the records when the key holds no object. An event for a state S3 no
 * longer holds (a late, repeated or sample event; a delete of an old version) thus changes nothing
 * or brings the records up to date; it never wins. Documents with a permanent problem, including
 * records DynamoDB refuses to store, become REJECTED articles with the reason; AWS errors
 * propagate so that Lambda retries the event (every step is idempotent).
 */
public final class IngestHandler implements RequestHandler<S3Event, String>, Resource {

    /** S3 changing under us this many times in a row is a burst of uploads: let a retry settle it. */
    static final int MAX_ROUNDS = 4;
    /** Part of the remaining time a delivery waits for another one to finish writing the same key. */
    private static final int LEASE_WAIT_SHARE = 3;
    /** The function's timeout in template.yaml: what a caller without a Lambda context gets. */
    public static final Duration FUNCTION_TIMEOUT = Duration.ofSeconds(120);

    private final ObjectSource objects;
    private final ExtractionStore store;
    private final Pipeline pipeline;
    private final long maxObjectBytes;
    private final Clock clock = Clock.systemUTC();

    /**
     * For the Lambda runtime: clients and dictionaries are built once per container, and the handler
     * registers itself for SnapStart's checkpoint ({@link #beforeCheckpoint}); outside a CRaC runtime
     * the registration does nothing.
     */
    public IngestHandler() {
        this(IngestConfig.fromEnvironment());
        Core.getGlobalContext().register(this);
    }

    private IngestHandler(IngestConfig config) {
        this(config, FunctionClients.s3(config.s3Endpoint(), config.s3PathStyle()));
    }

    private IngestHandler(IngestConfig config, S3Client s3) {
        this(new S3ObjectSource(s3), new DynamoDbExtractionStore(FunctionClients.dynamo(config.dynamoEndpoint()),
                        config.articlesTable(), config.eventsTable(), Clock.systemUTC()),
                Pipeline.standard(ExtraKnowledge.fetch(config.extraKnowledge(), s3)), config.maxObjectBytes());
    }

    public IngestHandler(ObjectSource objects, ExtractionStore store, Pipeline pipeline, long maxObjectBytes) {
        this.objects = objects;
        this.store = store;
        this.pipeline = pipeline;
        this.maxObjectBytes = maxObjectBytes;
    }

    /** Before SnapStart's snapshot: the whole path run on a built-in article, without AWS ({@link Priming}). */
    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        Priming.run(pipeline, maxObjectBytes);
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // the clients open their connections on the first request after the restore
    }

    @Override
    public String handleRequest(S3Event event, Context context) {
        long started = System.nanoTime();
        JsonLog log = new JsonLog(context);
        List<S3EventNotificationRecord> records = event == null || event.getRecords() == null
                ? List.of() : event.getRecords();
        IngestSummary summary = new IngestSummary();
        Metrics metrics = new Metrics();
        if (records.isEmpty()) {
            // what S3 sends once when a notification is configured (s3:TestEvent): no object behind it
            log.info("event without records ignored");
        }
        Instant deadline = clock.instant().plus(context == null ? FUNCTION_TIMEOUT
                : Duration.ofMillis(context.getRemainingTimeInMillis()));
        try {
            for (S3EventNotificationRecord r : records) {
                try {
                    handleRecord(r, deadline, log, summary, metrics);
                } catch (RuntimeException e) {
                    // every step is idempotent: records already handled are unchanged by the retry
                    log.error("record failed, the event will be retried", "bucket", r.getS3().getBucket().getName(),
                            "key", r.getS3().getObject().getUrlDecodedKey(), "error", e.toString(),
                            "counts", summary.counts());
                    throw e;
                }
            }
        } finally {
            metrics.add("ProcessingMs", elapsedMillis(started));
            log.info("metrics", metrics.emfFields(clock.millis()));
        }
        log.info("event handled", "records", records.size(), "counts", summary.counts());
        return summary.toJson();
    }

    private void handleRecord(S3EventNotificationRecord r, Instant deadline, JsonLog log, IngestSummary summary,
                              Metrics metrics) {
        long started = System.nanoTime();
        String bucket = r.getS3().getBucket().getName();
        String key = r.getS3().getObject().getUrlDecodedKey();
        String eventName = r.getEventName() == null ? "" : r.getEventName().replaceFirst("^s3:", "");
        if (!eventName.startsWith("ObjectCreated") && !eventName.startsWith("ObjectRemoved")) {
            summary.count("ignored");
            log.warn("event type not handled", "bucket", bucket, "key", key, "eventName", r.getEventName());
            return;
        }
        Reconciled done = reconcile(bucket, key, r.getS3().getObject().getSequencer(), deadline);
        summary.count(done.outcome());
        switch (done.outcome()) {
            case "stored" -> metrics.add("ArticlesProcessed", 1);
            case "rejected" -> metrics.add("ArticlesRejected", 1);
            case "deleted" -> metrics.add("ArticlesDeleted", 1);
            default -> { }
        }
        Article article = done.article();
        metrics.add("EventsWritten", article == null ? 0 : article.eventCount());
        log.info("object reconciled", "bucket", bucket, "key", key, "eventName", eventName,
                "eventVersionId", r.getS3().getObject().getVersionId(), "sequencer", r.getS3().getObject().getSequencer(),
                "outcome", done.outcome(), "versionId", done.object() == null ? null : done.object().versionId(),
                "status", article == null ? null : article.status(),
                "rejectionReason", article == null ? null : article.rejectionReason(),
                "eventCount", article == null ? null : article.eventCount(),
                "sizeBytes", done.object() == null ? null : done.object().sizeBytes(), "millis", elapsedMillis(started));
    }

    /**
     * @param outcome stored, rejected, deleted, unchanged (the records already match S3) or absent
     *                (no object and no records)
     * @param object  the object state reconciled to; null when there is none
     */
    private record Reconciled(String outcome, ObjectInfo object, Article article) {
    }

    /** Makes the key's records match what S3 holds now, whatever the event said. */
    private Reconciled reconcile(String bucket, String key, String sequencer, Instant deadline) {
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            Optional<ObjectInfo> now = objects.head(bucket, key);
            Optional<ExtractionStore.StoredState> stored = store.stored(bucket, key);
            if (now.isEmpty() && stored.isEmpty()) {
                return new Reconciled("absent", null, null);
            }
            if (now.isPresent() && stored.isPresent() && stored.get().describes(now.get())) {
                return new Reconciled("unchanged", now.get(), null);
            }
            Optional<ExtractionResult> desired = Optional.empty();
            if (now.isPresent()) {
                desired = extract(bucket, key, now.get());
                if (desired.isEmpty()) {
                    continue; // overwritten or deleted since the HEAD: start over from what S3 holds now
                }
            }
            Instant leaseWait = clock.instant().plus(Duration.between(clock.instant(), deadline).dividedBy(LEASE_WAIT_SHARE));
            try (ExtractionStore.Lease lease = store.lease(bucket, key, deadline, leaseWait)) {
                if (!objects.head(bucket, key).map(ObjectInfo::state).equals(now.map(ObjectInfo::state))) {
                    continue; // S3 changed while we extracted or waited: never store a state it no longer holds
                }
                if (desired.isEmpty()) {
                    store.delete(bucket, key);
                    return new Reconciled("deleted", null, null);
                }
                return save(desired.get(), now.get(), sequencer);
            }
        }
        throw new IllegalStateException(key + " changed " + MAX_ROUNDS + " times while being stored; the retry will"
                + " store what S3 holds then");
    }

    private Reconciled save(ExtractionResult result, ObjectInfo object, String sequencer) {
        ExtractionResult stored = result;
        Outcome outcome;
        try {
            outcome = store.save(result, object, sequencer);
        } catch (DynamoDbException e) {
            if (!isPermanent(e)) {
                throw e;
            }
            // no retry can store these records: keep a small REJECTED record that says why instead
            stored = pipeline.rejected(unread(result.article().bucket(), result.article().key(), object),
                    result.article().sizeBytes(), "not storable: DynamoDB refused the records ("
                            + e.awsErrorDetails().errorMessage() + ")");
            outcome = store.save(stored, object, sequencer);
        }
        if (outcome == Outcome.UNCHANGED) {
            return new Reconciled("unchanged", object, null);
        }
        return new Reconciled(Article.REJECTED.equals(stored.article().status()) ? "rejected" : "stored", object,
                stored.article());
    }

    /** A request DynamoDB validates and refuses (an item over 400 KB, a key over its limit): retrying cannot help. */
    private static boolean isPermanent(DynamoDbException e) {
        return e.statusCode() == 400 && e.awsErrorDetails() != null
                && "ValidationException".equals(e.awsErrorDetails().errorCode());
    }

    /** Empty when S3 no longer holds this state of the key. */
    private Optional<ExtractionResult> extract(String bucket, String key, ObjectInfo info) {
        if (info.sizeBytes() > maxObjectBytes) {
            return Optional.of(pipeline.rejected(unread(bucket, key, info), info.sizeBytes(),
                    "too large: " + info.sizeBytes() + " bytes > " + maxObjectBytes));
        }
        Optional<StoredObject> object = objects.get(bucket, key, info);
        return object.map(o -> pipeline.process(new RawDocument(bucket, key, info.versionId(), o.content(),
                info.contentType(), info.metadata(), info.lastModified()), null));
    }

    private static RawDocument unread(String bucket, String key, ObjectInfo info) {
        return new RawDocument(bucket, key, info.versionId(), new byte[0], info.contentType(), info.metadata(),
                info.lastModified());
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
