package io.articleingest.pipeline.extract;

import io.articleingest.pipeline.ParsedArticle;
import io.articleingest.pipeline.classify.TopicClassifier;
import io.articleingest.pipeline.model.ArticleEntity;
import io.articleingest.pipeline.model.Event;
import java.util.List;

/** Finds PLOVER events in an article. (Skeleton: the extraction issue fills it in.) */
public final class EventExtractor {

    /** What extraction yields besides the events: the article's entities and its sentence count. */
    public record Extraction(List<Event> events, List<ArticleEntity> entities, int sentenceCount) {
    }

    public static EventExtractor load(TopicClassifier contexts) {
        return new EventExtractor();
    }

    public Extraction extract(ParsedArticle article, String articleId) {
        return new Extraction(List.of(), List.of(), 0);
    }
}
