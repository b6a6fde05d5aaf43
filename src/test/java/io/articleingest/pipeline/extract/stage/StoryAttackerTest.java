package io.articleingest.pipeline.extract.stage;

import static io.articleingest.pipeline.extract.stage.Drafts.who;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.pipeline.extract.Draft;
import org.junit.jupiter.api.Test;

/** The attacker a story names, read sentence by sentence, for the attacks and condemnations that name none. */
class StoryAttackerTest {

    private static Draft read(String text, String trigger) {
        return Drafts.of(StoryAttacker.class, text, trigger);
    }

    @Test
    void anAttackWithNoAttackerIsTheOneTheStoryNamedBefore() {
        Draft d = read("Russian drones attacked Kharkiv overnight.\nOn Monday, two people were killed in the city.", "killed");
        assertEquals("story-attacker [RUS]", who(d, "actor"));
        assertTrue(d.inferredActor);
        assertEquals("RUS", d.storyAttacker.country());
    }

    @Test
    void theStorysAttackerDoesNotAttackItsOwnStatesForces() {
        String text = "Egyptian police attacked protesters in Cairo on Friday.\nOn Saturday, two Egyptian soldiers were killed in the city.";
        Draft d = read(text, "killed");
        assertEquals("passive-subject [EGY]", who(d, "recipient"));
        assertNull(who(d, "actor"), "not by the police");
        String residents = "Egyptian police attacked protesters in Cairo on Friday.\nOn Saturday, two residents were killed in the city.";
        assertEquals("story-attacker [EGY]", who(read(residents, "killed"), "actor"));
    }

    @Test
    void condemningTheAttackAccusesItsAttacker() {
        Draft d = read("Russian missiles struck Kharkiv overnight. Ukraine condemned the attack.", "condemned");
        assertEquals("active-subject [UKR]", who(d, "actor"));
        assertEquals("condemned-attack-accuses-attacker [RUS]", who(d, "recipient"));
    }

    @Test
    void aReactionToANamedActIsAimedAtWhoeverDidItAndNotAtItsOwnSide() {
        String demand = "Egyptian workers demanded higher pay on Monday. The Egyptian government rejected the demand.";
        assertEquals("reaction-aims-at-the-acts-author [EGY]", who(read(demand, "rejected"), "recipient"));
        String own = "Egyptian officials demanded higher fees on Monday. The Egyptian government rejected the demand.";
        assertNull(who(read(own, "rejected"), "recipient"), "a state's organ does not react to itself");
        String unrelated = "Egyptian workers demanded higher pay on Monday. The Egyptian government condemned the statement.";
        assertNull(who(read(unrelated, "condemned"), "recipient"), "a statement is no act the story told");
    }

    @Test
    void aClaimOfResponsibilityNamesTheAttackerOfTheLastAttackThatHadNone() {
        String text = "A drone struck a market in El Fasher on Monday. The Rapid Support Forces claimed responsibility for the attack.";
        assertNull(Drafts.of(ActorCountries.class, text, "struck").actors.get(0).country(), "the drone flies no flag");
        Draft d = read(text, "struck");
        assertEquals("claim-of-responsibility [SDN]", who(d, "actor"));
        assertEquals("Rapid Support Forces", d.actors.get(0).name());
    }

    @Test
    void aWeaponWithoutAFlagThatStrikesAnotherStateIsTheAttackers() {
        Draft d = read("Russia attacked Kharkiv on Saturday.\nA drone struck a school in Kharkiv on Sunday.", "struck");
        assertEquals("weapon-of-the-attacker [RUS]", who(d, "actor"));
        assertEquals("drone", d.actors.get(0).text(), "the words stay the text's");
        assertTrue(d.inferredActor);
    }

    @Test
    void withNoAttackBeforeThereIsNoAttackerToTake() {
        Draft first = read("Two people were killed in Kharkiv on Monday.", "killed");
        assertTrue(first.actors.isEmpty());
        assertNull(first.storyAttacker);
        Draft afterWords = read("Egypt rejected the plan.\nTwo people were killed in Cairo on Monday.", "killed");
        assertTrue(afterWords.actors.isEmpty(), "a rejection names no attacker");
    }
}
