package io.articleingest.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The contract every command keeps: {@code --help} prints the usage on stdout and exits 0; a
 * wrong argument prints one line and the usage on stderr and exits 2; any other error prints one
 * line on stderr and exits 1 — with the stack trace only under {@code --debug}.
 */
public final class Commands {

    private Commands() {
    }

    public static int run(Command command, String[] args, PrintStream out, PrintStream err) {
        CommandSpec spec = command.spec();
        List<String> rest = new ArrayList<>(List.of(args));
        boolean debug = rest.remove(CommandSpec.DEBUG);
        int end = rest.indexOf("--");
        List<String> options = end < 0 ? rest : rest.subList(0, end);
        if (options.contains(CommandSpec.HELP) || options.contains("-h")) {
            out.print(spec.usage());
            out.flush();
            return 0;
        }
        try {
            int status = command.run(spec.parse(rest.toArray(String[]::new)), out, err);
            out.flush();
            return status;
        } catch (UsageException e) {
            out.flush();
            err.println(spec.name() + ": " + e.getMessage());
            err.print(spec.usage());
            return 2;
        } catch (Exception | LinkageError e) {
            out.flush();
            err.println(spec.name() + ": " + oneLine(e) + (debug ? "" : " (--debug for the stack trace)"));
            if (debug) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    /** What went wrong, on one line, in the terms a user can act on. */
    static String oneLine(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String message;
        if (cause instanceof NoSuchFileException f) {
            message = "no such file: " + f.getFile();
        } else if (cause instanceof AccessDeniedException f) {
            message = "permission denied: " + f.getFile();
        } else if (cause instanceof SdkClientException && String.valueOf(cause.getMessage()).contains("region")) {
            message = "no AWS region: set AWS_REGION (or AWS_DEFAULT_REGION), e.g. AWS_REGION=us-east-1";
        } else if (cause instanceof SdkClientException && String.valueOf(cause.getMessage())
                .contains("Unable to execute HTTP request")) {
            message = firstLine(cause.getMessage()) + " (is the local stack running, on this port?)";
        } else {
            message = cause.getMessage() == null || cause.getMessage().isBlank() ? cause.getClass().getSimpleName()
                    : firstLine(cause.getMessage());
        }
        return message;
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("");
    }
}
