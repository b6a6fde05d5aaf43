package io.articleingest.handler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** How the records of one S3 event ended (stored, rejected, deleted, duplicate, superseded, missing…). */
final class IngestSummary {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Integer> counts = new TreeMap<>();

    void count(String outcome) {
        counts.merge(outcome, 1, Integer::sum);
    }

    Map<String, Integer> counts() {
        return Collections.unmodifiableMap(counts);
    }

    /** The function's return value, e.g. {@code {"rejected":1,"stored":2}}. */
    String toJson() {
        try {
            return JSON.writeValueAsString(counts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of counts is always serialisable", e);
        }
    }
}
