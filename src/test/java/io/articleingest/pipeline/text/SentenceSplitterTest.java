package io.articleingest.pipeline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> split(String text) {
        return SentenceSplitter.split(text, (s, e) -> false).stream().map(Sentence::text).toList();
    }

    @Test
    void aTextThatLostItsCapitalsIsCaselessEvenAsAShortSnippet() {
        assertTrue(SentenceSplitter.caseless("police in kano arrested two men on tuesday."));
        assertTrue(SentenceSplitter.caseless("police in kano arrested two men on tuesday after clashes between rival groups."));
        assertFalse(SentenceSplitter.caseless("Police in Kano arrested two men."));
        assertFalse(SentenceSplitter.caseless("fighting resumed"), "two words say too little");
    }

    @Test
    void keepsAbbreviationsInitialsAndDottedNamesInside() {
        assertEquals(List.of("The U.N. envoy met Gen. Ali Hassan on Oct. 5 in Cairo.", "He left the next day."),
                split("The U.N. envoy met Gen. Ali Hassan on Oct. 5 in Cairo. He left the next day."));
        assertEquals(List.of("Talks led by J. R. Smith ended.", "Nothing was agreed."),
                split("Talks led by J. R. Smith ended. Nothing was agreed."));
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertEquals(List.of("“We will not accept this,” the minister said.", "“Never.”", "Talks ended."),
                split("“We will not accept this,” the minister said. “Never.” Talks ended."));
    }

    @Test
    void linesAreHardBoundariesAndHeadingsAreMarked() {
        String body = "Escalation in the South\nShelling continued overnight. Two homes were hit";
        List<Sentence> s = SentenceSplitter.split(body, (start, end) -> start == 0);
        assertEquals(3, s.size());
        assertTrue(s.get(0).heading());
        assertEquals("Two homes were hit", s.get(2).text());
        assertEquals(body.indexOf("Two"), s.get(2).start());
        assertEquals(body.length(), s.get(2).end());
        assertEquals(1, s.get(2).paragraph());
    }

    @Test
    void lowerCaseAfterAPeriodDoesNotStartASentence() {
        assertEquals(1, split("Prices rose 3.5 percent, e.g. in food, the bureau said.").size());
    }

    @Test
    void aRunWithoutSentenceBreaksIsCutAtWordBoundariesIntoCappedPieces() {
        String run = "the minister of the interior of the ".repeat(200).strip();
        List<Sentence> pieces = SentenceSplitter.split(run, (s, e) -> false);
        assertTrue(pieces.size() >= run.length() / SentenceSplitter.MAX_SENTENCE_CHARS, pieces.size() + " pieces");
        int covered = 0;
        for (Sentence s : pieces) {
            assertTrue(s.text().length() <= SentenceSplitter.MAX_SENTENCE_CHARS, s.text().length() + " chars");
            assertEquals(s.text(), run.substring(s.start(), s.end()), "offsets point into the body");
            assertTrue(s.end() == run.length() || run.charAt(s.end()) == ' ', "cut inside a word at " + s.end());
            covered += s.text().replace(" ", "").length();
        }
        assertEquals(run.replace(" ", "").length(), covered, "no text lost between the pieces");
    }

    @Test
    void aRunWithoutAnyWhitespaceIsCutAtTheCapWithoutSplittingASurrogatePair() {
        String run = "x" + "\uD83D\uDE00".repeat(SentenceSplitter.MAX_SENTENCE_CHARS);
        List<Sentence> pieces = SentenceSplitter.split(run, (s, e) -> false);
        assertEquals(run, String.join("", pieces.stream().map(Sentence::text).toList()));
        pieces.forEach(s -> assertTrue(s.text().length() <= SentenceSplitter.MAX_SENTENCE_CHARS));
        pieces.forEach(s -> assertTrue(!Character.isLowSurrogate(s.text().charAt(0)), "split pair at " + s.start()));
    }

    @Test
    void anOrdinaryLongSentenceIsNotCut() {
        String sentence = "Officials said " + "that talks would continue, ".repeat(30) + "and ended.";
        assertTrue(sentence.length() < SentenceSplitter.MAX_SENTENCE_CHARS);
        assertEquals(List.of(sentence), split(sentence));
    }
}
