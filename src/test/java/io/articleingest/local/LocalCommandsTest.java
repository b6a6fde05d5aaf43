package io.articleingest.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.cli.CliRunner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The local stack's commands (the stack, invoke, query, audit, load) keep the CLI contract too. */
class LocalCommandsTest {

    private static CliRunner.Result run(String... args) {
        return CliRunner.capture((out, err) -> LocalStack.main(args, out, err));
    }

    @Test
    void helpPrintsTheUsageAndExitsZero() {
        for (List<String> args : List.of(List.of("--help"), List.of("invoke", "--help"), List.of("query", "--help"),
                List.of("audit", "--help"), List.of("load", "--help"))) {
            CliRunner.Result r = run(args.toArray(String[]::new));
            assertEquals(0, r.status(), args.toString());
            String name = args.size() == 1 ? "LocalStack" : args.get(0);
            assertTrue(r.out().startsWith("usage: " + name + " "), r.out());
            assertEquals("", r.err());
        }
    }

    @Test
    void aWrongArgumentIsOneLineAndTheUsage() {
        for (List<String> args : List.of(List.of("--bogus"), List.of("invoke", "--bogus"), List.of("query", "--bogus"),
                List.of("--ddb-port", "eighty"), List.of("--s3-port", "70000"),
                List.of("invoke", "events/s3-put.json", "--env-vars"), List.of("audit", "--bogus"),
                List.of("audit", "--bucket"), List.of("load", "--uploads", "0"), List.of("load", "--bad-percent", "101"),
                List.of("load", "extra"))) {
            CliRunner.Result r = run(args.toArray(String[]::new));
            assertEquals(2, r.status(), args + ": " + r.err());
            List<String> lines = r.err().lines().toList();
            assertTrue(lines.get(1).startsWith("usage: "), r.err());
            assertFalse(r.err().contains("\tat "));
        }
        assertTrue(run("invoke", "events/s3-put.json", "--env-vars").err()
                .startsWith("invoke: --env-vars needs a value (FILE)\n"));
    }

    @Test
    void theStacksUsageListsItsCommands() {
        String usage = run("--help").out();
        for (String command : List.of("invoke", "query", "audit", "load")) {
            assertTrue(usage.contains("\n       LocalStack " + command + " "), usage);
        }
        assertTrue(run("audit", "--help").out().contains("--bucket BUCKET  the articles bucket (default "
                + LocalStack.BUCKET + ")"), "the stack's audit defaults to its bucket");
        assertTrue(run("load", "--bad-percent", "101").err()
                .startsWith("load: --bad-percent takes a whole number from 0 to 100, got '101'\n"));
    }

    @Test
    void aMissingEnvVarsFileIsOneLine() {
        CliRunner.Result r = run("invoke", "events/s3-put.json", "--env-vars", "no/such-env.json");
        assertEquals(1, r.status());
        assertEquals(List.of("invoke: no such file: no/such-env.json (--debug for the stack trace)"),
                r.err().lines().toList());
    }
}
