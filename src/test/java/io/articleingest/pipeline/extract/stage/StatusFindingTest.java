package io.articleingest.pipeline.extract.stage;

import static io.articleingest.pipeline.extract.stage.Drafts.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.articleingest.pipeline.extract.Draft;
import org.junit.jupiter.api.Test;

/** Whether each act happened, from the status cues of its clause. */
class StatusFindingTest {

    private static Draft judged(String text, String trigger) {
        return Drafts.of(StatusFinding.class, text, trigger);
    }

    /** "status by rule 'cue'". */
    private static String status(Draft d) {
        return d.status + " by " + rule(d, "status") + " '" + d.why("status").evidence() + "'";
    }

    @Test
    void whatWillOrIsExpectedToHappenIsTheFuture() {
        assertEquals("future by status-cue 'will'", status(judged("Russia will attack Kharkiv.", "attack")));
        assertEquals("future by status-cue 'is expected to'",
                status(judged("Israel is expected to withdraw its troops.", "withdraw")), "an infinitive's cue is before 'to'");
        assertEquals("future by status-cue 'will'", status(judged("The offensive will begin soon.", "offensive")),
                "a noun's auxiliary follows it");
    }

    @Test
    void whatCouldHappenIsHypotheticalAndSoIsWhatAConditionSays() {
        assertEquals("hypothetical by status-cue 'could'", status(judged("Hamas could reject the proposal.", "reject")));
        String text = "Hamas will release the hostages if Israel withdraws its troops.";
        assertEquals("future by status-cue 'will'", status(judged(text, "release")));
        assertEquals("hypothetical by condition 'if'", status(judged(text, "withdraws")));
    }

    @Test
    void anActAModalWaitsForIsACondition() {
        assertEquals("hypothetical by condition 'until'",
                status(judged("The siege will go on until Israel releases the prisoners.", "releases")));
        assertEquals("hypothetical by condition 'before'",
                status(judged("Hamas said it would not disarm before Israel withdrew its troops.", "withdrew")));
        assertEquals("occurred", judged("The siege went on until Israel withdrew its troops.", "withdrew").status,
                "with no modal, the until-clause tells what happened");
    }

    @Test
    void wouldInReportedSpeechIsTheFuture() {
        assertEquals("future by status-cue 'would'",
                status(judged("An Egyptian official said Israel would withdraw its troops.", "withdraw")));
    }

    @Test
    void aNegationRightBeforeTheTriggerDeniesIt() {
        assertEquals("negated by negation 'did not'", status(judged("Israel did not reject the proposal.", "reject")));
        assertEquals("negated by negation 'never'", status(judged("Israel never rejected the proposal, officials said.", "rejected")));
    }

    @Test
    void previouslyMakesAnActHistory() {
        assertEquals("historical by status-cue 'previously'", status(judged("Russia previously attacked Kharkiv.", "attacked")));
    }

    @Test
    void withNoCueTheActHappened() {
        Draft d = judged("Israel rejected the proposal.", "rejected");
        assertEquals("occurred", d.status);
        assertNull(d.why("status"));
    }
}
