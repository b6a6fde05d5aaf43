package io.articleingest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every command of the jar keeps the contract: --help prints its usage and exits 0; a wrong
 * argument prints one line and the usage and exits 2; an error prints one line and exits 1,
 * with the stack trace only under --debug.
 */
class CommandContractTest {

    private static void assertUsageError(CliRunner.Result r, String command, String firstLine) {
        assertEquals(2, r.status(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(command + ": " + firstLine, lines.get(0));
        assertTrue(lines.get(1).startsWith("usage: " + command + " "), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    private static void assertOneLineError(CliRunner.Result r, String command, String contains) {
        assertEquals(1, r.status(), r.out() + r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith(command + ": ") && lines.get(0).contains(contains), lines.get(0));
    }

    @Test
    void everyCommandPrintsItsUsageForHelpAndRefusesAnUnknownOption() {
        assertFalse(Main.commands().isEmpty());
        for (String command : Main.commands().keySet()) {
            CliRunner.Result help = CliRunner.run(command, "--help");
            assertEquals(0, help.status(), command);
            assertTrue(help.out().startsWith("usage: " + command + " "), help.out());
            assertTrue(help.out().contains("--help") && help.out().contains("--debug"), help.out());
            assertEquals("", help.err(), command);
            assertUsageError(CliRunner.run(command, "--bogus"), command, "unknown option --bogus");
        }
    }

    @Test
    void theTopLevelListsEveryCommand() {
        CliRunner.Result help = CliRunner.run("--help");
        assertEquals(0, help.status());
        Main.commands().keySet().forEach(c -> assertTrue(help.out().contains("\n  " + c + " "), c));
        CliRunner.Result unknown = CliRunner.run("frobnicate");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().startsWith("unknown command: frobnicate\nusage: "), unknown.err());
    }

    @Test
    void wrongArgumentsAreOneLineAndTheUsage() {
        assertUsageError(CliRunner.run("bench", "--iterations", "0", "samples/airstrike-khan-yunis.txt"), "bench",
                "--iterations takes a whole number of at least 1, got '0'");
        assertUsageError(CliRunner.run("bench"), "bench", "missing FILE...");
        assertUsageError(CliRunner.run("extract", "--published", "2025-11", "x.txt"), "extract",
                "--published takes a date YYYY-MM-DD, got '2025-11'");
        assertUsageError(CliRunner.run("extract", "--published"), "extract", "--published needs a value (YYYY-MM-DD)");
        assertUsageError(CliRunner.run("eval", "src/test/resources/eval-fixture/gold"), "eval",
                "missing ARTICLES_DIR (or --results RESULTS.jsonl)");
        assertUsageError(CliRunner.run("eval", "a", "b", "--floor", "f1"), "eval",
                "--floor takes NAME=X pairs separated by commas, got 'f1'");
        assertUsageError(CliRunner.run("eval-topics", "a", "b"), "eval-topics", "unexpected argument b");
        assertUsageError(CliRunner.run("query", "events", "--from", "2025-11-31"), "query",
                "--from takes a date YYYY-MM-DD (or YYYY-MM, YYYY), got '2025-11-31'");
    }

    @Test
    void errorsAreOneLineWithTheStackTraceOnlyUnderDebug() {
        assertOneLineError(CliRunner.run("bench", "no-such-file.txt"), "bench", "no such file: no-such-file.txt");
        assertOneLineError(CliRunner.run("eval", "no/gold", "samples"), "eval", "no such directory: no/gold");
        assertOneLineError(CliRunner.run("eval", "src", "samples"), "eval", "no gold files");
        assertOneLineError(CliRunner.run("eval", "src/test/resources/eval-fixture/gold", "samples"), "eval",
                "none of the 3 gold articles");
        assertOneLineError(CliRunner.run("eval-topics", "samples/airstrike-khan-yunis.txt"), "eval-topics",
                "not a directory");
        CliRunner.Result debug = CliRunner.run("bench", "--debug", "no-such-file.txt");
        assertEquals(1, debug.status());
        assertTrue(debug.err().startsWith("bench: no such file: no-such-file.txt\n"), debug.err());
        assertTrue(debug.err().contains("\tat "), "--debug prints the stack trace");
    }

    @Test
    void extractKeepsGoingPastAnUnreadableFile() {
        CliRunner.Result r = CliRunner.run("extract", "no-such-file.txt", "samples/football-derby.md");
        assertEquals(1, r.status());
        assertEquals(1, r.out().lines().count(), "the readable file is still extracted");
        assertTrue(r.err().startsWith("extract: cannot read no-such-file.txt"), r.err());
    }
}
