package io.articleingest.cli;

import java.io.PrintStream;
import java.util.Arrays;

/** Entry point of the deployment jar: {@code java -jar article-ingest.jar COMMAND …}. */
public final class Main {

    private static final String USAGE = """
            usage: java -jar article-ingest.jar COMMAND [OPTIONS]
              extract [--published YYYY-MM-DD] FILE...   run the pipeline on local files, print JSON Lines
              eval GOLD_DIR ARTICLES_DIR [--per-article] [--json] [--floor f1=0.8,…]
                                                    extract and score against gold events (score.py's metric)
              eval --results RESULTS.jsonl GOLD_DIR     score an existing results file
              eval-topics [--threshold X] DIR            IPTC topic accuracy and micro-F1 on labelled articles
              bench [--iterations N] FILE...            dictionary load time and warm ms per article
              query events|articles …                    stored events and articles, by index (see query --help)
              audit --bucket B [--deep] [--repair]        objects without up-to-date records, records without objects
            """;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        // the AWS SDK brings the SLF4J API without a logger: its "no providers" notice is noise here
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        if (args.length == 0) {
            System.err.print(USAGE);
            System.exit(2);
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        int status;
        try {
            status = dispatch(args[0], rest, System.out, System.err);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            System.err.println(args[0] + ": " + e.getMessage()); // a usage or configuration problem: one line
            status = 2;
        }
        System.exit(status);
    }

    /** Runs one command; its exit status is returned, not exited with (tests call this). */
    public static int dispatch(String command, String[] rest, PrintStream out, PrintStream err) throws Exception {
        return switch (command) {
            case "extract" -> ExtractCommand.run(rest, out, err);
            case "eval" -> EvalCommand.run(rest, out, err);
            case "eval-topics" -> TopicEvalCommand.run(rest, out, err);
            case "bench" -> BenchCommand.run(rest, out, err);
            case "query" -> QueryCommand.run(rest, out, err);
            case "audit" -> AuditCommand.run(rest, out, err);
            case "help", "--help", "-h" -> {
                out.print(USAGE);
                yield 0;
            }
            default -> {
                err.println("unknown command: " + command);
                err.print(USAGE);
                yield 2;
            }
        };
    }
}
