package io.articleingest.store;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Where uploaded articles are read from (S3 in the function). Empty means the object is gone. */
public interface ObjectSource {

    /** What a HEAD tells about the current version, without downloading it. */
    record ObjectInfo(long sizeBytes, String versionId, String contentType, Map<String, String> metadata,
                      Instant lastModified) {
        public ObjectInfo {
            metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        }
    }

    /** The current version's bytes with the metadata returned alongside them. */
    record StoredObject(ObjectInfo info, byte[] content) {
    }

    Optional<ObjectInfo> head(String bucket, String key);

    Optional<StoredObject> get(String bucket, String key);
}
