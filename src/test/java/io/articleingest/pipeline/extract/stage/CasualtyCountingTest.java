package io.articleingest.pipeline.extract.stage;

import static io.articleingest.pipeline.extract.stage.Drafts.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.articleingest.pipeline.extract.Draft;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deaths and injuries counted next to a casualty trigger, and the figures that are no count. */
class CasualtyCountingTest {

    private static Draft counted(String text, String trigger) {
        return Drafts.of(CasualtyCounting.class, text, trigger);
    }

    @Test
    void victimsAfterAnActiveVerbAreAddedUp() {
        Draft d = counted("Soldiers killed two fishermen and a doctor near Gaza City.", "killed");
        assertEquals(3, d.fatalities, "two fishermen and a doctor");
        assertEquals("victims-after", rule(d, "fatalities"));
        assertEquals(40, counted("The army killed 40 fighters and detained 12 others.", "killed").fatalities,
                "a new verb ends the list");
    }

    @Test
    void anAttackThatLeavesDeadOrWoundedBehindCausedThem() {
        Draft d = counted("An airstrike on Khan Yunis left five dead on Monday.", "airstrike");
        assertEquals(5, d.fatalities);
        assertEquals("left-dead", rule(d, "fatalities"));
        assertEquals(12, counted("Militants attacked a checkpoint, leaving at least 12 soldiers wounded.", "attacked").injuries);
        assertNull(counted("Militants attacked a checkpoint; officials left 12 men in charge.", "attacked").fatalities,
                "a new clause is no longer the attack's");
    }

    @Test
    void bodiesCountedWithAnAttackAreItsDead() {
        Draft d = counted("An airstrike hit the camp, and 64 bodies were recovered from the rubble.", "airstrike");
        assertEquals(64, d.fatalities);
        assertEquals("bodies-counted", rule(d, "fatalities"));
        assertEquals(13, counted("Militants attacked a checkpoint, and medics said the bodies of 13 soldiers were brought in.", "attacked").fatalities);
    }

    @Test
    void victimsBeforeAPassiveVerbAreItsCount() {
        Draft d = counted("At least 12 civilians were killed in Gaza City.", "killed");
        assertEquals(12, d.fatalities);
        assertEquals("victims-before", rule(d, "fatalities"));
        assertEquals(3, counted("Three children of one family were killed in Khan Yunis.", "killed").fatalities,
                "'one' counts the family, not the dead");
    }

    @Test
    void aCountBeforeAPassiveIsFoundPastAnInsertionAndThroughAPartitive() {
        assertEquals(2, counted("Two of its fighters, who had been manning a checkpoint near Kharkiv, were killed by a drone.",
                "killed").fatalities, "past a relative clause, through 'of its'");
        assertEquals(3, counted("Three policemen, including a senior officer, were killed in El Fasher.", "killed").fatalities,
                "the officer is one of the three");
        assertEquals(5, counted("Five soldiers, a spokesman said, were killed near Kharkiv.", "killed").fatalities,
                "an inserted speech frame");
    }

    @Test
    void aCountThatOpensAClauseAfterAConjunctionIsNoPrepositionsObject() {
        assertEquals(14, counted("Protesters gathered after 14 villagers were killed in an attack near Kharkiv.", "killed")
                .fatalities, "'after' opens the clause whose subject the count is");
        assertNull(counted("Soldiers were killed after 14 hours of fighting near Kharkiv.", "killed").fatalities,
                "after a preposition the figure is its object");
    }

    @Test
    void anIndefiniteVictimBeforeAPassiveIsOne() {
        assertEquals(1, counted("A doctor was killed in Gaza City on Monday.", "killed").fatalities);
        assertNull(counted("A Hamas fighter killed himself in Gaza City.", "killed").fatalities,
                "the subject of an active verb is no victim");
        assertNull(counted("In a raid on Kharkiv, civilians were killed.", "killed").fatalities, "'a raid' names nobody");
    }

    @Test
    void victimsJoinedBeforeAPassiveAreAddedUp() {
        assertEquals(3, counted("Two Israeli soldiers and a doctor were killed near Gaza City.", "killed").fatalities);
        assertEquals(12, counted("Israeli soldiers raided the camp and 12 people were killed.", "killed").fatalities,
                "a clause joined before the count names no victims");
        assertEquals(10, counted("Between 10 and 15 soldiers were killed near Kharkiv.", "killed").fatalities,
                "a range is no list");
    }

    @Test
    void aDefiniteSingularVictimAfterTheVerbIsOne() {
        assertEquals(3, counted("Israeli soldiers killed the doctor and his two children in Gaza City.", "killed").fatalities);
        assertNull(counted("Israeli soldiers killed the fishermen in Gaza City.", "killed").fatalities,
                "a definite plural gives no figure");
    }

    @Test
    void aFigureAfterAPrepositionInAJoinedPhraseIsNotAddedUp() {
        Draft d = counted("The hospital received the bodies of 11 guards and six people wounded in Kharkiv.", "wounded");
        assertEquals(6, d.injuries, "the bodies are no wounded");
    }

    @Test
    void rangesCountTheirLowerFigureAndApproximationsTheirFigure() {
        assertEquals(10, counted("Between 10 and 15 soldiers were killed near Kharkiv.", "killed").fatalities);
        assertEquals(16, counted("Up to 16 people were killed in Khan Yunis.", "killed").fatalities, "'up to' is no preposition's object");
        assertEquals(23, counted("Soldiers killed twenty-three fishermen off Gaza City.", "killed").fatalities);
    }

    @Test
    void aTollsFigureFollowsIt() {
        Draft d = counted("The death toll rose to 200 on Sunday.", "death toll");
        assertEquals(200, d.fatalities);
        assertEquals("toll", rule(d, "fatalities"));
    }

    @Test
    void injuriesAreCountedApartFromDeaths() {
        List<Draft> drafts = Drafts.upTo(CasualtyCounting.class, "Russian missiles struck Kharkiv, killing four people and wounding 17.");
        Draft killing = Drafts.of(drafts, "killing");
        Draft wounding = Drafts.of(drafts, "wounding");
        assertEquals(4, killing.fatalities);
        assertNull(killing.injuries);
        assertEquals(17, wounding.injuries);
        assertNull(wounding.fatalities);
        assertEquals("victims-after", rule(wounding, "injuries"));
    }

    @Test
    void vagueCountsYearsMeasuresAndOtherActsGiveNoFigure() {
        assertNull(counted("Israeli strikes have killed tens of thousands of people.", "killed").fatalities);
        assertNull(counted("In 2023 soldiers were killed in Gaza City.", "killed").fatalities, "a year is no count");
        assertNull(counted("The strike killed 8 percent of the residents.", "killed").fatalities, "a measure is no count");
        Draft attack = counted("Rebels attacked 12 villages near El Fasher.", "attacked");
        assertNull(attack.fatalities, "an attack reports no casualties of its own");
        assertNull(attack.why("fatalities"));
    }
}
