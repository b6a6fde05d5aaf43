package io.articleingest.pipeline.extract.stage;

import static io.articleingest.pipeline.extract.stage.Drafts.rule;
import static io.articleingest.pipeline.extract.stage.Drafts.who;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.pipeline.extract.Draft;
import io.articleingest.pipeline.model.EntityRef;
import org.junit.jupiter.api.Test;

/** What the story as a whole says of an event its sentence leaves open. */
class StoryDefaultsTest {

    private static final String TWO_SIDES = "Israel attacked Hamas. Hamas attacked Israel. ";

    private static Draft defaulted(String text, String trigger) {
        return Drafts.of(StoryDefaults.class, text, trigger);
    }

    @Test
    void anAgreementHappensWhereTheTalksAreHeldNotWhereItsParagraphWas() {
        String text = "Envoys met in Doha on Monday.\nEgyptian officials toured Kharkiv. They agreed to the plan.";
        assertEquals("Kharkiv", Drafts.of(ArticleMerging.class, text, "agreed").location.name(), "the paragraph's place");
        Draft d = defaulted(text, "agreed");
        assertEquals("Doha", d.location.name());
        assertEquals("place-of-talks", rule(d, "place"));
    }

    @Test
    void aRefusalToNobodyInATwoSidedStoryIsAddressedToTheOtherSide() {
        Draft d = defaulted(TWO_SIDES + "Hamas rejected the proposal.", "rejected");
        assertEquals("other-side [ISR]", who(d, "recipient"));
        assertTrue(d.recipientFromStory);
    }

    @Test
    void aThirdPartysRefusalIsAddressedToNoSide() {
        Draft d = defaulted("Qatar rejected the proposal. " + TWO_SIDES, "rejected");
        assertTrue(d.recipients.isEmpty());
        assertNull(d.why("recipient"));
    }

    @Test
    void anAttackPlacedNowhereHappenedWhereTheStorysViolenceIs() {
        Draft d = defaulted("Rebels shelled El Fasher on Saturday.\nFighters attacked a convoy on Sunday.", "attacked");
        assertEquals("El Fasher", d.location.name());
        assertEquals("place-of-the-story", rule(d, "place"));
        Draft seats = defaulted("Russian drones struck Kharkiv on Saturday.\nCairo denied it.\nCairo blamed Kyiv.\n"
                + "Cairo said talks were over.\nDrones attacked a convoy on Sunday.", "attacked");
        assertEquals("Kharkiv", seats.location.name(), "a capital named for its government is no place of the story");
    }

    @Test
    void wherePeopleSpeakFromIsNoPlaceOfTheStory() {
        Draft d = defaulted("Drones struck a convoy on Monday, an official told reporters in Kharkiv.\n"
                + "Drones attacked a depot on Tuesday.", "attacked");
        assertTrue(d.location == null || !"Kharkiv".equals(d.location.name()), "Kharkiv is where the official spoke: " + d.location);
        assertEquals("Kharkiv", defaulted("Drones struck a convoy near Kharkiv on Monday.\nDrones attacked a depot on Tuesday.",
                "attacked").location.name());
    }

    @Test
    void anActPlacedNowhereHappenedInTheCountryTheStoryIsSetIn() {
        String sudan = "Sudanese police arrested a journalist in El Fasher.\nThe Sudanese army said it would release him.\n"
                + "Rebels accused the army of lying.";
        Draft d = defaulted(sudan, "accused");
        assertEquals("Sudan", d.location.name());
        assertEquals("country-of-the-story", rule(d, "place"));
        String between = "Russia accused Ukraine of shelling.\nUkraine rejected the claim.\nEgypt urged both to talk.";
        assertNull(defaulted(between, "rejected").location, "a story between states has no one country");
    }

    @Test
    void aStoryThatNamesNoCountryIsSetWhereItWasFiled() {
        Draft d = defaulted("DOHA, Qatar — Police arrested 12 protesters outside the capital.", "arrested");
        assertEquals("Qatar", d.location.name());
        assertEquals("country-of-the-dateline", rule(d, "place"));
        assertEquals("QAT", d.actors.get(0).country(), "police belong where they act");
        Draft abroad = defaulted("DOHA, Qatar — Egyptian police arrested 12 protesters on Monday.\n"
                + "Egypt's interior ministry accused them of rioting. Egyptian courts will try them.", "accused");
        assertEquals("Egypt", abroad.location.name(), "a story that names its own country throughout is set there");
        assertEquals("country-of-the-story", rule(abroad, "place"));
    }

    @Test
    void aCountryNamedOnceDoesNotOutweighTheDateline() {
        String text = "EL FASHER, Nov 28 (Wire) - Rebels seized a border town on Thursday.\n"
                + "Earlier this month rebels met mediators in Doha.\nThe army shelled rebel positions on Tuesday.";
        Draft shelling = defaulted(text, "shelled");
        assertEquals("Sudan", shelling.location.name(), "an attack is not placed at a summit abroad");
        assertEquals("country-of-the-dateline", rule(shelling, "place"));
        assertEquals("Doha", defaulted(text, "met").location.name(), "the summit keeps its own place");
    }

    @Test
    void theDatelinesOwnStateActsAtHome() {
        String text = "DOHA, Qatar — Qatar condemned the attack.\nIsrael said Israeli jets attacked Hamas.\n"
                + "Israel and Egypt met on Monday.";
        Draft d = defaulted(text, "condemned");
        assertEquals("Qatar", d.location.name());
        assertEquals("actor-at-home-in-the-dateline", rule(d, "place"));
        assertNull(defaulted(text.replace("Qatar condemned", "Egypt condemned"), "condemned").location,
                "a state of elsewhere is not placed where the story was filed");
        String aboutIsrael = "DOHA, Qatar — Qatar condemned Israel on Monday.\nIsrael said Israel would respond.\n"
                + "Israel met Egypt, and Israeli officials called the decision hostile to Israel.";
        assertEquals("Qatar", defaulted(aboutIsrael, "condemned").location.name(),
                "filed from Doha, Qatar's act is in Qatar though Israel is named more");
    }

    @Test
    void coercionNobodyIsNamedForIsTheWorkOfTheAuthoritiesWhereItHappened() {
        Draft d = defaulted("Two residents were arrested in El Fasher on Monday.", "arrested");
        assertEquals("SDN", d.actors.get(0).country());
        assertEquals("coercion-by-the-authorities", rule(d, "actor"));
        assertEquals("Hamas", defaulted("Two residents were arrested by Hamas in Gaza City.", "arrested").actors.get(0).name(),
                "a named agent stays");
        assertTrue(defaulted("Two residents were arrested on Monday.", "arrested").actors.isEmpty(), "no place, no state");
    }

    @Test
    void coercionThatNamesNobodyIsDoneToThePeopleWhereItHappens() {
        Draft d = defaulted("Sudanese police arrested dozens in El Fasher on Monday.", "arrested");
        assertEquals(new EntityRef(null, "civilians", "SDN", "CVL"), d.recipients.get(0));
        assertEquals("coercion-of-the-people-there", rule(d, "recipient"));
        assertTrue(defaulted("Police arrested dozens on Monday.", "arrested").recipients.isEmpty(), "no place, no people");
    }

    @Test
    void aForeignAttackThatNamesNoTargetIsOnTheCountryItStrikes() {
        Draft d = defaulted("Russian drones attacked Kharkiv on Saturday.", "attacked");
        assertEquals("attack-on-the-country-struck [UKR]", who(d, "recipient"));
        assertTrue(defaulted("Rebels attacked El Fasher on Saturday.", "attacked").recipients.isEmpty(),
                "an attacker of no known state strikes no state");
    }

    @Test
    void historyIsPlacedOnlyByItsOwnSentence() {
        String text = "Russian forces entered Kharkiv on Monday. Russia attacked Ukraine in 2022.";
        assertEquals("Kharkiv", Drafts.of(ArticleMerging.class, text, "attacked").location.name(), "the paragraph's place");
        Draft d = defaulted(text, "attacked");
        assertEquals("historical", d.status);
        assertNull(d.location);
        assertEquals("history-is-placed-by-its-own-sentence", rule(d, "place"));
    }

    @Test
    void civiliansHitInAPlaceAreOfItsCountry() {
        String text = "Soldiers killed three fishermen near Gaza City.";
        assertNull(Drafts.of(ArticleMerging.class, text, "killed").recipients.get(0).country());
        assertEquals(new EntityRef("fishermen", "civilians", "PSE", "CVL"), defaulted(text, "killed").recipients.get(0));
    }
}
