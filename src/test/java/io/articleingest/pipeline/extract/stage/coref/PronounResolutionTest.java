package io.articleingest.pipeline.extract.stage.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Attribution;
import io.articleingest.pipeline.extract.Mention;
import io.articleingest.pipeline.extract.StageFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which antecedent each pronoun takes, in the promised order, on short stories written for it. */
class PronounResolutionTest {

    private static List<AnnotatedSentence> resolved(String text) {
        return StageFixture.upTo(PronounResolution.class, text).sentences();
    }

    /** The pronoun written {@code word} in sentence {@code index} of the story. */
    private static Mention pronoun(String text, int index, String word) {
        AnnotatedSentence s = resolved(text).get(index);
        Mention m = s.mentions().stream().filter(x -> x.isPronoun() && s.words(x.start(), x.end()).equals(word))
                .findFirst().orElseThrow(() -> new AssertionError("no pronoun '" + word + "' in " + s.text()));
        assertEquals(word, m.actor() == null ? word : m.actor().text(), "a resolved pronoun keeps its own words");
        return m;
    }

    private static String antecedent(Mention pronoun) {
        return pronoun.actor() == null ? null : pronoun.actor().name();
    }

    @Test
    void coreferenceLeavesPronounsToThisStage() {
        String story = "Hamas rejected the plan. It said the talks had failed.";
        AnnotatedSentence before = StageFixture.upTo(Coreference.class, story).sentences().get(1);
        assertNull(before.mentions().get(0).actor(), "no antecedent before the speakers are known");
        assertEquals("Hamas", antecedent(pronoun(story, 1, "It")));
    }

    @Test
    void aPronounOpeningWhatASpeakerSaysIsTheSpeaker() {
        Mention it = pronoun("Israel struck the town after Hamas said it would attack.", 0, "it");
        assertEquals("Hamas", antecedent(it), "the speaker, not the sentence's first subject");
        assertEquals("pronoun", it.via());
        assertEquals("Egypt", antecedent(pronoun("Egypt said that it would reopen the crossing.", 0, "it")));
    }

    @Test
    void elseAnEarlierSubjectOfItsSentenceOfTheSameKind() {
        assertEquals("Qatar", antecedent(pronoun("Hamas rejected the plan. Qatar hosted envoys after it offered guarantees.",
                1, "it")), "the sentence's own subject before the group of the sentence before");
        assertEquals("Benjamin Netanyahu", antecedent(pronoun("Hamas officials met Benjamin Netanyahu before he left.",
                0, "he")), "'he' skips the group before the person");
        assertEquals("Hamas", antecedent(pronoun("Benjamin Netanyahu met Hamas officials before they left.", 0, "they")),
                "'they' skips the person before the group");
    }

    @Test
    void elseThePersonLastNamedAndAPronounSpeakerCarriesItToTheAttribution() {
        AnnotatedSentence s = resolved("Benjamin Netanyahu met the envoy. He said the army would withdraw.").get(1);
        Attribution a = s.attribution();
        assertEquals("Benjamin Netanyahu", a.source().name());
        assertEquals("ISR", a.source().country());
        assertEquals("pronoun", a.speaker().via());
        assertEquals("speaker-before-verb", a.rule(), "the pattern that found the speaker is kept");
    }

    @Test
    void elseTheGroupThatLastSpokeBeforeTheGroupTheStoryWasAbout() {
        assertEquals("Egypt", antecedent(pronoun(
                "Egypt said the plan was fair. Israel rejected the plan. They also closed the crossing.", 2, "They")));
        assertEquals("Hamas", antecedent(pronoun("Hamas rejected the plan. They also closed the crossing.", 1, "They")));
    }

    @Test
    void aPersonPronounNeverTakesAGroupNorAnyPronounAPrepositionsObject() {
        AnnotatedSentence he = resolved("Hamas rejected the plan. He said the army would withdraw.").get(1);
        assertNull(he.mentions().get(0).actor(), "no person was named");
        assertNull(he.attribution().source());
        assertNull(antecedent(pronoun("Talks with Egypt stalled before it could reply.", 0, "it")),
                "Egypt is the object of 'with'");
    }
}
