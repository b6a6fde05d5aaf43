package io.articleingest.pipeline.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articleingest.pipeline.ArticleParser;
import io.articleingest.pipeline.ParsedArticle;
import io.articleingest.pipeline.RejectedDocumentException;
import io.articleingest.pipeline.model.RawDocument;
import io.articleingest.pipeline.model.Topic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Measures the classifier on labelled articles: primary-topic accuracy (the highest-scoring topic
 * is an acceptable primary, as the reference scorer counts {@code topic_primary}) and multi-label
 * micro-F1, where a topic is assigned when its score reaches the threshold (by default the
 * knowledge file's {@code assignThreshold}, 0.3).
 *
 * <p>Two file formats are read from one directory:
 * <ul>
 *   <li>the project's labelled set: {@code {"title", "body", "primary", "topics": [...]}}, where
 *       {@code topics} lists every correct code, top-level and second-level;</li>
 *   <li>the shared gold ({@code ../shared/eval/gold}): {@code {"article": FILE, "topics":
 *       {"required": [...], "acceptable": [...]}}} with the text in {@code ../articles/FILE}. Gold
 *       labels only top-level topics, so there only top-level assignments are scored; any required
 *       topic is an acceptable primary, and an assigned acceptable topic is neither a hit nor a
 *       false positive.</li>
 * </ul>
 */
public final class TopicEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param primaryOptions codes any one of which is a correct primary topic
     * @param required       codes that should be assigned
     * @param acceptable     codes that may be assigned without counting as false positives
     * @param topLevelOnly   the labels name top-level topics only, so sub-topics are not scored
     */
    public record LabelledArticle(String name, ParsedArticle article, Set<String> primaryOptions,
                                  Set<String> required, Set<String> acceptable, boolean topLevelOnly) {
    }

    /** What the classifier made of one labelled article. */
    public record Outcome(LabelledArticle labelled, Topic primary, Set<String> assigned, Set<String> missed,
                          Set<String> extra) {
        public boolean primaryCorrect() {
            return primary != null && labelled.primaryOptions().contains(primary.code());
        }

        public int hits() {
            return assigned.size() - extra.size() - (int) assigned.stream()
                    .filter(c -> labelled.acceptable().contains(c) && !labelled.required().contains(c)).count();
        }
    }

    public record Summary(List<Outcome> outcomes, double threshold) {
        public int articles() {
            return outcomes.size();
        }

        public double primaryAccuracy() {
            return outcomes.isEmpty() ? 0 : outcomes.stream().filter(Outcome::primaryCorrect).count()
                    / (double) outcomes.size();
        }

        public double precision() {
            int hits = outcomes.stream().mapToInt(Outcome::hits).sum();
            int extras = outcomes.stream().mapToInt(o -> o.extra().size()).sum();
            return hits + extras == 0 ? 0 : hits / (double) (hits + extras);
        }

        public double recall() {
            int hits = outcomes.stream().mapToInt(Outcome::hits).sum();
            int missed = outcomes.stream().mapToInt(o -> o.missed().size()).sum();
            return hits + missed == 0 ? 0 : hits / (double) (hits + missed);
        }

        /** Micro-averaged F1 over all (article, topic) decisions. */
        public double microF1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private TopicEvaluation() {
    }

    public static Summary evaluate(TopicClassifier classifier, List<LabelledArticle> set, double threshold) {
        List<Outcome> outcomes = new ArrayList<>(set.size());
        for (LabelledArticle labelled : set) {
            List<Topic> topics = classifier.classify(labelled.article());
            Set<String> assigned = new TreeSet<>();
            for (Topic t : topics) {
                if (t.score() >= threshold && (!labelled.topLevelOnly() || classifier.isTopLevel(t.code()))) {
                    assigned.add(t.code());
                }
            }
            Set<String> missed = new TreeSet<>(labelled.required());
            missed.removeAll(assigned);
            Set<String> extra = new TreeSet<>(assigned);
            extra.removeAll(labelled.required());
            extra.removeAll(labelled.acceptable());
            outcomes.add(new Outcome(labelled, topics.isEmpty() ? null : topics.get(0), assigned, missed, extra));
        }
        return new Summary(outcomes, threshold);
    }

    /** Every {@code *.json} in the directory, in name order, in either of the two formats. */
    public static List<LabelledArticle> readDirectory(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        ArticleParser parser = new ArticleParser();
        List<LabelledArticle> set = new ArrayList<>(files.size());
        for (Path file : files) {
            set.add(read(file, parser));
        }
        return set;
    }

    private static LabelledArticle read(Path file, ArticleParser parser) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        JsonNode root = JSON.readTree(bytes);
        String name = file.getFileName().toString();
        try {
            if (root.path("topics").isObject() && root.hasNonNull("article")) {
                Path text = file.getParent().resolveSibling("articles").resolve(root.get("article").asText());
                ParsedArticle article = parser.parse(RawDocument.ofFile(text.getFileName().toString(),
                        Files.readAllBytes(text)));
                Set<String> required = codes(root.path("topics").path("required"));
                return new LabelledArticle(name, article, required, required,
                        codes(root.path("topics").path("acceptable")), true);
            }
            if (!root.hasNonNull("primary")) {
                throw new IOException(file + ": neither a labelled article (primary, topics) nor a gold file");
            }
            ParsedArticle article = parser.parse(RawDocument.ofFile(name, bytes));
            Set<String> topics = codes(root.path("topics"));
            topics.add(root.get("primary").asText());
            return new LabelledArticle(name, article, Set.of(root.get("primary").asText()), topics, Set.of(), false);
        } catch (RejectedDocumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    private static Set<String> codes(JsonNode array) {
        Set<String> codes = new LinkedHashSet<>();
        array.forEach(code -> codes.add(code.asText()));
        return codes;
    }
}
