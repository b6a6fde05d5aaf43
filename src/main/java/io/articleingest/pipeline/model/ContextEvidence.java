package io.articleingest.pipeline.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What the topic classifier found that bears on PLOVER contexts: each context term of the body
 * with its offsets, the context it points to and its weight. An event's contexts are those whose
 * terms in the event's sentence weigh at least {@code minimum} — computed by the extractor from
 * this, so that extraction never calls back into the classifier.
 *
 * @param names   the context names, in the order ties keep
 * @param cues    the terms found, in body order
 * @param minimum the weight a context needs in a sentence
 */
public record ContextEvidence(List<String> names, List<Cue> cues, double minimum) {

    /** A term over body characters [start, end) counting {@code weight} for context {@code context}. */
    public record Cue(int start, int end, int context, double weight) {
    }

    public static final ContextEvidence NONE = new ContextEvidence(List.of(), List.of(), 1.0);

    public ContextEvidence {
        names = List.copyOf(names);
        cues = List.copyOf(cues);
    }

    /** The contexts of body characters [start, end), strongest first. */
    public List<String> within(int start, int end) {
        double[] weight = new double[names.size()];
        for (Cue c : cues) {
            if (c.start() >= start && c.end() <= end) {
                weight[c.context()] += c.weight();
            }
        }
        List<Integer> found = new ArrayList<>();
        for (int c = 0; c < weight.length; c++) {
            if (weight[c] >= minimum) {
                found.add(c);
            }
        }
        found.sort((a, b) -> Double.compare(weight[b], weight[a]));
        return found.stream().map(names::get).toList();
    }
}
