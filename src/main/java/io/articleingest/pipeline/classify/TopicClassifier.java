package io.articleingest.pipeline.classify;

import io.articleingest.pipeline.ParsedArticle;
import io.articleingest.pipeline.model.Topic;
import java.util.List;

/** Assigns IPTC Media Topics to an article. (First version: filled in by the classification issue.) */
public final class TopicClassifier {

    public static TopicClassifier load() {
        return new TopicClassifier();
    }

    /** Topics, highest score first. */
    public List<Topic> classify(ParsedArticle article) {
        return List.of();
    }

    /** PLOVER contexts (military, diplomatic, human_security…) of one sentence. */
    public List<String> contexts(String sentence) {
        return List.of();
    }
}
