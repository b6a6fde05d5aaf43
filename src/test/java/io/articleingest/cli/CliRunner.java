package io.articleingest.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

/** Runs a CLI command in-process and captures what it prints. */
public final class CliRunner {

    public record Result(int status, String out, String err) {
        public String lastLine() {
            String[] lines = out.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    private CliRunner() {
    }

    /** A command of the jar, by name, as {@code java -jar article-ingest.jar COMMAND ARGS…} runs it. */
    public static Result run(String command, String... args) {
        return capture((o, e) -> Main.dispatch(command, args, o, e));
    }

    /** Any command (the local stack's, or one given its own tables), under the shared contract. */
    public static Result run(Command command, String... args) {
        return capture((o, e) -> Commands.run(command, args, o, e));
    }

    public static Result capture(BiFunction<PrintStream, PrintStream, Integer> run) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = run.apply(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
