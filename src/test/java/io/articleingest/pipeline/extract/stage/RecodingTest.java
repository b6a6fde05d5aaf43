package io.articleingest.pipeline.extract.stage;

import static io.articleingest.pipeline.extract.stage.Drafts.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.Draft;
import io.articleingest.pipeline.extract.StageFixture;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Modes from the sentence's words, then the PLOVER recodings of {@code recodings.yaml}, each named on the draft. */
class RecodingTest {

    private static Draft recoded(String text, String trigger) {
        return Drafts.of(Recoding.class, text, trigger);
    }

    /** "TYPE status [modes] by rule", the rule that set the type. */
    private static String coded(Draft d) {
        return d.type + " " + d.status + " " + d.modes + " by " + rule(d, "type");
    }

    @Test
    void aWordAnywhereInTheSentenceGivesTheActItsMode() {
        Draft d = recoded("Russian forces attacked Kharkiv with drones.", "attacked");
        assertEquals(Set.of("drone"), d.modes);
        assertEquals("mode-cue", rule(d, "modes"));
    }

    @Test
    void theActAskedThreatenedOrOrderedGivesItsModeOrType() {
        Draft urged = recoded("Qatar urged Hamas to release the hostages.", "urged");
        assertEquals(Set.of("release"), urged.modes);
        assertEquals("content-gives-the-mode", rule(urged, "modes"));
        Draft threat = recoded("Russia threatened to attack Kharkiv.", "threatened");
        assertEquals(Set.of("violence"), threat.modes);
        assertEquals("threat-of-force", rule(threat, "modes"));
        assertEquals("COERCE occurred [] by order-carried-out", coded(recoded("Egypt ordered police to arrest the protesters.", "ordered")));
    }

    @Test
    void aPromiseOfForceIsAThreatAndOneOfWithdrawalAnAgreementMadeAsItIsSaid() {
        assertEquals("THREATEN occurred [violence] by promise-of-force-is-a-threat",
                coded(recoded("The rebels promised to attack El Fasher.", "promised")));
        assertEquals("THREATEN future [violence] by promised-force-is-a-threat",
                coded(recoded("The Egyptian minister said an offensive in Gaza City would begin soon.", "offensive")));
        String text = "\"We will withdraw from Kharkiv,\" the Russian minister said.";
        Draft promise = recoded(text, "withdraw");
        assertEquals("AGREE occurred [] by promised-cooperation-is-agreement", coded(promise));
        assertEquals("pronoun-subject", rule(promise, "actor"), "'we' in a quotation is its speaker");
        assertEquals("RUS", promise.actors.get(0).country());
        assertEquals(StageFixture.SUNDAY.toString(), promise.date);
    }

    @Test
    void cooperationDeniedOrAFutureRefusalIsARejectionMadeAsItIsSaid() {
        assertEquals("REJECT occurred [] by refused-cooperation-is-rejection",
                coded(recoded("Hamas has never agreed to the proposal.", "agreed")));
        assertEquals("REJECT occurred [meet] by refusal-to-meet", coded(recoded("Hamas said it would not meet the envoys.", "meet")));
        String text = "Egyptian officials said Israel would reject the plan.";
        assertNull(Drafts.of(DateFinding.class, text, "reject").date, "a future act has no date of its own");
        Draft refusal = recoded(text, "reject");
        assertEquals("occurred", refusal.status);
        assertEquals("refusal-is-made-as-said", rule(refusal, "status"));
        assertEquals("publication-date", rule(refusal, "date"));
    }

    @Test
    void draftsThatReportNothingAreDroppedAndKeptForTheExplanation() {
        assertEquals("words-with-nobody", droppedBy("The plan was rejected."));
        assertEquals("verbal-act-of-nobody", droppedBy("The plan was rejected in Doha."));
        assertEquals("acts-of-nobody", droppedBy("The visitors attacked on Saturday."));
        assertEquals("sport-is-no-conflict", droppedBy("United attacked the goal on Saturday."));
        assertEquals("charge-against-nobody", droppedBy("A Hamas official said the mediators were sabotaging the talks."));
        assertEquals("possible-act-of-nobody", droppedBy("The hostages could be released in Doha."));
    }

    @Test
    void anActOnlyArmedForcesCommitIsSomeonesThoughNobodyIsNamed() {
        AnnotatedArticle article = StageFixture.upTo(Recoding.class, "An airstrike hit a market overnight.");
        assertEquals("ASSAULT occurred [] by trigger:airstrike", coded(Drafts.of(article.drafts(), "airstrike")));
    }

    /** The rule that dropped the one draft of a one-event text. */
    private static String droppedBy(String text) {
        AnnotatedArticle article = StageFixture.upTo(Recoding.class, text);
        assertTrue(article.drafts().isEmpty(), () -> text + ": " + article.drafts().stream().map(Draft::trigger).toList());
        List<Draft> dropped = article.dropped();
        assertEquals(1, dropped.size(), text);
        assertTrue(dropped.get(0).dropped);
        return rule(dropped.get(0), "dropped");
    }

    @Test
    void anActNoRecodingConcernsIsLeftAsFound() {
        AnnotatedArticle article = StageFixture.upTo(Recoding.class, "Israel rejected the proposal.");
        assertEquals("REJECT occurred [] by trigger:reject", coded(Drafts.of(article.drafts(), "rejected")));
        assertTrue(article.dropped().isEmpty());
    }
}
