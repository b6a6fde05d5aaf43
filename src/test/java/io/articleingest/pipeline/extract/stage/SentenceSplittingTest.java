package io.articleingest.pipeline.extract.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.StageFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences of the body, with their offsets, paragraphs and headings, on texts written for it. */
class SentenceSplittingTest {

    private static List<AnnotatedSentence> split(String text) {
        return StageFixture.upTo(SentenceSplitting.class, text).sentences();
    }

    private static List<String> texts(List<AnnotatedSentence> sentences) {
        return sentences.stream().map(AnnotatedSentence::text).toList();
    }

    @Test
    void aSentenceEndsAtAStopBeforeACapitalAndKeepsItsOffsetsInTheBody() {
        String body = "Israeli troops withdrew from the town. Hamas said it would release two hostages! Why now?";
        List<AnnotatedSentence> sentences = split(body);
        assertEquals(List.of("Israeli troops withdrew from the town.", "Hamas said it would release two hostages!",
                "Why now?"), texts(sentences));
        for (AnnotatedSentence s : sentences) {
            assertEquals(s.text(), body.substring(s.sentence().start(), s.sentence().end()), "offsets into the body");
        }
        assertEquals(List.of(0, 1, 2), sentences.stream().map(AnnotatedSentence::index).toList());
    }

    @Test
    void eachLineIsAParagraphAndBlankLinesAddNone() {
        List<AnnotatedSentence> sentences = split("Egypt urged calm. Qatar agreed.\n\nRussia shelled Kharkiv.\nKyiv protested.");
        assertEquals(4, sentences.size(), texts(sentences).toString());
        assertEquals(List.of(0, 0, 1, 2), sentences.stream().map(AnnotatedSentence::paragraph).toList());
    }

    @Test
    void aQuotationClosesTheSentenceItEnds() {
        List<AnnotatedSentence> sentences = split("“We will not withdraw.” The minister left the meeting.");
        assertEquals(List.of("“We will not withdraw.”", "The minister left the meeting."), texts(sentences));
    }

    @Test
    void aHeadlineIsOneSentenceMarkedAsAHeading() {
        String text = "Talks collapse. Envoys leave Doha\nThe envoys left Doha on Sunday. Talks may resume.";
        int headlineEnd = text.indexOf('\n');
        AnnotatedArticle article = StageFixture.upTo(SentenceSplitting.class, text, (start, end) -> end == headlineEnd);
        List<AnnotatedSentence> sentences = article.sentences();
        assertEquals(List.of("Talks collapse. Envoys leave Doha", "The envoys left Doha on Sunday.", "Talks may resume."),
                texts(sentences), "a heading line is not split at its stops");
        assertTrue(sentences.get(0).heading());
        assertFalse(sentences.get(1).heading() || sentences.get(2).heading(), "body sentences are no headings");
    }

    @Test
    void abbreviationsInitialsAndLowerCaseWordsDoNotEndASentence() {
        List<AnnotatedSentence> sentences = split(
                "The U.N. envoy met Gen. Burhan and J. Smith at 10 a.m. on Monday. Both left.");
        assertEquals(List.of("The U.N. envoy met Gen. Burhan and J. Smith at 10 a.m. on Monday.", "Both left."),
                texts(sentences));
    }
}
