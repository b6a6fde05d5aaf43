package io.articleingest.pipeline.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermTokenizerTest {

    @Test
    void lowerCasesAndSplitsOnPunctuationAndHyphens() {
        assertEquals(List.of("cease", "fire", "hold", "in", "the", "north"),
                TermTokenizer.tokens("Cease-fire holds, in the NORTH."));
    }

    @Test
    void dropsPossessiveWithStraightAndCurlyApostrophes() {
        assertEquals(List.of("women", "right"), TermTokenizer.tokens("women's rights"));
        assertEquals(List.of("hama", "delegation"), TermTokenizer.tokens("Hamas’ delegation"));
        assertEquals(List.of("the", "union", "leader"), TermTokenizer.tokens("the union’s leader"));
    }

    @Test
    void foldsPluralEndingsButKeepsHarmansExceptions() {
        assertEquals("strike", TermTokenizer.fold("strikes"));
        assertEquals("casualty", TermTokenizer.fold("casualties"));
        assertEquals("virus", TermTokenizer.fold("virus"));
        assertEquals("press", TermTokenizer.fold("press"));
        assertEquals("gas", TermTokenizer.fold("gas"));
        assertEquals("shoe", TermTokenizer.fold("shoes"));
    }
}
