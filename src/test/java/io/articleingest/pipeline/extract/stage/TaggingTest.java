package io.articleingest.pipeline.extract.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.StageFixture;
import io.articleingest.pipeline.text.Token;
import io.articleingest.pipeline.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens with body offsets, then their part of speech and lemma, on sentences written for it. */
class TaggingTest {

    private static AnnotatedSentence tagged(String text) {
        return StageFixture.sentence(Tagging.class, text);
    }

    private static Token token(AnnotatedSentence s, String norm) {
        return s.tokens().stream().filter(t -> t.norm().equals(norm)).findFirst()
                .orElseThrow(() -> new AssertionError("no token '" + norm + "' in " + s.text()));
    }

    @Test
    void tokensOfALaterSentenceCarryTheirOffsetsInTheBody() {
        String body = "Talks resumed.\nEgypt's envoy met Hamas officials in Cairo.";
        AnnotatedSentence second = StageFixture.upTo(Tagging.class, body).sentences().get(1);
        assertEquals(List.of("Egypt", "'s", "envoy", "met", "Hamas", "officials", "in", "Cairo", "."),
                second.tokens().stream().map(Token::text).toList(), "the possessive is a token of its own");
        for (Token t : second.tokens()) {
            assertEquals(t.text(), body.substring(t.start(), t.end()));
        }
    }

    @Test
    void aSentenceOpensOnAPluralNounNotOnAVerbInS() {
        Token talks = tagged("Talks between Egypt and Qatar resumed in Doha.").tokens().get(0);
        assertEquals("NOUN", talks.tag());
        assertEquals("talk", talks.lemma());
        assertFalse(talks.verbReading());
        assertEquals("VERB", tagged("Egypt says talks will resume.").tokens().get(1).tag(), "after its subject, a verb");
        assertEquals("NOUN", tagged("Fighting resumed in Kharkiv on Monday.").tokens().get(0).tag());
        assertEquals("VERB", tagged("Speaking to reporters, the minister rejected the plan.").tokens().get(0).tag(),
                "a participle that opens a clause of its own");
    }

    @Test
    void dottedAbbreviationsAndNumbersWithThousandsStayWhole() {
        AnnotatedSentence s = tagged("The U.N. counted 1,000 displaced families.");
        assertEquals(List.of("the", "u.n.", "counted", "1,000", "displaced", "families", "."),
                s.tokens().stream().map(Token::norm).toList());
        assertEquals(List.of("the", "u.s.", "envoy", "left", "."), Tokenizer.tokenize("the u.s. envoy left.", 0).stream()
                .map(Token::norm).toList(), "dotted letters in lower case, closed by their dot");
        assertEquals(List.of("in", "a", ".", "Then"), Tokenizer.tokenize("in a.Then", 0).stream().map(Token::text).toList(),
                "one letter before a sentence's dot joins nothing");
    }

    @Test
    void everyTokenGetsAUniversalTagAndAVerbItsDictionaryForm() {
        AnnotatedSentence s = tagged("Russian drones killed two civilians in Kharkiv.");
        for (Token t : s.tokens()) {
            assertNotNull(t.tag(), t.text());
            assertNotNull(t.lemma(), t.text());
        }
        Token killed = token(s, "killed");
        assertEquals("VERB", killed.tag());
        assertEquals("kill", killed.lemma());
        assertEquals(Token.VerbForm.PAST, killed.verbForm());
        assertEquals("PROPN", token(s, "kharkiv").tag());
        assertEquals("NOUN", token(s, "civilians").tag());
    }

    @Test
    void aVerbTheTaggerCalledAnAdjectiveKeepsAVerbReadingAndAVerbLemma() {
        Token rejected = token(tagged("The cabinet on Tuesday rejected calls for a truce."), "rejected");
        assertEquals("ADJ", rejected.tag(), "the model's error this reading is for");
        assertTrue(rejected.verbReading());
        assertTrue(rejected.couldBeVerb());
        assertEquals("reject", rejected.lemma(), "lemmatized as the verb it could be");
    }

    @Test
    void aTrueAdjectiveHasNoVerbReadingAndAClosedClassWordIsItsOwnLemma() {
        AnnotatedSentence s = tagged("The international envoys were silent.");
        Token international = token(s, "international");
        assertEquals("ADJ", international.tag());
        assertFalse(international.couldBeVerb());
        assertEquals("the", s.tokens().get(0).lemma(), "'The' is only lower-cased");
        assertFalse(token(s, "envoys").couldBeVerb());
    }

    @Test
    void headingsAreTaggedToo() {
        String text = "Qatar hosts talks\nThe envoys met in Doha.";
        AnnotatedArticle article = StageFixture.upTo(Tagging.class, text, (start, end) -> start == 0);
        AnnotatedSentence headline = article.sentences().get(0);
        assertTrue(headline.heading());
        assertEquals(List.of("Qatar", "hosts", "talks"), headline.tokens().stream().map(Token::text).toList());
        assertEquals("PROPN", headline.tokens().get(0).tag());
    }
}
