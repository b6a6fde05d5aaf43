package io.articleingest.store;

import io.articleingest.pipeline.model.ExtractionResult;
import java.time.Instant;
import java.util.Optional;

/**
 * Where extraction results are kept, matching what S3 holds: each article remembers the state of
 * its object ({@link ObjectSource.ObjectInfo#state()}) it was written for. Writes of one article
 * happen under its {@link Lease}, so two deliveries never interleave their items; the caller
 * checks S3 again once it holds the lease and writes only what S3 holds then.
 */
public interface ExtractionStore {

    enum Outcome {
        /** The article and its events were written (replacing what was stored for the key). */
        STORED,
        /** The article's records and index items were removed. */
        DELETED,
        /** The records already match this state of the object: nothing changed. */
        UNCHANGED
    }

    /**
     * What is stored for a key.
     *
     * @param objectState the object state the records were written for
     * @param complete    false when a write stopped half-way (a crash): the records must be rewritten
     */
    record StoredState(String objectState, boolean complete) {

        /** The records were written in full for this very state of the object. */
        public boolean describes(ObjectSource.ObjectInfo object) {
            return complete && objectState.equals(object.state());
        }
    }

    /** Exclusive right to write one article's records, until closed or until it expires. */
    interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    /** Thrown when another delivery holds the lease for longer than the caller can wait: retry later. */
    final class LeaseBusyException extends RuntimeException {
        public LeaseBusyException(String message) {
            super(message);
        }
    }

    /** Empty when nothing is stored for the key. */
    Optional<StoredState> stored(String bucket, String key);

    /**
     * Takes the key's lease, waiting for another holder until {@code waitUntil}.
     *
     * @param expiresAt when the lease lapses if never released: the holder's own deadline (its
     *                  function timeout), after which it cannot be writing any more
     * @throws LeaseBusyException when the lease is still held at {@code waitUntil}
     */
    Lease lease(String bucket, String key, Instant expiresAt, Instant waitUntil);

    /** Writes the article and its events for an object state, replacing what was stored; call under the lease. */
    Outcome save(ExtractionResult result, ObjectSource.ObjectInfo object, String sequencer);

    /** Removes every record of the key; call under the lease. */
    Outcome delete(String bucket, String key);

    /**
     * Marks the key's records as not to be trusted (an audit found them damaged), so that the next
     * delivery rewrites them even though they name the object's current state.
     */
    void markStale(String bucket, String key);
}
