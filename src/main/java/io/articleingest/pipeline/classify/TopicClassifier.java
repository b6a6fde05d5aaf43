package io.articleingest.pipeline.classify;

import io.articleingest.pipeline.ParsedArticle;
import io.articleingest.pipeline.model.ContextEvidence;
import io.articleingest.pipeline.model.Topic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assigns IPTC Media Topics to an article from the weighted term lists of {@code knowledge/topics.yaml}.
 *
 * <p>Scoring: the title and body are tokenised once and matched against the terms (longest term
 * first). Each distinct term contributes {@code weight × (1 + ln occurrences)} to its topic and to
 * every ancestor of it, where a headline occurrence counts {@code titleWeight} times; the log keeps
 * one word repeated thirty times from outvoting a topic's varied vocabulary. The strongest top-level
 * topic sets the article's confidence {@code 1 − exp(−evidence / saturation)}; every topic scores
 * that confidence times its share of the strongest topic's evidence. So the primary topic scores
 * the confidence, the others their relative weight, all in 0…1, and a sub-topic never outscores
 * its parent, whose evidence includes the sub-topic's.
 */
public final class TopicClassifier {

    private final TopicModel model;

    TopicClassifier(TopicModel model) {
        this.model = model;
    }

    /** The classifier with the bundled knowledge file; load once and share, it is immutable. */
    public static TopicClassifier load() {
        return new TopicClassifier(TopicModel.loadBundled());
    }

    /** Score at or above which a topic counts as assigned to the article (used by evaluation). */
    public double assignThreshold() {
        return model.settings().assignThreshold();
    }

    /** Whether the code is one of the top-level topics (not a sub-topic, not unknown). */
    public boolean isTopLevel(String code) {
        return model.topics().stream().anyMatch(t -> t.isTopLevel() && t.code().equals(code));
    }

    /**
     * All top-level topics and the sub-topics that reach the reporting minimum, highest score first
     * (on equal scores a parent comes before its sub-topic), each with its strongest terms as evidence.
     */
    public List<Topic> classify(ParsedArticle article) {
        Map<String, TermCount> counts = new HashMap<>();
        WeightedTerms.MatchSink count = (key, entries, occurrence) ->
                counts.computeIfAbsent(key, k -> new TermCount(entries)).occurrences += occurrence;
        WeightedTerms lexicon = model.topicTerms();
        if (article.body() != null) {
            lexicon.match(TermTokenizer.tokens(article.body()), 1.0, count);
        }
        if (article.title() != null) {
            lexicon.match(TermTokenizer.tokens(article.title()), model.settings().titleWeight(), count);
        }

        List<TopicModel.TopicDefinition> topics = model.topics();
        double[] evidence = new double[topics.size()];
        List<List<TermContribution>> carriers = new ArrayList<>(topics.size());
        for (int i = 0; i < topics.size(); i++) {
            carriers.add(new ArrayList<>());
        }
        for (TermCount term : counts.values()) {
            double frequency = 1 + Math.log(Math.max(1.0, term.occurrences));
            for (WeightedTerms.Entry e : term.entries) {
                TermContribution contribution = new TermContribution(e.term(), e.weight() * frequency);
                evidence[e.target()] += contribution.amount();
                carriers.get(e.target()).add(contribution);
                for (int ancestor : topics.get(e.target()).ancestors()) {
                    evidence[ancestor] += contribution.amount();
                    carriers.get(ancestor).add(contribution);
                }
            }
        }

        double strongest = 0;
        for (TopicModel.TopicDefinition t : topics) {
            if (t.isTopLevel()) {
                strongest = Math.max(strongest, evidence[t.index()]);
            }
        }
        double confidence = 1 - Math.exp(-strongest / model.settings().saturation());
        double[] score = new double[topics.size()];
        for (TopicModel.TopicDefinition t : topics) {
            score[t.index()] = strongest == 0 ? 0 : round3(confidence * evidence[t.index()] / strongest);
        }
        // evidence of a sub-topic is part of its parent's, so this only guards against rounding
        for (TopicModel.TopicDefinition t : topics) {
            for (int ancestor : t.ancestors()) {
                score[t.index()] = Math.min(score[t.index()], score[ancestor]);
            }
        }

        List<TopicModel.TopicDefinition> reported = new ArrayList<>();
        for (TopicModel.TopicDefinition t : topics) {
            if (t.isTopLevel() || score[t.index()] >= model.settings().subtopicMinimum()) {
                reported.add(t);
            }
        }
        reported.sort(Comparator.comparingDouble((TopicModel.TopicDefinition t) -> -score[t.index()])
                .thenComparingInt(t -> t.ancestors().length));
        return reported.stream()
                .map(t -> new Topic(t.code(), t.label(), score[t.index()], strongestTerms(carriers.get(t.index()))))
                .toList();
    }

    /**
     * The terms of the body that point to PLOVER contexts (military, diplomatic, human_security…),
     * with their offsets: the extractor gives each event the contexts of its sentence from these.
     */
    public ContextEvidence contextEvidence(ParsedArticle article) {
        List<ContextEvidence.Cue> cues = new ArrayList<>();
        String body = article.body() == null ? "" : article.body();
        List<int[]> offsets = new ArrayList<>();
        List<String> tokens = TermTokenizer.tokens(body, offsets);
        model.topicTerms().match(tokens, (first, length, key, entries) -> {
            for (WeightedTerms.Entry e : entries) {
                for (int context : model.topics().get(e.target()).contexts()) {
                    cues.add(new ContextEvidence.Cue(offsets.get(first)[0], offsets.get(first + length - 1)[1], context,
                            e.weight()));
                }
            }
        });
        model.contextTerms().match(tokens, (first, length, key, entries) -> {
            for (WeightedTerms.Entry e : entries) {
                cues.add(new ContextEvidence.Cue(offsets.get(first)[0], offsets.get(first + length - 1)[1], e.target(),
                        e.weight()));
            }
        });
        return new ContextEvidence(model.contextNames(), cues, model.settings().contextMinimum());
    }

    private List<String> strongestTerms(List<TermContribution> contributions) {
        Map<String, Double> byTerm = new HashMap<>();
        for (TermContribution c : contributions) {
            byTerm.merge(c.term(), c.amount(), Double::sum);
        }
        return byTerm.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(model.settings().evidenceTerms())
                .map(Map.Entry::getKey)
                .toList();
    }

    private static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** How often a term occurred in the article (headline occurrences weighted) and what it counts for. */
    private static final class TermCount {
        final List<WeightedTerms.Entry> entries;
        double occurrences;

        TermCount(List<WeightedTerms.Entry> entries) {
            this.entries = entries;
        }
    }

    private record TermContribution(String term, double amount) {
    }
}
