package io.articleingest.pipeline.model;

import java.util.List;

/** What the pipeline produces for one document: the article record and its events. */
public record ExtractionResult(Article article, List<Event> events) {
    public ExtractionResult {
        events = events == null ? List.of() : List.copyOf(events);
    }
}
