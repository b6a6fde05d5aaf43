package io.articleingest.pipeline.extract.stage;

import static io.articleingest.pipeline.extract.stage.Drafts.rule;
import static io.articleingest.pipeline.extract.stage.Drafts.who;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.pipeline.extract.Draft;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Attacks told over two sentences of a paragraph: shared details and folded elaborations. */
class ArticleMergingTest {

    @Test
    void theAttackerAndWeaponOfTheNextSentenceCompleteAnAttackThatNamesNone() {
        List<Draft> drafts = Drafts.upTo(ArticleMerging.class,
                "Two men were killed in Khan Yunis on Saturday. Israeli soldiers attacked their car with a drone.");
        Draft killed = Drafts.of(drafts, "killed");
        assertEquals("detail-from-next-sentence [ISR]", who(killed, "actor"));
        assertEquals(Set.of("drone"), killed.modes);
        assertEquals("detail-from-next-sentence", rule(killed, "modes"));
        assertTrue(killed.inferredActor, "still not the sentence's own actor");
        assertEquals(2, drafts.size(), "the attack on the car is told in a sentence of its own");
    }

    @Test
    void aCasualtySentenceRightAfterAnAttackDetailsThatAttack() {
        String text = "Russian missiles struck Kharkiv on Saturday. Two children died at the scene.";
        assertEquals(2, Drafts.upTo(SentenceMerging.class, text).size());
        List<Draft> drafts = Drafts.upTo(ArticleMerging.class, text);
        assertEquals(1, drafts.size());
        Draft attack = drafts.get(0);
        assertEquals("struck", attack.trigger());
        assertEquals(2, attack.fatalities, "the deaths are the strike's");
        assertEquals("victims-before (from 'died')", rule(attack, "fatalities"));
    }

    @Test
    void aSentenceThatSaysItIsANewIncidentIsNotFolded() {
        List<Draft> drafts = Drafts.upTo(ArticleMerging.class,
                "Russian missiles struck Kharkiv on Saturday. In a separate strike, two children died.");
        assertEquals(List.of("struck", "died"), drafts.stream().map(Draft::trigger).toList());
        assertEquals(2, drafts.get(1).fatalities);
    }

    @Test
    void deathsSetInAnActOfAnotherKindAreNotTheAttacks() {
        List<Draft> drafts = Drafts.upTo(ArticleMerging.class,
                "Russian missiles struck Kharkiv on Saturday. Two soldiers died during the withdrawal.");
        assertEquals(List.of("struck", "died"), drafts.stream().map(Draft::trigger).toList());
        assertEquals(1, Drafts.upTo(ArticleMerging.class,
                "Russian missiles struck Kharkiv on Saturday. Two soldiers died in the attack.").size(),
                "deaths in an act of its own kind are the attack's");
    }

    @Test
    void anotherParagraphSharesNoDetail() {
        Draft killed = Drafts.of(ArticleMerging.class,
                "Two men were killed in Khan Yunis on Saturday.\nIsraeli soldiers attacked a car with a drone.", "killed");
        assertTrue(killed.actors.isEmpty());
        assertTrue(killed.modes.isEmpty());
    }

    @Test
    void aNounThatPointsBackToldAgainCompletesTheActBeforeIt() {
        List<Draft> drafts = Drafts.upTo(ArticleMerging.class,
                "Russian troops attacked a checkpoint near Kharkiv, killing two soldiers.\nThe attack took place on Saturday night.");
        assertEquals(1, drafts.size(), drafts.toString());
        assertEquals("2025-11-29", drafts.get(0).date, "the later sentence dates the act");
        List<Draft> another = Drafts.upTo(ArticleMerging.class,
                "Russian troops attacked a checkpoint near Kharkiv, killing two soldiers.\nAn attack took place in Gaza City on Saturday.");
        assertEquals(2, another.size(), "'an attack' is another one");
        List<Draft> told = Drafts.upTo(ArticleMerging.class, "Russian troops attacked a checkpoint near Kharkiv, killing two soldiers.\n"
                + "Petro Ivanenko, an army spokesman, said that the attack took place late on Saturday.");
        assertEquals(1, told.size(), "the one telling of the attack is no other attacker: " + told);
        List<Draft> happened = Drafts.upTo(ArticleMerging.class, "Russian troops attacked a checkpoint near Kharkiv, killing two soldiers.\n"
                + "That attack happened late on Saturday near the border.");
        assertEquals(1, happened.size(), "an attack that happened is the one told before");
        assertEquals("2025-11-29", happened.get(0).date);
        assertEquals("2025-11-29", told.get(0).date);
    }

    @Test
    void aTollThatPointsBackIsTheTollOfTheActBeforeIt() {
        List<Draft> drafts = Drafts.upTo(ArticleMerging.class,
                "Gunmen attacked a village near Kharkiv, killing 30 people.\nResidents fled to the hills.\n"
                        + "Local officials later put the death toll at 40.");
        assertEquals(1, drafts.size(), drafts.toString());
        assertEquals(30, drafts.get(0).fatalities, "the first count stays until a rule weighs revisions");
        List<Draft> another = Drafts.upTo(ArticleMerging.class,
                "Gunmen attacked a village near Kharkiv, killing 30 people.\nResidents fled to the hills.\n"
                        + "A death toll of 12 was reported in Gaza City.");
        assertEquals(2, another.size(), "'a death toll' is another one");
    }

    @Test
    void aTollKeptSinceATimeIsNoTollOfTheActBeforeIt() {
        List<Draft> drafts = Drafts.upTo(ArticleMerging.class,
                "Gunmen attacked a village near Kharkiv, killing 30 people.\nResidents fled to the hills.\n"
                        + "The death toll since the war began has risen to 9,000.");
        assertEquals(2, drafts.size(), drafts.toString());
        assertEquals(30, drafts.get(0).fatalities, "the attack keeps its own toll");
    }

    @Test
    void anActorNamedWithTheReferenceCompletesAnActToldWithoutOne() {
        List<Draft> drafts = Drafts.upTo(ArticleMerging.class,
                "Fourteen villagers were killed near Kharkiv on Monday.\nResidents fled to the hills.\n"
                        + "The rebels are suspected of having carried out that attack.");
        assertEquals(1, drafts.size(), drafts.toString());
        assertEquals("killed", drafts.get(0).trigger());
        assertFalse(drafts.get(0).actors.isEmpty(), "the rebels are the killing's suspects");
        List<Draft> other = Drafts.upTo(ArticleMerging.class,
                "Rebels attacked a village near Kharkiv on Monday.\nResidents fled to the hills.\n"
                        + "The army said its soldiers carried out the attack.");
        assertEquals(2, other.size(), "another actor makes it another act");
    }
}
