package io.articleingest.pipeline.extract.stage;

import static io.articleingest.pipeline.extract.stage.Drafts.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.pipeline.extract.Draft;
import io.articleingest.pipeline.model.EntityRef;
import org.junit.jupiter.api.Test;

/** Whose "the army", "police" or "militants" are, as a reader resolves them, and by which rule. */
class ActorCountriesTest {

    private static Draft resolved(String text, String trigger) {
        return Drafts.of(ActorCountries.class, text, trigger);
    }

    @Test
    void aSectorTakesTheStateOfTheSameSectorOrOfTheSourceInItsSentence() {
        Draft arrest = resolved("Egyptian police said police had arrested 12 protesters in Cairo.", "arrested");
        assertEquals("EGY", arrest.actors.get(0).country());
        assertEquals("same-sector-in-sentence", rule(arrest, "actorState"));
        assertTrue(arrest.bridged.contains(arrest.actors.get(0)));
        assertNull(arrest.recipients.get(0).country(), "civilians keep no state here");
        Draft attack = resolved("The army attacked the town, according to Israeli officials.", "attacked");
        assertEquals(new EntityRef("army", "Israel", "ISR", "MIL"), attack.actors.get(0), "the army is named after its state");
        assertEquals("source", rule(attack, "actorState"));
    }

    @Test
    void policeAreOfThePlaceAndTroopsOfTheLastStateWhoseTroopsTheStoryNamed() {
        Draft police = resolved("Police arrested 12 protesters in Cairo on Monday.", "arrested");
        assertEquals("EGY", police.actors.get(0).country());
        assertEquals("local-police", rule(police, "actorState"));
        Draft troops = resolved("Russian troops entered Kharkiv on Monday.\nThe troops attacked a hospital.", "attacked");
        assertEquals("RUS", troops.actors.get(0).country());
        assertEquals("last-of-sector", rule(troops, "actorState"));
    }

    @Test
    void armedGroupsAreTheirGroupsOrThePlacesNeverTheStateTheyFight() {
        Draft militants = resolved("Hamas fighters entered the town.\nThe militants attacked a base.", "attacked");
        assertEquals(new EntityRef("militants", "Hamas", "PSE", "REB"), militants.actors.get(0));
        assertEquals("last-armed-group", rule(militants, "actorState"));
        Draft rebels = resolved("Rebels attacked a market in El Fasher.", "attacked");
        assertEquals("SDN", rebels.actors.get(0).country());
        assertEquals("armed-group-of-the-place", rule(rebels, "actorState"));
        Draft accused = resolved("The RSF accused the army of shelling El Fasher.", "accused");
        assertEquals(new EntityRef("army", "Sudan", "SDN", "MIL"), accused.recipients.get(0));
        assertEquals("army-of-the-state-fought", rule(accused, "recipientState"));
    }

    @Test
    void aStatesOrganActingOnAnotherStatesOrgansIsNotOfThatState() {
        String text = "Russia shelled Kharkiv again on Sunday.\nThe ministry accused two Russian envoys of spying.";
        Draft accused = resolved(text, "accused");
        assertEquals("RUS", accused.recipients.get(0).country());
        assertNull(accused.actors.get(0).country(), "the ministry that accuses Russia's envoys is no Russian ministry");
        Draft arrest = resolved("Russia shelled Kharkiv again on Sunday.\nThe police arrested two Russian officials.", "arrested");
        assertEquals("RUS", arrest.actors.get(0).country(), "a state's police arrest its own officials");
    }

    @Test
    void aSidesOwnTroopsAreNoRecipientOfItsAct() {
        String text = "Israel withdrew the troops on Sunday.";
        assertEquals("troops", Drafts.of(ArgumentFinding.class, text, "withdrew").recipients.get(0).text());
        assertTrue(resolved(text, "withdrew").recipients.isEmpty(), "the troops are Israel's own");
        assertTrue(resolved("Israel withdrew its troops on Sunday.", "withdrew").recipients.isEmpty(), "its troops too");
    }

    @Test
    void mediatorsWeaponsAndSectorsOfNoKnownStateKeepNone() {
        Draft mediators = resolved("The mediators urged Israel to release the prisoners.", "urged");
        assertNull(mediators.actors.get(0).country(), "mediators are third parties");
        assertNull(mediators.why("actorState"));
        assertNull(resolved("Soldiers attacked a village.", "attacked").actors.get(0).country(), "no state is named");
        Draft drone = resolved("Russia attacked Kharkiv on Saturday.\nA drone struck a school in Kharkiv on Sunday.", "struck");
        assertNull(drone.actors.get(0).country(), "a weapon nobody flies a flag on is left to the story's attacker");
    }

    @Test
    void aStatesOrganNamedAfterAnOrganisationIsStillTheCountrys() {
        Draft d = Drafts.of(ActorCountries.class, "The Sovereignty Council accused the army of shelling El Fasher.", "accused");
        assertEquals("SDN", d.recipients.get(0).country());
        assertEquals("Sudan", d.recipients.get(0).name(), "the army is named after its country, not after the council");
    }
}
