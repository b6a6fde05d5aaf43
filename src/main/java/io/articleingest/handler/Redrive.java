package io.articleingest.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3BucketEntity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3Entity;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Re-drives keys through the function's handler, as S3 would by sending their events again: an
 * {@code ObjectCreated:Put} for a key that has an object, an {@code ObjectRemoved:Delete} for one
 * that has none. The handler reconciles with what S3 holds either way; the event type only makes
 * the logs read right. Used by {@code audit --repair}.
 */
public final class Redrive {

    private final IngestHandler handler;

    public Redrive(IngestHandler handler) {
        this.handler = handler;
    }

    /** @return the handler's result, e.g. {@code {"stored":1}} */
    public String key(String bucket, String key, boolean objectExists, Context context) {
        String eventName = objectExists ? "ObjectCreated:Put" : "ObjectRemoved:Delete";
        S3EventNotificationRecord record = new S3EventNotificationRecord("us-east-1", eventName, "aws:s3",
                Instant.now().toString(), "2.1", null, null,
                new S3Entity("audit-repair", new S3BucketEntity(bucket, null, "arn:aws:s3:::" + bucket),
                        new S3ObjectEntity(encodeKey(key), (Long) null, null, null, null), "1.0"),
                null);
        return handler.handleRequest(new S3Event(List.of(record)), context);
    }

    /** As keys appear in S3 events: form-encoded UTF-8 (space becomes {@code +}), with {@code /} kept. */
    public static String encodeKey(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
    }
}
