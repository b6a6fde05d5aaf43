package io.articleingest.pipeline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.articleingest.pipeline.model.ContextEvidence.Cue;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContextEvidenceTest {

    private static final List<String> NAMES = List.of("military", "diplomatic", "humanitarian");

    @Test
    void onlyCuesWhollyInsideTheStretchCountWhateverTheOrderTheyCameIn() {
        // two runs, each in body order, as the classifier gives them: topic terms, then context terms
        ContextEvidence evidence = new ContextEvidence(NAMES, List.of(
                new Cue(0, 5, 0, 1.0), new Cue(20, 30, 1, 1.0), new Cue(40, 45, 0, 5.0),
                new Cue(8, 12, 1, 0.5), new Cue(25, 35, 2, 3.0), new Cue(30, 40, 2, 1.0)), 1.0);
        assertEquals(List.of("diplomatic"), evidence.within(10, 30), "(8, 12) starts before; (25, 35) ends after");
        assertEquals(List.of("humanitarian", "diplomatic"), evidence.within(20, 40), "cues ending on the end count");
        assertEquals(List.of("military"), evidence.within(0, 12), "diplomatic: 0.5, under the minimum");
        assertEquals(List.of(), evidence.within(13, 19));
        assertEquals(List.of("military", "humanitarian", "diplomatic"), evidence.within(0, 45));
    }

    @Test
    void weightsAddUpAcrossCuesAndMustReachTheMinimum() {
        ContextEvidence evidence = new ContextEvidence(NAMES, List.of(
                new Cue(50, 55, 2, 0.6), new Cue(10, 15, 1, 0.9), new Cue(60, 65, 2, 0.6)), 1.0);
        assertEquals(List.of("humanitarian"), evidence.within(0, 100), "0.6 + 0.6 reaches 1.0, 0.9 alone does not");
        assertEquals(List.of(), evidence.within(0, 58));
        assertEquals(List.of(), ContextEvidence.NONE.within(0, 100));
    }
}
