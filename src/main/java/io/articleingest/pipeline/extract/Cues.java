package io.articleingest.pipeline.extract;

import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.knowledge.PhraseIndex;
import io.articleingest.pipeline.text.Token;
import java.util.List;

/** Looks up the cue phrases of {@code cues.yaml} in a stretch of a sentence. */
public final class Cues {

    private Cues() {
    }

    /** Whether a cue of {@code list} lies wholly within tokens [from, to). */
    public static boolean any(Knowledge knowledge, List<Token> tokens, int from, int to, String list) {
        return first(knowledge, tokens, from, to, list) != null;
    }

    /** The first cue of {@code list} wholly within tokens [from, to), or null. */
    public static PhraseIndex.Match<String> first(Knowledge knowledge, List<Token> tokens, int from, int to, String list) {
        for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
            for (PhraseIndex.Match<String> cue : knowledge.cues.matchesAt(tokens, k)) {
                if (cue.value().equals(list) && cue.end() <= to) {
                    return cue;
                }
            }
        }
        return null;
    }
}
