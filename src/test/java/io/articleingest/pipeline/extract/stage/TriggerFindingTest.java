package io.articleingest.pipeline.extract.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.StageFixture;
import io.articleingest.pipeline.extract.TriggerHit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which phrases of the test dictionary are triggers, in which form and by which rule, on sentences
 * written for it. Whether a trigger is news of its own is {@link TriggerRolesTest}'s.
 */
class TriggerFindingTest {

    private static AnnotatedSentence found(String text) {
        return StageFixture.sentence(TriggerFinding.class, text);
    }

    /** The words of every trigger of the sentence. */
    static List<String> triggers(AnnotatedSentence s) {
        return s.triggers().stream().map(h -> s.words(h.start(), h.end())).toList();
    }

    /** The trigger whose words are {@code words}, failing with the sentence's triggers when there is none. */
    static TriggerHit hit(AnnotatedSentence s, String words) {
        return s.triggers().stream().filter(h -> s.words(h.start(), h.end()).equals(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no trigger '" + words + "' among " + triggers(s)));
    }

    /** Type, form and rule of the trigger written {@code words} in {@code sentence}. */
    private static List<String> reading(String sentence, String words) {
        TriggerHit h = hit(found(sentence), words);
        return List.of(h.trigger().type(), h.form().name(), h.rule());
    }

    @Test
    void theFormOfAVerbSaysWhereItsActorIs() {
        assertEquals(List.of("REJECT", "ACTIVE", "verb"), reading("Israel rejected the plan.", "rejected"));
        assertEquals(List.of("ASSAULT", "PASSIVE", "verb"), reading("Three men were killed by Israeli fire.", "killed"));
        assertEquals(List.of("CONSULT", "PASSIVE", "verb"), reading("A truce negotiated by Qatar took effect.", "negotiated"));
        assertEquals(List.of("ASSAULT", "PARTICIPLE", "verb"),
                reading("Israeli warplanes struck the town, killing two children.", "killing"));
        assertEquals(List.of("COERCE", "COORDINATED", "verb"),
                reading("Israeli troops raided the town and arrested two men.", "arrested"));
        assertEquals(List.of("RETREAT", "INFINITIVE", "verb"), reading("Egypt wants Israel to withdraw its troops.", "withdraw"));
        assertEquals(List.of("REQUEST", "REDUCED_RELATIVE", "verb"),
                reading("Egypt backed a U.N. resolution calling for a truce.", "calling for"));
    }

    @Test
    void aGerundAfterAPrepositionWithNoObjectOfItsOwnNamesTheAct() {
        assertEquals("NOUN", reading("Aid reached 6,000 Sudanese displaced by shelling near El Fasher.", "shelling").get(1),
                "the displaced do not shell");
        assertEquals("NOUN", reading("Two Palestinian children were killed in shelling on Monday.", "shelling").get(1));
        assertEquals("REDUCED_RELATIVE", reading("Israeli soldiers shelling the camp were seen on Monday.", "shelling").get(1),
                "a gerund after its doer describes it");
    }

    @Test
    void aParticipleAfterAnEarlierVerbsObjectSaysWhatWasDoneToIt() {
        assertEquals("PASSIVE", reading("Hamas released two Israeli soldiers detained for months.", "detained").get(1));
        assertEquals("PASSIVE", reading("Egypt expelled a Qatari diplomat accused of spying.", "accused").get(1));
        assertEquals("ACTIVE", reading("Israeli police detained three men on Monday.", "detained").get(1),
                "a subject's verb");
        assertEquals("ACTIVE", reading("Hamas said the soldiers detained two fishermen.", "detained").get(1),
                "a verb with its own object");
    }

    @Test
    void aParticipleSharingAnEarlierPassivesAuxiliaryIsPassiveToo() {
        assertEquals("PASSIVE", reading("Four policemen were wounded and dozens arrested in El Fasher.", "arrested").get(1),
                "gapped: 'and dozens [were] arrested'");
        assertEquals("PASSIVE", reading("Eight fighters were killed and 13 were wounded near Kharkiv.", "wounded").get(1),
                "a regular past the lemmatizer left as it was");
        assertEquals("COORDINATED", reading("Israeli troops raided the town and arrested two men.", "arrested").get(1),
                "after an active verb, an active verb");
    }

    @Test
    void aVerbWhoseSubjectIsTheVictimReadsAsAPassive() {
        assertEquals(List.of("ASSAULT", "PASSIVE", "verb"), reading("Two fishermen died off Gaza City.", "died"));
    }

    @Test
    void aNounIsAnEventAloneAfterALightVerbBeforeAnEventVerbOrWithItsTarget() {
        assertEquals(List.of("ASSAULT", "NOUN", "standalone-noun"), reading("An airstrike hit a school.", "airstrike"));
        assertEquals(List.of("ASSAULT", "NOUN", "light-verb-noun"),
                reading("Israeli forces carried out a raid in Khan Yunis.", "raid"));
        assertEquals(List.of("CONSULT", "NOUN", "noun-before-event-verb"),
                reading("The talks between Egypt and Qatar resumed on Monday.", "talks"));
        assertEquals(List.of("ASSAULT", "NOUN", "noun-with-target"),
                reading("The attack on Kharkiv drew condemnation.", "attack"));
    }

    @Test
    void aNounInNoEventiveFrameIsNoTrigger() {
        assertEquals(List.of(), triggers(found("Egypt discussed the attack.")));
    }

    @Test
    void aVerbEntryTakesAWordTheTaggerMisreadWhenAVerbReadingFits() {
        assertEquals(List.of("REJECT", "ACTIVE", "verb-reading"),
                reading("The cabinet on Tuesday rejected calls for a truce.", "rejected")); // rejected/ADJ
        assertEquals(List.of("ASSAULT", "ACTIVE", "verb-reading"),
                reading("Israeli warplanes struck Gaza City on Monday.", "struck")); // struck/NOUN
        assertEquals(List.of("ASSAULT", "ACTIVE", "verb-reading"),
                reading("Soldiers shot dead a man near Kharkiv.", "shot dead")); // shot/NOUN dead/VERB
        assertEquals(List.of("ASSAULT", "ACTIVE", "verb-reading"),
                reading("Egyptian police shot dead two protesters in Cairo.", "shot dead")); // shot/NOUN dead/ADJ: a past verb phrase
        assertEquals(List.of("ASSAULT", "ACTIVE", "verb-reading"),
                reading("An earthquake of magnitude 6.1 struck eastern Ukraine.", "struck")); // struck/NOUN before its object
        assertEquals(List.of("REJECT", "ACTIVE", "verb-reading"),
                reading("Palestinians reject proposed Egyptian changes.", "reject")); // reject/ADJ
        assertEquals(List.of("ASSAULT", "NOUN", "light-verb-noun"),
                reading("Russian troops launched an offensive two days ago.", "offensive")); // offensive/ADJ heads its phrase
        assertEquals(List.of(), triggers(found("Egypt discussed an offensive plan.")), "an adjective before its noun stays one");
        assertEquals(List.of(), triggers(found("The killing of two men drew condemnation.")),
                "a gerund after a determiner is a noun, and 'killing' is no noun entry");
        assertEquals(List.of(), triggers(found("Palestinian attacks are frequent near Gaza City.")),
                "an auxiliary after the noun is no participle of an object: the noun stays a noun");
    }

    @Test
    void aVerbIsReadWithItsObjectAFewWordsOnWithinItsNounPhrase() {
        assertEquals(List.of("AGREE", "ACTIVE", "verb-object"),
                reading("Israel and Hamas signed a peace agreement on Sunday.", "signed a peace agreement"));
        assertEquals(List.of(), triggers(found("Israel signed the letter.")), "'sign' alone is no entry");
        assertEquals(List.of(), triggers(found("Israel signed, after long delays, an agreement.")),
                "a comma ends the verb's reach");
    }

    @Test
    void wordsAfterTheObjectsSlotFollowTheWholeObjectPrepositionsIncluded() {
        assertEquals(List.of("REQUEST", "ACTIVE", "verb-object"),
                reading("Egypt warned fishermen off the coast of Gaza City to stay ashore.",
                        "warned fishermen off the coast of Gaza City to"));
        assertEquals(List.of(), triggers(found("Egypt warned to stay ashore.")), "the slot needs an object");
        assertEquals(List.of(), triggers(found("Egypt warned that fishermen had to stay ashore.")),
                "a clause boundary ends the object");
    }

    @Test
    void aReportedSpeechPhraseIsATriggerOnlyWhatASpeakerSays() {
        assertEquals(List.of("ACCUSE", "ACTIVE", "reported-speech"),
                reading("Hamas said Israel was sabotaging the deal.", "sabotaging"));
        assertEquals(List.of("REQUEST", "ACTIVE", "reported-speech"), reading("Egypt said Israel must withdraw.", "must"));
        assertEquals(List.of(), triggers(found("Israel was sabotaging the deal.")), "nobody says so");
        assertEquals(List.of("withdraw"), triggers(found("Israel must withdraw.")));
    }

    @Test
    void aReportedSpeechPhraseWithBeOrAnIrregularVerbStandsForItsForms() {
        assertEquals(List.of("ACCUSE", "ACTIVE", "reported-speech"),
                reading("The army said rebel fighters were responsible for the raid.", "were responsible for"));
        assertEquals(List.of("ACCUSE", "ACTIVE", "reported-speech"),
                reading("Officials said a militia was behind the massacre.", "was behind the massacre"));
        assertEquals(List.of("ACCUSE", "ACTIVE", "reported-speech"),
                reading("The ministry said Moscow bore responsibility for the failure.", "bore responsibility"));
    }

    @Test
    void headingsGetNoTriggers() {
        String text = "Israel strikes Gaza City\nIsraeli warplanes struck Gaza City on Monday.";
        AnnotatedArticle article = StageFixture.upTo(TriggerFinding.class, text, (start, end) -> start == 0);
        assertEquals(List.of(), triggers(article.sentences().get(0)));
        assertEquals(List.of("struck"), triggers(article.sentences().get(1)));
    }
}
