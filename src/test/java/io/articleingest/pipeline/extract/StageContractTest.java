package io.articleingest.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.pipeline.extract.stage.ArgumentFinding;
import io.articleingest.pipeline.extract.stage.PlaceFinding;
import io.articleingest.pipeline.extract.stage.SentenceMerging;
import io.articleingest.pipeline.extract.stage.SentenceSplitting;
import io.articleingest.pipeline.extract.stage.TriggerFinding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The stage contract: the extractor checks the order when it is built, and a layer is read only once added. */
class StageContractTest {

    /** The standard stages without the first of class {@code left}. */
    private static List<Stage> without(Class<? extends Stage> left) {
        List<Stage> stages = new ArrayList<>(StageFixture.stages());
        stages.remove(stages.stream().filter(left::isInstance).findFirst().orElseThrow());
        return stages;
    }

    private static String refusal(List<Stage> stages) {
        return assertThrows(IllegalArgumentException.class, () -> new EventExtractor(stages)).getMessage();
    }

    private static String failure(Executable read) {
        return assertThrows(IllegalStateException.class, read).getMessage();
    }

    @Test
    void theStandardOrderIsAccepted() {
        assertEquals(StageFixture.stages().size(), new EventExtractor(StageFixture.stages()).stages().size());
    }

    @Test
    void aStageWhoseInputNoEarlierStageProvidesStopsTheBuild() {
        String message = refusal(without(TriggerFinding.class));
        assertTrue(message.contains("argumentFinding") && message.contains("TRIGGERS"), message);
    }

    @Test
    void aStageBeforeTheStageItNeedsStopsTheBuild() {
        List<Stage> stages = new ArrayList<>(StageFixture.stages());
        Stage places = stages.stream().filter(PlaceFinding.class::isInstance).findFirst().orElseThrow();
        stages.remove(places);
        stages.add(stages.indexOf(stages.stream().filter(ArgumentFinding.class::isInstance).findFirst().orElseThrow()), places);
        String message = refusal(stages);
        assertTrue(message.contains("placeFinding") && message.contains("ARGUMENTS"), message);
    }

    @Test
    void aStageCannotProvideItsOwnInput() {
        String message = refusal(without(SentenceMerging.class)); // article merging needs and adds MERGED
        assertTrue(message.contains("articleMerging") && message.contains("MERGED"), message);
    }

    @Test
    void readingALayerNoStageHasAddedFailsNamingIt() {
        String sentences = failure(() -> AnnotatedArticle.of("Israel rejected the plan.").sentences());
        assertTrue(sentences.contains("SENTENCES"), sentences);
        AnnotatedArticle triggered = StageFixture.upTo(TriggerFinding.class, "Israel rejected the plan.");
        assertEquals(1, triggered.sentences().get(0).triggers().size());
        String drafts = failure(triggered::drafts);
        assertTrue(drafts.contains("ARGUMENTS"), drafts);
        String events = failure(triggered::events);
        assertTrue(events.contains("EVENTS"), events);
    }

    @Test
    void readingASentencesLayerBeforeItIsAddedFailsNamingIt() {
        AnnotatedSentence split = StageFixture.upTo(SentenceSplitting.class, "Israel rejected the plan.").sentences().get(0);
        String mentions = failure(split::mentions);
        assertTrue(mentions.contains("MENTIONS"), mentions);
        String clauses = failure(split::clauses);
        assertTrue(clauses.contains("CLAUSES"), clauses);
    }
}
