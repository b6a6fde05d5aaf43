package io.articleingest.local;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.articleingest.handler.Redrive;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * S3 event notifications as S3 sends them (the shape of {@code events/*.json} and of
 * {@code sam local generate-event s3 put}), read into {@link S3Event} by the same serializer the
 * Lambda runtime uses.
 */
public final class S3Events {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Sequencers grow with every event sent from this JVM, as S3's do per key. */
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() << 12);

    private S3Events() {
    }

    public static String nextSequencer() {
        return String.format(Locale.ROOT, "%018X", SEQUENCE.incrementAndGet());
    }

    /** An {@code ObjectCreated:Put} record; {@code key} is the plain key, encoded here as S3 does. */
    public static String createdJson(String bucket, String key, long size, String eTag, String versionId,
                                     String sequencer, Instant time) {
        return createdJson("ObjectCreated:Put", bucket, key, size, eTag, versionId, sequencer, time);
    }

    /** An {@code ObjectCreated:*} record: {@code Put}, {@code Copy} or {@code CompleteMultipartUpload}. */
    public static String createdJson(String eventName, String bucket, String key, long size, String eTag,
                                     String versionId, String sequencer, Instant time) {
        ObjectNode object = JSON.createObjectNode().put("key", encodeKey(key)).put("size", size).put("eTag", eTag);
        if (versionId != null) {
            object.put("versionId", versionId);
        }
        object.put("sequencer", sequencer);
        return recordJson(eventName, bucket, object, time);
    }

    /** An {@code ObjectRemoved:Delete} record (no size nor eTag, as S3 sends it). */
    public static String removedJson(String bucket, String key, String versionId, String sequencer, Instant time) {
        ObjectNode object = JSON.createObjectNode().put("key", encodeKey(key));
        if (versionId != null) {
            object.put("versionId", versionId);
        }
        object.put("sequencer", sequencer);
        return recordJson("ObjectRemoved:Delete", bucket, object, time);
    }

    public static S3Event parse(String json) {
        return LambdaEventSerializers.serializerFor(S3Event.class, S3Events.class.getClassLoader()).fromJson(json);
    }

    /** As keys appear in S3 events: form-encoded UTF-8 (space becomes {@code +}), with {@code /} kept. */
    public static String encodeKey(String key) {
        return Redrive.encodeKey(key);
    }

    private static String recordJson(String eventName, String bucket, ObjectNode object, Instant time) {
        ObjectNode record = JSON.createObjectNode()
                .put("eventVersion", "2.1").put("eventSource", "aws:s3").put("awsRegion", "us-east-1")
                .put("eventTime", time.toString()).put("eventName", eventName);
        record.putObject("userIdentity").put("principalId", "AWS:LOCAL");
        record.putObject("requestParameters").put("sourceIPAddress", "127.0.0.1");
        record.putObject("responseElements").put("x-amz-request-id", "LOCAL" + object.path("sequencer").asText())
                .put("x-amz-id-2", "local");
        ObjectNode s3 = record.putObject("s3").put("s3SchemaVersion", "1.0").put("configurationId", "local");
        s3.putObject("bucket").put("name", bucket).put("arn", "arn:aws:s3:::" + bucket)
                .putObject("ownerIdentity").put("principalId", "LOCAL");
        s3.set("object", object);
        ObjectNode event = JSON.createObjectNode();
        event.putArray("Records").add(record);
        return event.toPrettyString();
    }
}
