package io.articleingest.pipeline.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.articleingest.pipeline.text.Token;
import io.articleingest.pipeline.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Phrases are split as the tokenizer splits text, by the quick way for plain names too. */
class PhraseIndexTest {

    @Test
    void phrasesSplitAsTextIs() {
        for (String phrase : List.of("Dera Ghazi Khan", "Kraków", "  Sant Julià  de Lòria ", "Ta'izz", "Ogwashi-Uku",
                "U.N. Security Council", "Israel's army", "İzmir", "Rio de Janeiro")) {
            List<String> tokens = Tokenizer.tokenize(phrase, 0).stream().map(Token::norm).toList();
            assertEquals(tokens, PhraseIndex.words(phrase), phrase);
        }
    }

    @Test
    void entriesOfOnePhraseComeInTheOrderAddedLongestPhraseFirst() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add("Beni", "first");
        index.add("Beni", "second");
        index.add("Beni town", "longer");
        List<Token> tokens = Tokenizer.tokenize("Beni town", 0);
        assertEquals(List.of("longer", "first", "second"),
                index.matchesAt(tokens, 0).stream().map(PhraseIndex.Match::value).toList());
        assertEquals(List.of("first", "second"), index.get("beni"));
        assertEquals(List.of(), index.get("Beni Department"));
    }
}
