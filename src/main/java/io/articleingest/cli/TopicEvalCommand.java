package io.articleingest.cli;

import io.articleingest.pipeline.classify.TopicClassifier;
import io.articleingest.pipeline.classify.TopicEvaluation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code eval-topics [--threshold X] DIR}: runs the topic classifier over a directory of labelled
 * articles (the project's {@code src/test/resources/topic-eval} or the shared gold folder), prints
 * each article the classifier gets wrong, then the totals
 * {@code articles=… topic_primary=… micro_f1=… precision=… recall=… threshold=…}.
 */
public final class TopicEvalCommand implements Command {

    private static final CommandSpec SPEC = CommandSpec.of("eval-topics",
                    "IPTC topic accuracy and micro-F1 of the classifier on a directory of labelled articles.")
            .synopsis("[--threshold X] DIR")
            .option("--threshold", "X", "score from which a topic counts as assigned (default: topics.yaml's)")
            .operands(1, 1, "DIR");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws IOException {
        Optional<Double> givenThreshold = args.value("--threshold", "a number", Double::parseDouble);
        Path dir = args.operandPaths().get(0);
        if (!Files.isDirectory(dir)) {
            throw new IOException("not a directory: " + dir);
        }
        TopicClassifier classifier = TopicClassifier.load();
        double threshold = givenThreshold.orElse(classifier.assignThreshold());
        TopicEvaluation.Summary summary = TopicEvaluation.evaluate(classifier, TopicEvaluation.readDirectory(dir),
                threshold);
        if (summary.articles() == 0) {
            err.println("eval-topics: no labelled articles (*.json) in " + dir);
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
}
