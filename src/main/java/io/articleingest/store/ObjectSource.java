package io.articleingest.store;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Where uploaded articles are read from (S3 in the function). Empty means the object is gone. */
public interface ObjectSource {

    /** What a HEAD tells about the current version, without downloading it. */
    record ObjectInfo(long sizeBytes, String versionId, String eTag, String contentType, Map<String, String> metadata,
                      Instant lastModified) {
        public ObjectInfo {
            metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
            eTag = eTag == null ? null : eTag.replace("\"", "");
        }

        /**
         * What identifies this state of the key: every upload changes it (a new version id in a
         * versioned bucket; else a new ETag or modification second), a re-delivered event does
         * not. Stored with the article, so a delivery finds out whether its records already match.
         */
        public String state() {
            return (versionId == null ? "" : versionId) + "|" + (eTag == null ? "" : eTag) + "|"
                    + (lastModified == null ? "" : lastModified.getEpochSecond());
        }
    }

    /** The current version's bytes with the metadata returned alongside them. */
    record StoredObject(ObjectInfo info, byte[] content) {
    }

    /** The current state of the key; empty when there is no object (deleted, or a delete marker). */
    Optional<ObjectInfo> head(String bucket, String key);

    /**
     * The bytes of exactly the state {@code expected} describes (its version, else its ETag);
     * empty when S3 holds another state of the key by now, or none.
     */
    Optional<StoredObject> get(String bucket, String key, ObjectInfo expected);
}
