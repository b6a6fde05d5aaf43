package io.articleingest.pipeline.extract.stage.coref;

import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Mention;
import java.util.List;

/**
 * One pass of coreference over a sentence, in the manner of CoreNLP's deterministic sieves: it
 * resolves the mentions it recognises to an antecedent and leaves the others to later sieves.
 */
interface Sieve {

    /** The id explanations give for a mention this sieve resolved. */
    String id();

    /**
     * @param mentions the sentence's mentions so far, sorted by position; the sieve replaces the
     *                 ones it resolves (and may add a mention for an anaphor no dictionary knows)
     */
    void resolve(AnnotatedSentence sentence, List<Mention> mentions, Discourse discourse);
}
