package io.articleingest.pipeline.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.articleingest.pipeline.ParsedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The classifier on the project's labelled set (written for the project, src/test/resources/topic-eval)
 * and its mixed stories (topic-eval-mixed), and on the shared gold articles (../shared/eval, skipped when
 * that folder is not there).
 */
class TopicEvaluationTest {

    private static final Path LABELLED = Path.of("src/test/resources/topic-eval");
    /** Mixed stories whose words mislead (sport in war words, storms that kill, aid in a war), labelled top-level only. */
    private static final Path MIXED = Path.of("src/test/resources/topic-eval-mixed");
    private static final Path SHARED_GOLD = Path.of("../shared/eval/gold");
    private static final TopicClassifier CLASSIFIER = TopicClassifier.load();

    @Test
    void labelledSetCoversEveryTopLevelTopicAtLeastThreeTimes() throws IOException {
        List<TopicEvaluation.LabelledArticle> set = TopicEvaluation.readDirectory(LABELLED);
        assertTrue(set.size() >= 60, "labelled articles: " + set.size());
        Map<String, Long> perPrimary = set.stream().collect(Collectors.groupingBy(
                a -> a.primaryOptions().iterator().next(), Collectors.counting()));
        for (String code : TopicModelTest.IPTC_TOP_LEVEL.keySet()) {
            assertTrue(perPrimary.getOrDefault(code, 0L) >= 3, code + ": " + perPrimary.get(code));
        }
    }

    @Test
    void primaryTopicAndMultiLabelF1OnTheLabelledSet() throws IOException {
        TopicEvaluation.Summary summary = TopicEvaluation.evaluate(CLASSIFIER, TopicEvaluation.readDirectory(LABELLED),
                CLASSIFIER.assignThreshold());
        String misses = misses(summary);
        assertTrue(summary.primaryAccuracy() >= 0.90, "primary " + summary.primaryAccuracy() + " misses: " + misses);
        assertTrue(summary.microF1() >= 0.80, "micro-F1 " + summary.microF1());
    }

    @Test
    void primaryTopicOnTheMixedStories() throws IOException {
        TopicEvaluation.Summary summary = TopicEvaluation.evaluate(CLASSIFIER, TopicEvaluation.readDirectory(MIXED),
                CLASSIFIER.assignThreshold());
        String misses = misses(summary);
        assertTrue(summary.outcomes().size() >= 30, "mixed stories: " + summary.outcomes().size());
        assertTrue(summary.primaryAccuracy() >= 0.94, "primary " + summary.primaryAccuracy() + " misses: " + misses);
    }

    @Test
    void primaryTopicOfEverySharedGoldArticleIsRequired() throws IOException {
        assumeTrue(Files.isDirectory(SHARED_GOLD), "shared gold not found at " + SHARED_GOLD.toAbsolutePath()
                + ": skipped");
        List<TopicEvaluation.LabelledArticle> gold = TopicEvaluation.readDirectory(SHARED_GOLD);
        assumeTrue(!gold.isEmpty(), "no gold files in " + SHARED_GOLD.toAbsolutePath() + ": skipped");
        TopicEvaluation.Summary summary = TopicEvaluation.evaluate(CLASSIFIER, gold, CLASSIFIER.assignThreshold());
        for (TopicEvaluation.Outcome o : summary.outcomes()) {
            assertTrue(o.primaryCorrect(), o.labelled().name() + ": primary " + o.primary().code()
                    + ", required " + o.labelled().primaryOptions());
        }
    }

    @Test
    void microF1CountsAcceptableTopicsAsNeitherHitNorFalsePositive() {
        var article = new ParsedArticle("text", "Ceasefire talks stall",
                "Mediators said ceasefire talks had stalled as the army shelled the town and the government "
                        + "and opposition parties in parliament argued over the war.", List.of(), null, null, "en");
        var strict = new TopicEvaluation.LabelledArticle("strict", article, Set.of("medtop:16000000"),
                Set.of("medtop:16000000"), Set.of(), true);
        var lenient = new TopicEvaluation.LabelledArticle("lenient", article, Set.of("medtop:16000000"),
                Set.of("medtop:16000000"), Set.of("medtop:11000000"), true);
        TopicEvaluation.Outcome strictOutcome = TopicEvaluation.evaluate(CLASSIFIER, List.of(strict), 0.3).outcomes().get(0);
        TopicEvaluation.Outcome lenientOutcome = TopicEvaluation.evaluate(CLASSIFIER, List.of(lenient), 0.3).outcomes().get(0);
        assertTrue(strictOutcome.assigned().contains("medtop:11000000"), strictOutcome.assigned().toString());
        assertTrue(strictOutcome.extra().contains("medtop:11000000"));
        assertTrue(lenientOutcome.extra().isEmpty(), lenientOutcome.extra().toString());
        assertEquals(1, lenientOutcome.hits());
        assertTrue(strictOutcome.assigned().stream().allMatch(CLASSIFIER::isTopLevel), "gold scores top level only");
    }

    private static String misses(TopicEvaluation.Summary summary) {
        return summary.outcomes().stream().filter(o -> !o.primaryCorrect())
                .map(o -> o.labelled().name() + "→" + o.primary().code()).collect(Collectors.joining(", "));
    }
}
