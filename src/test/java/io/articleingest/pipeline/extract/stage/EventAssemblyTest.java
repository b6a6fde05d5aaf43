package io.articleingest.pipeline.extract.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.pipeline.ParsedArticle;
import io.articleingest.pipeline.extract.Draft;
import io.articleingest.pipeline.extract.EventExtractor;
import io.articleingest.pipeline.extract.StageFixture;
import io.articleingest.pipeline.extract.TriggerHit;
import io.articleingest.pipeline.extract.TriggerHit.Form;
import io.articleingest.pipeline.model.ContextEvidence;
import io.articleingest.pipeline.model.ContextEvidence.Cue;
import io.articleingest.pipeline.model.EntityRef;
import io.articleingest.pipeline.model.Event;
import io.articleingest.pipeline.model.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract's events: PLOVER quad class and score, contexts from the classifier's evidence, confidence, ids. */
class EventAssemblyTest {

    private static final String BODY = "Russian forces attacked Kharkiv with drones. Qatar urged Hamas to release the hostages.";
    private static final int MILITARY = 0;
    private static final int HUMANITARIAN = 1;

    private static List<Event> events(String articleId, String body, ContextEvidence contexts) {
        ParsedArticle parsed = new ParsedArticle("text", null, body, List.of(), StageFixture.SUNDAY, "document", "en");
        return new EventExtractor(StageFixture.stages()).extract(parsed, articleId, contexts).events();
    }

    /** A context term at the first occurrence of {@code word} in the body. */
    private static Cue cue(String word, int context, double weight) {
        int at = BODY.indexOf(word);
        return new Cue(at, at + word.length(), context, weight);
    }

    @Test
    void eachEventHasItsTypesQuadClassAndAScoreItsModeMayDeepen() {
        List<Event> events = events("a1", BODY, ContextEvidence.NONE);
        Event attack = events.get(0);
        assertEquals(List.of("ASSAULT", 4, List.of("drone")), List.of(attack.eventType(), attack.quadClass(), attack.modes()));
        assertEquals(-9.5, attack.score(), 1e-9, "a drone attack scores below an attack's -9.0");
        Event request = events.get(1);
        assertEquals(List.of("REQUEST", 3, List.of("release")), List.of(request.eventType(), request.quadClass(), request.modes()));
        assertEquals(-1.0, request.score(), 1e-9, "a release moves no request's score");
    }

    @Test
    void anEventsContextsAreThoseItsOwnSentenceWeighsEnoughStrongestFirst() {
        ContextEvidence evidence = new ContextEvidence(List.of("military", "humanitarian"), List.of(
                cue("attacked", MILITARY, 0.6), cue("drones", MILITARY, 0.6), cue("Kharkiv", HUMANITARIAN, 0.5),
                cue("Hamas", MILITARY, 1.2), cue("release", HUMANITARIAN, 0.7), cue("hostages", HUMANITARIAN, 0.7)), 1.0);
        List<Event> events = events("a1", BODY, evidence);
        assertEquals(List.of("military"), events.get(0).contexts(), "0.5 humanitarian is below the minimum");
        assertEquals(List.of("humanitarian", "military"), events.get(1).contexts(), "1.4 before 1.2; nothing from the sentence before");
    }

    @Test
    void idsNumberTheEventsOfTheArticleInOrderSkippingWhatWasDropped() {
        List<Event> events = events("a1", "The visitors attacked on Saturday. Israel attacked Hamas. Hamas rejected the plan.", ContextEvidence.NONE);
        assertEquals(List.of("a1#001", "a1#002"), events.stream().map(Event::eventId).toList());
        assertEquals(List.of("attacked", "rejected"), events.stream().map(Event::trigger).toList());
        Event second = events.get(1);
        assertEquals("a1", second.articleId());
        assertEquals(List.of(2, "Hamas rejected the plan."), List.of(second.sentenceIndex(), second.sentence()));
    }

    /** A draft of a trigger of {@code form}, with what its sentence named, as the stages leave it. */
    private static Draft draft(Form form, boolean actor, boolean recipient, boolean place) {
        Draft d = new Draft(null, new TriggerHit(0, 1, null, form, TriggerHit.Role.REPORTED, -1, "test"), "ASSAULT");
        EntityRef someone = new EntityRef("Israel", "Israel", "ISR", null);
        if (actor) {
            d.actors.add(someone);
        }
        if (recipient) {
            d.recipients.add(someone);
        }
        d.location = place ? new Location("Gaza City", "Gaza City", "PSE", null, null, null) : null;
        return d;
    }

    @Test
    void confidenceGrowsWithWhatTheSentenceSaysWithinBounds() {
        double bare = EventAssembly.confidence(draft(Form.PASSIVE, false, false, false));
        double everything = EventAssembly.confidence(draft(Form.ACTIVE, true, true, true));
        assertEquals(0.95, everything, 1e-9, "the ceiling");
        assertTrue(bare < EventAssembly.confidence(draft(Form.PASSIVE, true, false, false)), "an actor adds");
        assertTrue(EventAssembly.confidence(draft(Form.NOUN, true, true, true)) < everything, "a noun says less than a verb");
        Draft otherSide = draft(Form.ACTIVE, true, true, true);
        otherSide.recipientFromStory = true;
        assertTrue(EventAssembly.confidence(otherSide) < everything, "the story's other side is less than a named recipient");
        Draft least = draft(Form.NOUN, false, false, false);
        least.recipientFromStory = true;
        assertEquals(0.4, EventAssembly.confidence(least), 1e-9, "the floor");
    }
}
