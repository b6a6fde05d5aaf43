package io.articleingest.pipeline.model;

import java.time.Instant;
import java.util.Map;

/**
 * An uploaded object as the pipeline sees it: bytes plus what the store knows about them.
 * No AWS types, so the CLI, tests and the Lambda handler all feed the pipeline the same way.
 *
 * @param bucket      source bucket, or null for local files
 * @param key         object key (decoded), or the file name
 * @param versionId   S3 version id, or null
 * @param content     the raw bytes
 * @param contentType Content-Type as stored, or null
 * @param metadata    user metadata without the {@code x-amz-meta-} prefix (e.g. {@code published})
 * @param uploadedAt  upload time, the last resort for the publication date; may be null
 */
public record RawDocument(String bucket, String key, String versionId, byte[] content, String contentType,
                          Map<String, String> metadata, Instant uploadedAt) {
    public RawDocument {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    public static RawDocument ofFile(String name, byte[] content) {
        return new RawDocument(null, name, null, content, null, Map.of(), null);
    }
}
