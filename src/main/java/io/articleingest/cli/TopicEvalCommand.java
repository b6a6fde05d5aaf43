package io.articleingest.cli;

import io.articleingest.pipeline.classify.TopicClassifier;
import io.articleingest.pipeline.classify.TopicEvaluation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code eval-topics [--threshold X] DIR}: runs the topic classifier over a directory of labelled
 * articles (the project's {@code src/test/resources/topic-eval} or the shared gold folder), prints
 * each article the classifier gets wrong, then the totals
 * {@code articles=… topic_primary=… micro_f1=… precision=… recall=… threshold=…}.
 */
public final class TopicEvalCommand {

    private TopicEvalCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path dir = null;
        TopicClassifier classifier = TopicClassifier.load();
        double threshold = classifier.assignThreshold();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--threshold") && i + 1 < args.length) {
                try {
                    threshold = Double.parseDouble(args[++i]);
                } catch (NumberFormatException e) {
                    err.println("eval-topics: --threshold must be a number, got " + args[i]);
                    return 2;
                }
            } else if (dir == null) {
                dir = Path.of(args[i]);
            } else {
                err.println("eval-topics: one directory only (usage: eval-topics [--threshold X] DIR)");
                return 2;
            }
        }
        if (dir == null || !Files.isDirectory(dir)) {
            err.println("eval-topics: not a directory: " + dir + " (usage: eval-topics [--threshold X] DIR)");
            return 2;
        }
        TopicEvaluation.Summary summary;
        try {
            summary = TopicEvaluation.evaluate(classifier, TopicEvaluation.readDirectory(dir), threshold);
        } catch (IOException e) {
            err.println("eval-topics: " + e.getMessage());
            return 1;
        }
        for (TopicEvaluation.Outcome o : summary.outcomes()) {
            String name = o.labelled().name();
            if (!o.primaryCorrect()) {
                out.printf(Locale.ROOT, "%s: primary %s (%.3f), expected %s%n", name,
                        o.primary() == null ? "none" : o.primary().code(),
                        o.primary() == null ? 0.0 : o.primary().score(), String.join("|", o.labelled().primaryOptions()));
            }
            if (!o.missed().isEmpty() || !o.extra().isEmpty()) {
                out.printf(Locale.ROOT, "%s: missed %s extra %s%n", name, o.missed(), o.extra());
            }
        }
        out.printf(Locale.ROOT, "articles=%d topic_primary=%.3f micro_f1=%.3f precision=%.3f recall=%.3f threshold=%s%n",
                summary.articles(), summary.primaryAccuracy(), summary.microF1(), summary.precision(),
                summary.recall(), summary.threshold());
        out.flush();
        return 0;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }
}
