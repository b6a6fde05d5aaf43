package io.articleingest.pipeline.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What the topic classifier found that bears on PLOVER contexts: each context term of the body
 * with its offsets, the context it points to and its weight. An event's contexts are those whose
 * terms in the event's sentence weigh at least {@code minimum} — computed by the extractor from
 * this, so that extraction never calls back into the classifier.
 */
public final class ContextEvidence {

    /** A term over body characters [start, end) counting {@code weight} for context {@code context}. */
    public record Cue(int start, int end, int context, double weight) {
    }

    public static final ContextEvidence NONE = new ContextEvidence(List.of(), List.of(), 1.0);

    private final List<String> names;
    private final List<Cue> cues;
    private final double minimum;
    /**
     * Indexes into {@link #cues} by start offset: each event asks for the cues of its sentence, and
     * a scan of every cue per event would make an article cost the square of its length.
     */
    private final int[] byStart;

    /**
     * @param names   the context names, in the order ties keep
     * @param cues    the terms found
     * @param minimum the weight a context needs in a sentence
     */
    public ContextEvidence(List<String> names, List<Cue> cues, double minimum) {
        this.names = List.copyOf(names);
        this.cues = List.copyOf(cues);
        this.minimum = minimum;
        this.byStart = IntStream.range(0, this.cues.size()).boxed()
                .sorted(Comparator.comparingInt(i -> this.cues.get(i).start()))
                .mapToInt(Integer::intValue).toArray();
    }

    public List<String> names() {
        return names;
    }

    public List<Cue> cues() {
        return cues;
    }

    public double minimum() {
        return minimum;
    }

    /** The contexts of body characters [start, end), strongest first. */
    public List<String> within(int start, int end) {
        int[] inside = cuesWithin(start, end);
        double[] weight = new double[names.size()];
        for (int i : inside) { // in the order the cues were given, so that the sums are the same to the last bit
            Cue c = cues.get(i);
            weight[c.context()] += c.weight();
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

    /** Indexes of the cues wholly within [start, end), ascending. */
    private int[] cuesWithin(int start, int end) {
        int low = 0;
        int high = byStart.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cues.get(byStart[mid]).start() < start) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        IntStream.Builder inside = IntStream.builder();
        for (int k = low; k < byStart.length && cues.get(byStart[k]).start() <= end; k++) {
            if (cues.get(byStart[k]).end() <= end) {
                inside.add(byStart[k]);
            }
        }
        return inside.build().sorted().toArray();
    }
}
