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
import io.articleingest.store.ObjectSource;
import io.articleingest.store.ObjectSource.ObjectInfo;
import io.articleingest.store.ObjectSource.StoredObject;
import io.articleingest.store.S3ObjectSource;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3 event in, stored extraction out. Each record: ObjectCreated → read the object (refusing
 * oversized ones unread), run the pipeline, store with the event's sequencer; ObjectRemoved →
 * delete the article's records. Documents with a permanent problem are stored as REJECTED;
 * AWS errors propagate so that Lambda retries the event (every step is idempotent).
 */
public final class IngestHandler implements RequestHandler<S3Event, String> {

    private final ObjectSource objects;
    private final ExtractionStore store;
    private final Pipeline pipeline;
    private final long maxObjectBytes;

    /** For the Lambda runtime: clients and dictionaries are built once per container (and snapshotted by SnapStart). */
    public IngestHandler() {
        this(IngestConfig.fromEnvironment());
    }

    private IngestHandler(IngestConfig config) {
        this(config, S3Client.builder().httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(config.s3Endpoint()).forcePathStyle(config.s3PathStyle()).build());
    }

    private IngestHandler(IngestConfig config, S3Client s3) {
        this(new S3ObjectSource(s3),
                new DynamoDbExtractionStore(DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create())
                        .endpointOverride(config.dynamoEndpoint()).build(),
                        config.articlesTable(), config.eventsTable(), Clock.systemUTC()),
                Pipeline.standard(extraKnowledge(config.extraKnowledge(), s3)), config.maxObjectBytes());
    }

    /**
     * A user's dictionary: a path (e.g. in a Lambda layer, {@code /opt/knowledge}) or an
     * {@code s3://bucket/key.yaml} object, fetched once per container into /tmp.
     */
    public static java.nio.file.Path extraKnowledge(String location, S3Client s3) {
        if (location == null || location.isBlank()) {
            return null;
        }
        if (!location.startsWith("s3://")) {
            return java.nio.file.Path.of(location);
        }
        String rest = location.substring("s3://".length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) {
            throw new IllegalStateException("EXTRA_KNOWLEDGE must be s3://bucket/key, got " + location);
        }
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("extra-knowledge", ".yaml");
            java.nio.file.Files.write(file, s3.getObjectAsBytes(b -> b.bucket(rest.substring(0, slash))
                    .key(rest.substring(slash + 1))).asByteArray());
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot keep the extra dictionary in /tmp", e);
        }
    }

    public IngestHandler(ObjectSource objects, ExtractionStore store, Pipeline pipeline, long maxObjectBytes) {
        this.objects = objects;
        this.store = store;
        this.pipeline = pipeline;
        this.maxObjectBytes = maxObjectBytes;
    }

    @Override
    public String handleRequest(S3Event event, Context context) {
        JsonLog log = new JsonLog(context);
        List<S3EventNotificationRecord> records = event == null || event.getRecords() == null
                ? List.of() : event.getRecords();
        IngestSummary summary = new IngestSummary();
        if (records.isEmpty()) {
            // what S3 sends once when a notification is configured (s3:TestEvent): no object behind it
            log.info("event without records ignored");
        }
        for (S3EventNotificationRecord r : records) {
            try {
                handleRecord(r, log, summary);
            } catch (RuntimeException e) {
                // every step is idempotent: records already handled are unchanged by the retry
                log.error("record failed, the event will be retried", "bucket", r.getS3().getBucket().getName(),
                        "key", r.getS3().getObject().getUrlDecodedKey(), "error", e.toString(),
                        "counts", summary.counts());
                throw e;
            }
        }
        log.info("event handled", "records", records.size(), "counts", summary.counts());
        return summary.toJson();
    }

    private void handleRecord(S3EventNotificationRecord r, JsonLog log, IngestSummary summary) {
        long started = System.nanoTime();
        String bucket = r.getS3().getBucket().getName();
        String key = r.getS3().getObject().getUrlDecodedKey();
        String sequencer = r.getS3().getObject().getSequencer();
        String eventName = r.getEventName() == null ? "" : r.getEventName().replaceFirst("^s3:", "");
        if (eventName.startsWith("ObjectRemoved")) {
            ExtractionStore.Outcome outcome = store.delete(bucket, key, sequencer);
            summary.count(outcome.name().toLowerCase(Locale.ROOT));
            log.info("object removed", "bucket", bucket, "key", key, "sequencer", sequencer,
                    "outcome", outcome, "millis", elapsedMillis(started));
        } else if (eventName.startsWith("ObjectCreated")) {
            Instant uploadedAt = r.getEventTime() == null ? null : Instant.ofEpochMilli(r.getEventTime().getMillis());
            Optional<ExtractionResult> result = extract(bucket, key, uploadedAt);
            if (result.isEmpty()) {
                summary.count("missing");
                log.info("object no longer exists, skipped", "bucket", bucket, "key", key, "sequencer", sequencer);
                return;
            }
            Article article = result.get().article();
            ExtractionStore.Outcome outcome = store.save(result.get(), sequencer);
            summary.count(outcome == ExtractionStore.Outcome.STORED && Article.REJECTED.equals(article.status())
                    ? "rejected" : outcome.name().toLowerCase(Locale.ROOT));
            log.info("object ingested", "bucket", bucket, "key", key, "sequencer", sequencer, "outcome", outcome,
                    "status", article.status(), "rejectionReason", article.rejectionReason(),
                    "eventCount", article.eventCount(), "topicCount", article.topics().size(),
                    "sizeBytes", article.sizeBytes(), "millis", elapsedMillis(started));
        } else {
            summary.count("ignored");
            log.warn("event type not handled", "bucket", bucket, "key", key, "eventName", r.getEventName());
        }
    }

    /** Empty when the object is gone (deleted after the event was sent): a newer event covers it. */
    private Optional<ExtractionResult> extract(String bucket, String key, Instant uploadedAt) {
        Optional<ObjectInfo> head = objects.head(bucket, key);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        if (head.get().sizeBytes() > maxObjectBytes) {
            return Optional.of(tooLarge(bucket, key, head.get(), uploadedAt));
        }
        Optional<StoredObject> object = objects.get(bucket, key);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        ObjectInfo info = object.get().info();
        if (info.sizeBytes() > maxObjectBytes) {
            // overwritten by a larger object between HEAD and GET
            return Optional.of(tooLarge(bucket, key, info, uploadedAt));
        }
        return Optional.of(pipeline.process(new RawDocument(bucket, key, info.versionId(), object.get().content(),
                info.contentType(), info.metadata(), uploadedAt == null ? info.lastModified() : uploadedAt), null));
    }

    private ExtractionResult tooLarge(String bucket, String key, ObjectInfo info, Instant uploadedAt) {
        RawDocument unread = new RawDocument(bucket, key, info.versionId(), new byte[0], info.contentType(),
                info.metadata(), uploadedAt);
        return pipeline.rejected(unread, info.sizeBytes(),
                "too large: " + info.sizeBytes() + " bytes > " + maxObjectBytes);
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
