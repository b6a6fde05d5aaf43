package io.articleingest.pipeline.extract.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.StageFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Capitals restored in text that lost them, on sentences written for it. */
class CaseRestoringTest {

    private static List<String> casedSentences(String text) {
        AnnotatedArticle a = StageFixture.upTo(CaseRestoring.class, text);
        return a.sentences().stream().map(AnnotatedSentence::casedText).toList();
    }

    @Test
    void aLowerCasedTextGetsItsSentencesNamesAndWeekdaysBack() {
        List<String> cased = casedSentences("israeli troops raided a house in khan yunis on tuesday, officials said. "
                + "the rapid support forces shelled el fasher. two people were killed.");
        assertEquals(List.of("Israeli troops raided a house in Khan Yunis on Tuesday, officials said.",
                "The Rapid Support Forces shelled El Fasher.", "Two people were killed."), cased,
                "each sentence is split at its period although the next one opens in lower case");
    }

    @Test
    void theNameBeforeTheHyphenOfACompoundAndDottedLettersAreRestored() {
        List<String> cased = casedSentences("the u.s. envoy backed egyptian-led talks with israeli-backed groups.");
        assertEquals("The U.s. envoy backed Egyptian-led talks with Israeli-backed groups.", cased.get(0));
    }

    @Test
    void shortNamesThatAreEnglishWordsStayInLowerCase() {
        List<String> cased = casedSentences("the envoys told us that the un would send aid to gaza city next week "
                + "and that the talks would go on.");
        assertEquals("The envoys told us that the un would send aid to Gaza City next week and that the talks would go on.",
                cased.get(0));
    }

    @Test
    void aTextWithItsCapitalsIsLeftAsItIs() {
        String text = "Israeli troops raided a house in khan yunis on Tuesday, officials said. The army confirmed it.";
        List<String> cased = casedSentences(text);
        assertEquals(List.of("Israeli troops raided a house in khan yunis on Tuesday, officials said.",
                "The army confirmed it."), cased);
    }

    @Test
    void theStagesAfterItReadTheRestoredNames() {
        AnnotatedArticle a = StageFixture.upTo(MentionFinding.class,
                "the rapid support forces shelled el fasher on monday and killed four civilians, the un said.");
        AnnotatedSentence s = a.sentences().get(0);
        assertEquals("Rapid Support Forces", s.mentions().get(0).actor().name());
        assertEquals("the rapid support forces shelled el fasher on monday and killed four civilians, the un said.",
                s.text(), "the sentence keeps its own text");
    }

    @Test
    void aDatelineGetsItsCapitalsSoThatItNamesNobody() {
        List<String> cased = casedSentences("cairo, egypt (reuters) - israeli troops raided a house in khan yunis on tuesday, "
                + "officials said. the army said two men were arrested in the raid.");
        assertEquals("CAIRO, EGYPT (REUTERS) - Israeli troops raided a house in Khan Yunis on Tuesday, officials said.",
                cased.get(0));
    }

    @Test
    void aDatedDatelineGetsItsCapitalsToo() {
        List<String> cased = casedSentences("dhaka, june 6 (reuters) - a fire swept through a garment factory on friday, "
                + "killing 14 workers, officials said.");
        assertEquals("DHAKA, JUNE 6 (REUTERS) - a fire swept through a garment factory on Friday, killing 14 workers, "
                + "officials said.", cased.get(0));
    }
}
