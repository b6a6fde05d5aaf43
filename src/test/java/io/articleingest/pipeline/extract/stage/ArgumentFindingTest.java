package io.articleingest.pipeline.extract.stage;

import static io.articleingest.pipeline.extract.stage.Drafts.who;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.pipeline.extract.Draft;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each finder of {@code arguments.yaml} on a sentence written for it: the draft names the actor or
 * recipient the finder looks for, and the rule that took it.
 */
class ArgumentFindingTest {

    private static Draft draft(String text, String trigger) {
        return Drafts.of(ArgumentFinding.class, text, trigger);
    }

    @Test
    void anActiveVerbActsFromItsSubjectOnItsObject() {
        Draft d = draft("Qatar urged Hamas to release the hostages.", "urged");
        assertEquals("active-subject [QAT]", who(d, "actor"));
        assertEquals("active-object [PSE]", who(d, "recipient"));
    }

    @Test
    void aListOfRecipientsEndsWhereTheSpeechFrameStarts() {
        Draft d = draft("Israeli soldiers detained 12 fishermen, police and residents said.", "detained");
        assertEquals("active-object [CVL]", who(d, "recipient"), "the speakers are no one detained");
        Draft list = draft("Israeli soldiers detained fishermen, medics and police on Monday.", "detained");
        assertEquals("active-object [CVL, MED, COP]", who(list, "recipient"), "a list with no frame stays whole");
    }

    @Test
    void aVerbReadWithItsObjectHoldsItsRecipient() {
        Draft d = draft("Egypt warned Palestinian fishermen off Gaza City to stay ashore.",
                "warned Palestinian fishermen off Gaza City to");
        assertEquals("active-object [PSE]", who(d, "recipient"));
    }

    @Test
    void aPassiveActsFromItsAgentOnTheNearestActorBefore() {
        Draft d = draft("Two fishermen were killed by Israeli soldiers near Gaza City.", "killed");
        assertEquals("passive-agent [ISR]", who(d, "actor"));
        assertEquals("passive-subject [CVL]", who(d, "recipient"));
        Draft family = draft("Three children of one family were killed in Khan Yunis.", "killed");
        assertEquals("family", family.recipients.get(0).text(), "the nearest actor, even a preposition's");
    }

    @Test
    void aParticipleOrAJoinedVerbSharesTheSubjectOfTheClauseBefore() {
        Draft killing = draft("Russian troops shelled Kharkiv on Monday, killing four civilians.", "killing");
        assertEquals("participle-hangs-on-its-clause [RUS]", who(killing, "actor"));
        Draft near = draft("A bomb exploded near an army post in Kharkiv, killing two soldiers.", "killing");
        assertTrue(near.actors.isEmpty(), "the post the bomb went off near did not set it off: " + near.actors);
        Draft buried = draft("A storm lashed eastern Ukraine, killing 12 people.", "killing");
        assertTrue(buried.actors.isEmpty(), "the object of the main verb is not its subject: " + buried.actors);
        Draft rain = draft("Heavy rain caused floods near Kharkiv, killing 12 people, officials said.", "killing");
        assertTrue(rain.actors.isEmpty(), "the rain did it, not the officials who tell of it: " + rain.actors);
        Draft arrested = draft("Israeli troops raided the town and arrested 12 Palestinians.", "arrested");
        assertEquals("coordinated-shares-subject [ISR]", who(arrested, "actor"));
        assertEquals("active-object [PSE]", who(arrested, "recipient"));
    }

    @Test
    void anIngFormAfterANameAndAnInfinitiveTakeWhoTheyDescribeOrComplete() {
        assertEquals("reduced-relative-head [UNO]",
                who(draft("A United Nations resolution calling for talks was adopted.", "calling for"), "actor"));
        assertEquals("reduced-relative-head [CVL]", who(draft("Residents demanding talks gathered in Cairo.", "demanding"), "actor"));
        assertEquals("infinitive-takes-clause-subject [PSE]",
                who(draft("Hamas plans to release four hostages on Saturday.", "release"), "actor"));
    }

    @Test
    void reportedWordsAreTheSpeakersOrThoseOfThePronounThatContinuesThem() {
        Draft charge = draft("A Hamas official said Israel was sabotaging the agreement.", "sabotaging");
        assertEquals("speaker-charges-or-demands [PSE]", who(charge, "actor"));
        assertEquals("charged-or-obliged-subject [ISR]", who(charge, "recipient"));
        Draft pronoun = draft("Hamas said it would reject the proposal.", "reject");
        assertEquals("pronoun-subject [PSE]", who(pronoun, "actor"));
        assertEquals("it", pronoun.actors.get(0).text());
        assertEquals("pronoun-subject [EGY]", who(draft("\"We reject these terms,\" the Egyptian minister said.", "reject"), "actor"),
                "'we' in a quotation is its speaker");
        assertEquals("speaker-says-so [EGY]", who(draft("The Egyptian minister said on Friday that there had been a demand for new terms.", "demand"), "actor"));
        assertTrue(draft("\"Everyone here rejects these terms,\" the Egyptian minister said.", "rejects").actors.isEmpty(),
                "a quote's subjectless verbal word is not made the speaker's");
    }

    @Test
    void aNounIsDoneByTheActorThatModifiesItOrFollowsItsPreposition() {
        assertEquals("noun-owner [ISR]", who(draft("An Israeli airstrike hit a house in Gaza City.", "airstrike"), "actor"));
        assertEquals("noun-between-parties [PSE]", who(draft("An attack by Hamas hit the town.", "attack"), "actor"));
        Draft meeting = draft("A meeting between Egypt and Qatar took place in Doha.", "meeting");
        assertEquals("noun-between-parties [EGY]", who(meeting, "actor"), "after 'between' only the first party acts");
        assertEquals("noun-between-the-other-party [QAT]", who(meeting, "recipient"));
        Draft talks = draft("Talks among Egypt, Qatar and Turkey resumed in Doha.", "Talks");
        assertEquals("noun-between-parties [EGY]", who(talks, "actor"));
        assertEquals("noun-between-the-other-party [QAT]", who(talks, "recipient"));
        assertEquals("light-verb-subject [RUS]",
                who(draft("Russian forces launched an offensive near Kharkiv on Friday.", "offensive"), "actor"));
    }

    @Test
    void whatASideAgreesToDoNamesTheRecipientOfItsWord() {
        Draft d = draft("Israel agreed to release 200 Palestinian prisoners.", "agreed");
        assertEquals("active-subject [ISR]", who(d, "actor"));
        assertEquals("target-of-the-act-agreed [PSE]", who(d, "recipient"));
    }

    @Test
    void nobodyIsNamedWhereNoFinderFindsAnyoneAndContentGetsNoDraftOfItsOwn() {
        Draft d = draft("The proposal was rejected on Sunday.", "rejected");
        assertTrue(d.actors.isEmpty() && d.recipients.isEmpty());
        assertNull(d.why("actor"));
        List<String> triggers = Drafts.upTo(ArgumentFinding.class, "Qatar urged Hamas to release the hostages.").stream()
                .map(Draft::trigger).toList();
        assertEquals(List.of("urged"), triggers, "'release' is what was urged, not an act of its own");
    }
}
