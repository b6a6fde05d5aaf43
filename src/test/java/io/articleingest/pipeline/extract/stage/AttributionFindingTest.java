package io.articleingest.pipeline.extract.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Attribution;
import io.articleingest.pipeline.extract.StageFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who says so, by which pattern, and which words are the speech frame, on sentences written for it. */
class AttributionFindingTest {

    private static List<AnnotatedSentence> attributed(String text) {
        return StageFixture.upTo(AttributionFinding.class, text).sentences();
    }

    private static Attribution attribution(String sentence) {
        return attributed(sentence).get(0).attribution();
    }

    /** The speaker's canonical name, state and the pattern, to compare in one line. */
    private static List<String> who(Attribution a) {
        return List.of(a.source().name(), String.valueOf(a.source().country()), a.rule());
    }

    private static int index(AnnotatedSentence s, String word) {
        return s.tokens().stream().map(t -> t.text()).toList().indexOf(word);
    }

    @Test
    void aPersonBeforeAnAppositionWithNoClosingCommaSpeaks() {
        assertEquals("Ali Salem", attribution("Israel must withdraw, Ali Salem, a senior member of the "
                + "\"Sovereignty Council\" said on Monday.").speaker().actor().text());
        assertEquals("SDN", attribution("Israel must withdraw from the town, a Sudanese spokesman said on Monday.")
                .source().country(), "a group before the comma ends what was said");
    }

    @Test
    void speakersJoinedByAndAreOneFrame() {
        AnnotatedSentence s = attributed("Gunmen attacked the camp, police and residents said.").get(0);
        assertEquals(index(s, "police"), s.attribution().speechStart());
    }

    @Test
    void accordingToNamesTheSourceAfterIt() {
        AnnotatedSentence s = attributed("Three people were killed in Khan Yunis, according to Palestinian medics.").get(0);
        assertEquals(List.of("Palestine", "PSE", "speech-phrase"), who(s.attribution()));
        assertEquals("according to Palestinian medics", s.words(s.attribution().speechStart(), s.attribution().speechEnd()));
        assertFalse(s.attribution().frames(index(s, "killed")), "the act is not part of the frame");
    }

    @Test
    void aSpeakerBeforeTheVerbMayHaveATimePhraseOrARelativeClauseBetween() {
        assertEquals(List.of("Israel", "ISR", "speaker-before-verb"),
                who(attribution("Israel on Sunday said the crossing would open.")));
        assertEquals(List.of("Egypt", "EGY", "speaker-before-verb"),
                who(attribution("Egyptian mediators, who met both sides on Sunday, said a deal was close.")));
    }

    @Test
    void theOneToldIsPartOfTheFrameNotOfTheReport() {
        AnnotatedSentence s = attributed("A Hamas official told Al Jazeera that the group would not attend.").get(0);
        assertEquals(List.of("Hamas", "PSE", "speaker-before-verb"), who(s.attribution()));
        assertTrue(s.attribution().frames(index(s, "Jazeera")));
        assertFalse(s.attribution().frames(index(s, "group")));
        Attribution unnamed = attribution("Nyonyi Bwanakawa, the mayor of the town, told Al Jazeera the attack took place at night.");
        assertTrue(unnamed == null || unnamed.source() == null || !"Al Jazeera".equals(unnamed.source().name()),
                "the one told does not speak: " + unnamed);
    }

    @Test
    void aParticipleOrASecondVerbOfSayingIsTheSubjectSpeaking() {
        Attribution saying = attribution("Hamas accused Israel of stalling the talks, saying the plan was dead.");
        assertEquals(List.of("Hamas", "PSE", "subject-speaks"), who(saying));
        Attribution andSaid = attribution("Israel rejected the proposal and said the talks were over.");
        assertEquals(List.of("Israel", "ISR", "subject-speaks"), who(andSaid));
        assertEquals(andSaid.speechStart() + 1, andSaid.speechEnd(), "only 'said' is the frame: the rejection is news");
    }

    @Test
    void aSpeakerAfterAFrontedVerb() {
        Attribution a = attribution("“We will not withdraw,” said Israeli army spokesman Avi Cohen.");
        assertEquals(List.of("Avi Cohen", "ISR", "speaker-after-verb"), who(a));
        assertEquals("MIL", a.source().sector());
    }

    @Test
    void aQuotationGoesOnInTheNextSentenceOnlyWhenThatOpensWithAQuote() {
        List<AnnotatedSentence> goesOn = attributed("“The army will stay,” Netanyahu said. “We cannot accept this plan.”");
        Attribution continued = goesOn.get(1).attribution();
        assertEquals(List.of("Benjamin Netanyahu", "ISR", "quotation-continues"), who(continued));
        assertNull(continued.speaker(), "the speaker is named in the sentence before");
        assertNull(attributed("“The army will stay,” Netanyahu said. Hamas rejected the plan.").get(1).attribution());
    }

    @Test
    void aPronounSpeakerIsLeftForPronounResolution() {
        Attribution a = attribution("He said the army would withdraw.");
        assertEquals("speaker-before-verb", a.rule());
        assertNull(a.source());
        assertEquals("PRONOUN", a.speaker().kind());
    }

    @Test
    void nounsOfSayingAndActorsFarFromTheVerbAreNoSpeakers() {
        assertNull(attribution("Egyptian reports of new strikes angered Israel."), "'reports' is a noun here");
        assertNull(attribution("Israeli forces detained two fishermen off the coast of Gaza City, witnesses said."),
                "the fishermen are not who said so");
        assertNull(attribution("Hamas rejected the plan."));
    }
}
