package io.articleingest.pipeline.extract.stage;

import static io.articleingest.pipeline.extract.stage.Drafts.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.Draft;
import io.articleingest.pipeline.extract.StageFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where each act happened: its sentence, its paragraph, or where the article holds its talks. */
class PlaceFindingTest {

    private static Draft placed(String text, String trigger) {
        return Drafts.of(PlaceFinding.class, text, trigger);
    }

    @Test
    void aPlaceAfterAPrepositionOfPlaceIsWhereTheActHappened() {
        Draft d = placed("Israeli troops raided a house in Khan Yunis on Monday.", "raided");
        assertEquals("Khan Yunis", d.location.name());
        assertEquals("PSE", d.location.country());
        assertNotNull(d.location.lat(), "the gazetteer's coordinates come with the place");
        assertEquals("place-in-sentence", rule(d, "place"));
        assertTrue(d.ownPlace);
    }

    @Test
    void aPlaceBeforeAButBelongsToTheClauseItContrastsWith() {
        Draft d = placed("The plan was welcomed in Cairo, but Palestinians attacked a checkpoint overnight.", "attacked");
        assertTrue(d.location == null || !"Cairo".equals(d.location.name()), "not Cairo: " + d.location);
    }

    @Test
    void aGroupPlacedByAPrepositionPlacesItsOwnStretch() {
        Draft d = placed("Egyptian troops detained fishermen in Khan Yunis, saying they had attacked a post in El Fasher.",
                "detained");
        assertEquals("Khan Yunis", d.location.name(), "the detention's place, not that of the attack it was said to avenge");
    }

    @Test
    void aVisitHappensAtThePlaceVisited() {
        Draft d = placed("Netanyahu will visit Cairo next week after the meeting in Doha.", "visit");
        assertEquals("Cairo", d.location.name());
        assertEquals("place-visited", rule(d, "place"));
    }

    @Test
    void aCityOutranksTheCountryThatFramesIt() {
        assertEquals("Kharkiv", placed("In Ukraine, Russian drones attacked Kharkiv overnight.", "attacked").location.name());
        assertEquals("Ukraine", placed("Russian drones attacked targets in Ukraine overnight.", "attacked").location.name(),
                "with no town named, the country is the place");
    }

    @Test
    void anActWithNoPlaceOfItsOwnHappenedWhereItsParagraphLastSaid() {
        List<Draft> drafts = Drafts.upTo(PlaceFinding.class, "Rebels shelled El Fasher on Sunday. The next day they attacked a hospital.");
        Draft later = Drafts.of(drafts, "attacked");
        assertEquals("El Fasher", later.location.name());
        assertEquals("place-of-paragraph", rule(later, "place"));
        assertFalse(later.ownPlace);
        Draft nextParagraph = Drafts.of(PlaceFinding.class, "Rebels shelled El Fasher on Sunday.\nThe next day they attacked a hospital.",
                "attacked");
        assertNull(nextParagraph.location, "a new paragraph starts with no place");
    }

    @Test
    void talksAndAgreementsHappenWhereTheArticleHoldsItsTalks() {
        AnnotatedArticle article = StageFixture.upTo(PlaceFinding.class, "Envoys met in Doha on Monday.\nEgypt agreed to the plan on Tuesday.");
        Draft agreed = Drafts.of(article.drafts(), "agreed");
        assertEquals("Doha", agreed.location.name());
        assertEquals("place-of-talks", rule(agreed, "place"));
        assertEquals("Doha", article.talksPlace().name());
    }

    @Test
    void aStateThatActsATopicAWayFromOrASourcesPlaceIsNoPlaceOfTheAct() {
        assertNull(placed("Egypt rejected the proposal.", "rejected").location, "'Egypt rejected' is the state");
        assertNull(placed("Egypt rejected a Gaza City ceasefire proposal.", "rejected").location, "what the proposal is about");
        assertNull(placed("Israeli soldiers attacked fishermen who had fled from Khan Yunis.", "attacked").location,
                "where they came from");
        assertNull(placed("Two people were killed in an airstrike, according to doctors in Khan Yunis.", "killed").location,
                "where the source is");
    }
}
