package io.articleingest.store;

import io.articleingest.pipeline.model.ExtractionResult;

/**
 * Where extraction results are kept, idempotently and in S3 event order: each call carries the
 * sequencer of the S3 event behind it, and an older event never overrides a newer one.
 */
public interface ExtractionStore {

    enum Outcome {
        /** The article and its events were written (replacing an older version of the key). */
        STORED,
        /** The article's records and index items were removed. */
        DELETED,
        /** This very event was already stored completely: nothing changed. */
        DUPLICATE,
        /** A newer event for the key is already stored: nothing changed. */
        SUPERSEDED
    }

    Outcome save(ExtractionResult result, String sequencer);

    Outcome delete(String bucket, String key, String sequencer);
}
