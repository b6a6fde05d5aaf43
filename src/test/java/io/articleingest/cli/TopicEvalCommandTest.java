package io.articleingest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TopicEvalCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return TopicEvalCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsTotalsForALabelledDirectory() {
        assertEquals(0, run("src/test/resources/topic-eval"));
        String last = out.toString(StandardCharsets.UTF_8).strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.matches("articles=\\d+ topic_primary=[0-9.]+ micro_f1=[0-9.]+ .*threshold=0\\.3"), last);
    }

    @Test
    void missingDirectoryIsAUsageError() {
        assertEquals(2, run("no/such/dir"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not a directory"));
    }

    @Test
    void thresholdMustBeANumber() {
        assertEquals(2, run("--threshold", "high", "src/test/resources/topic-eval"));
    }
}
