package io.articleingest.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Events built in code look like the sample files (and like S3's), so both exercise the same handler paths. */
class S3EventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void createdEventsHaveTheShapeOfTheSamplePutEvent() throws IOException {
        String json = S3Events.createdJson("article-ingest-local", "a.txt", 10, "etag", "v1", "0A", Instant.now());
        assertEquals(paths(JSON.readTree(Path.of("events/s3-put.json").toFile())), paths(JSON.readTree(json)));
    }

    @Test
    void removedEventsHaveTheShapeOfTheSampleDeleteEvent() throws IOException {
        String json = S3Events.removedJson("article-ingest-local", "a.txt", "v1", "0B", Instant.now());
        assertEquals(paths(JSON.readTree(Path.of("events/s3-delete.json").toFile())), paths(JSON.readTree(json)));
    }

    @Test
    void keysAreEncodedAsS3EncodesThem() {
        String key = "Gaza talks – Café report.md";
        assertEquals("Gaza+talks+%E2%80%93+Caf%C3%A9+report.md", S3Events.encodeKey(key));
        assertEquals("2025/11/a+b.txt", S3Events.encodeKey("2025/11/a b.txt"));
        S3Event sample = EventLoader.loadS3Event("events/s3-put-unicode-key.json");
        assertEquals(key, sample.getRecords().get(0).getS3().getObject().getUrlDecodedKey());
        S3Event built = S3Events.parse(S3Events.createdJson("b", key, 1, "e", null, "0C", Instant.now()));
        assertEquals(key, built.getRecords().get(0).getS3().getObject().getUrlDecodedKey());
    }

    @Test
    void sequencersGrow() {
        String first = S3Events.nextSequencer();
        assertEquals(-1, Integer.signum(first.compareTo(S3Events.nextSequencer())));
    }

    private static Set<String> paths(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        collect(node, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String path, Set<String> paths) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> collect(e.getValue(), path + "/" + e.getKey(), paths));
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, path + "[]", paths));
        } else {
            paths.add(path);
        }
    }
}
