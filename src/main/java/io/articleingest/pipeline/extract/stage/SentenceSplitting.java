package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.Layer;
import io.articleingest.pipeline.extract.Stage;
import io.articleingest.pipeline.text.Sentence;
import io.articleingest.pipeline.text.SentenceSplitter;
import java.util.Set;

/** Splits the body into sentences, marking headlines and section titles (which never yield events). */
public final class SentenceSplitting implements Stage {

    @Override
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public void annotate(AnnotatedArticle article) {
        for (Sentence s : SentenceSplitter.split(article.body(), article::isHeading)) {
            article.addSentence(s);
        }
    }
}
