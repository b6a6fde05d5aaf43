package io.articleingest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TopicEvalCommandTest {

    @Test
    void printsTotalsForALabelledDirectory() {
        CliRunner.Result r = CliRunner.run("eval-topics", "src/test/resources/topic-eval");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.lastLine().matches("articles=\\d+ topic_primary=[0-9.]+ micro_f1=[0-9.]+ .*threshold=0\\.3"),
                r.lastLine());
    }

    @Test
    void aMissingDirectoryIsAnErrorOfOneLine() {
        CliRunner.Result r = CliRunner.run("eval-topics", "no/such/dir");
        assertEquals(1, r.status());
        assertEquals("eval-topics: not a directory: no/such/dir (--debug for the stack trace)", r.err().strip());
    }

    @Test
    void thresholdMustBeANumber() {
        CliRunner.Result r = CliRunner.run("eval-topics", "--threshold", "high", "src/test/resources/topic-eval");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("eval-topics: --threshold takes a number, got 'high'\nusage: eval-topics"),
                r.err());
    }
}
