package io.articleingest.pipeline.classify;

import com.fasterxml.jackson.databind.JsonNode;
import io.articleingest.pipeline.knowledge.BundledKnowledge;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The classifier's knowledge, read once from {@code knowledge/topics.yaml}: the topics with their
 * place in the IPTC tree, their weighted terms, and the PLOVER contexts terms point to. Mistakes
 * in the file (unknown parent, a term listed under a topic and again under its ancestor, which
 * would count it twice) stop the load with a message naming the entry.
 */
final class TopicModel {

    static final String BUNDLED = "topics";

    /**
     * @param index     position in {@link #topics()}
     * @param parent    index of the parent topic, -1 for a top-level topic
     * @param ancestors indexes of the parent, its parent and so on
     * @param contexts  indexes into {@link #contextNames()}
     */
    record TopicDefinition(int index, String code, String label, int parent, int[] ancestors, int[] contexts) {
        boolean isTopLevel() {
            return parent < 0;
        }
    }

    /** The tunable numbers of the file's {@code settings:} block; see the file for their meaning. */
    record Settings(double titleWeight, double saturation, double assignThreshold, double subtopicMinimum,
                    double contextMinimum, int evidenceTerms) {
    }

    private final List<TopicDefinition> topics;
    private final List<String> contextNames;
    private final WeightedTerms topicTerms;
    private final WeightedTerms contextTerms;
    private final Settings settings;

    private TopicModel(List<TopicDefinition> topics, List<String> contextNames, WeightedTerms topicTerms,
                       WeightedTerms contextTerms, Settings settings) {
        this.topics = topics;
        this.contextNames = contextNames;
        this.topicTerms = topicTerms;
        this.contextTerms = contextTerms;
        this.settings = settings;
    }

    static TopicModel loadBundled() {
        return read(BundledKnowledge.read(BUNDLED));
    }

    static TopicModel read(JsonNode root) {
        JsonNode s = root.path("settings");
        Settings settings = new Settings(s.path("titleWeight").asDouble(3.0), s.path("saturation").asDouble(4.0),
                s.path("assignThreshold").asDouble(0.3), s.path("subtopicMinimum").asDouble(0.1),
                s.path("contextMinimum").asDouble(1.5), s.path("evidenceTerms").asInt(5));

        Map<String, Integer> contextIndex = new LinkedHashMap<>();
        Map<String, Integer> topicIndex = new LinkedHashMap<>();
        for (JsonNode t : root.path("topics")) {
            String code = text(t, "code");
            if (topicIndex.putIfAbsent(code, topicIndex.size()) != null) {
                throw new IllegalStateException("topic listed twice: " + code);
            }
        }
        List<TopicDefinition> topics = new ArrayList<>();
        for (JsonNode t : root.path("topics")) {
            String code = text(t, "code");
            int parent = -1;
            if (t.hasNonNull("parent")) {
                Integer p = topicIndex.get(t.get("parent").asText());
                if (p == null) {
                    throw new IllegalStateException(code + ": unknown parent " + t.get("parent").asText());
                }
                parent = p;
            }
            int[] contexts = new int[t.path("contexts").size()];
            for (int i = 0; i < contexts.length; i++) {
                contexts[i] = contextIndex.computeIfAbsent(t.path("contexts").get(i).asText(), k -> contextIndex.size());
            }
            topics.add(new TopicDefinition(topics.size(), code, text(t, "label"), parent, null, contexts));
        }
        topics = withAncestors(topics);

        WeightedTerms topicTerms = new WeightedTerms();
        int index = 0;
        for (JsonNode t : root.path("topics")) {
            addWeightedTerms(topicTerms, t.path("terms"), index++);
        }
        checkNoTermUnderAncestor(topics, topicTerms);

        WeightedTerms contextTerms = new WeightedTerms();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("contexts").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> context = it.next();
            int c = contextIndex.computeIfAbsent(context.getKey(), k -> contextIndex.size());
            addWeightedTerms(contextTerms, context.getValue(), c);
        }
        return new TopicModel(List.copyOf(topics), List.copyOf(contextIndex.keySet()), topicTerms, contextTerms,
                settings);
    }

    /** Reads a {@code {weight: [term, …], …}} block. */
    private static void addWeightedTerms(WeightedTerms lexicon, JsonNode byWeight, int target) {
        for (Iterator<Map.Entry<String, JsonNode>> it = byWeight.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> group = it.next();
            double weight;
            try {
                weight = Double.parseDouble(group.getKey());
            } catch (NumberFormatException e) {
                throw new IllegalStateException("term group key must be a weight, got '" + group.getKey() + "'");
            }
            for (JsonNode term : group.getValue()) {
                lexicon.add(term.asText(), target, weight);
            }
        }
    }

    private static List<TopicDefinition> withAncestors(List<TopicDefinition> topics) {
        List<TopicDefinition> out = new ArrayList<>(topics.size());
        for (TopicDefinition t : topics) {
            List<Integer> chain = new ArrayList<>();
            for (int p = t.parent(); p >= 0; p = topics.get(p).parent()) {
                if (chain.contains(p) || chain.size() > topics.size()) {
                    throw new IllegalStateException(t.code() + ": its parents form a cycle");
                }
                chain.add(p);
            }
            out.add(new TopicDefinition(t.index(), t.code(), t.label(), t.parent(),
                    chain.stream().mapToInt(Integer::intValue).toArray(), t.contexts()));
        }
        return out;
    }

    /** A sub-topic's terms already count for its ancestors: listing one under both would count it twice. */
    private static void checkNoTermUnderAncestor(List<TopicDefinition> topics, WeightedTerms terms) {
        List<String> problems = new ArrayList<>();
        for (var byKey : terms.entries().entrySet()) {
            for (WeightedTerms.Entry e : byKey.getValue()) {
                for (int ancestor : topics.get(e.target()).ancestors()) {
                    for (WeightedTerms.Entry other : byKey.getValue()) {
                        if (other.target() == ancestor) {
                            problems.add("'" + e.term() + "' under " + topics.get(e.target()).code()
                                    + " and its ancestor " + topics.get(ancestor).code());
                        }
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("terms listed twice on one branch: " + String.join("; ", problems));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.asText().isBlank()) {
            throw new IllegalStateException("topic entry without " + field + ": " + node);
        }
        return value.asText();
    }

    List<TopicDefinition> topics() {
        return topics;
    }

    List<String> contextNames() {
        return contextNames;
    }

    WeightedTerms topicTerms() {
        return topicTerms;
    }

    WeightedTerms contextTerms() {
        return contextTerms;
    }

    Settings settings() {
        return settings;
    }
}
