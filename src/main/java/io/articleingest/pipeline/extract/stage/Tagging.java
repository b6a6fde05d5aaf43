package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Layer;
import io.articleingest.pipeline.extract.Stage;
import io.articleingest.pipeline.text.PartOfSpeechTagger;
import io.articleingest.pipeline.text.Tokenizer;
import java.util.Set;

/**
 * Words and punctuation of each sentence with their offsets, then their part of speech and lemma
 * from the OpenNLP tagger, read from the text with its capitals restored. Headings are tagged too:
 * names in them are counted as mentions.
 */
public final class Tagging implements Stage {

    private final PartOfSpeechTagger tagger;

    public Tagging(PartOfSpeechTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.CASE);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.TOKENS, Layer.TAGS);
    }

    @Override
    public void annotate(AnnotatedArticle article) {
        for (AnnotatedSentence s : article.sentences()) {
            s.setTokens(tagger.tag(Tokenizer.tokenize(s.casedText(), s.sentence().start())));
        }
    }
}
