package io.articleingest.cli;

import io.articleingest.pipeline.ParsedArticle;
import io.articleingest.pipeline.classify.TopicClassifier;
import io.articleingest.pipeline.classify.TopicEvaluation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code TopicBench [--iterations N] DIR}: warm classification time of the topic classifier over a
 * directory of labelled articles (as read by {@code eval-topics}), and over 5 KB articles made by
 * joining those bodies, since the target is stated per 5 KB. Prints figures, asserts nothing.
 *
 * <pre>java -cp target/classes:… io.articleingest.cli.TopicBench --iterations 200 src/test/resources/topic-eval</pre>
 */
public final class TopicBench implements Command {

    private static final int FIVE_KB = 5 * 1024;
    private static final CommandSpec SPEC = CommandSpec.of("TopicBench",
                    "Warm classification time of the topic classifier, per article as labelled and per 5 KB.")
            .synopsis("[--iterations N] DIR")
            .option("--iterations", "N", "timed passes (default 200)")
            .operands(1, 1, "DIR");

    public static void main(String[] args) {
        System.exit(Commands.run(new TopicBench(), args, System.out, System.err));
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws IOException {
        int iterations = args.positiveInt("--iterations", 200);
        Path dir = args.operandPaths().get(0);
        List<ParsedArticle> articles = new ArrayList<>();
        for (TopicEvaluation.LabelledArticle labelled : TopicEvaluation.readDirectory(dir)) {
            articles.add(labelled.article());
        }
        if (articles.isEmpty()) {
            err.println("TopicBench: no labelled articles in " + dir);
            return 1;
        }
        TopicClassifier classifier = TopicClassifier.load();
        report(out, "as labelled", classifier, articles, iterations);
        report(out, "joined to 5 KB", classifier, joinedToFiveKb(articles), iterations);
        return 0;
    }

    private static void report(PrintStream out, String name, TopicClassifier classifier, List<ParsedArticle> articles,
                               int iterations) {
        long bytes = 0;
        for (ParsedArticle a : articles) {
            bytes += a.body().getBytes(StandardCharsets.UTF_8).length;
        }
        // warm-up: let the JIT compile the tokeniser and matcher before anything is timed
        int sink = 0;
        for (int i = 0; i < Math.max(20, iterations / 4); i++) {
            for (ParsedArticle a : articles) {
                sink += classifier.classify(a).size();
            }
        }
        long start = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            for (ParsedArticle a : articles) {
                sink += classifier.classify(a).size();
            }
        }
        double msPerArticle = (System.nanoTime() - start) / 1e6 / ((double) iterations * articles.size());
        out.printf(Locale.ROOT, "%s: %d articles, %.1f KB average, %d iterations: %.4f ms/article (%d topics seen)%n",
                name, articles.size(), bytes / 1024.0 / articles.size(), iterations, msPerArticle, sink);
    }

    private static List<ParsedArticle> joinedToFiveKb(List<ParsedArticle> articles) {
        List<ParsedArticle> joined = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        String title = null;
        for (ParsedArticle a : articles) {
            title = title == null ? a.title() : title;
            body.append(a.body()).append('\n');
            if (body.length() >= FIVE_KB) {
                joined.add(new ParsedArticle("text", title, body.toString(), List.of(), null, null, "en"));
                body.setLength(0);
                title = null;
            }
        }
        return joined;
    }
}
