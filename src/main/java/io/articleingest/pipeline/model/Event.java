package io.articleingest.pipeline.model;

import java.util.List;

/** One PLOVER event of the extraction contract; field names are fixed by the contract. */
public record Event(
        String eventId, String articleId, String eventType, List<String> modes, List<String> contexts,
        int quadClass, double score, List<EntityRef> actors, List<EntityRef> recipients, Location location,
        String date, String datePrecision, String dateText, String status, Integer fatalities, Integer injuries,
        EntityRef attribution, String sentence, int sentenceIndex, int charStart, int charEnd, String trigger,
        double confidence) {

    public Event {
        modes = modes == null ? List.of() : List.copyOf(modes);
        contexts = contexts == null ? List.of() : List.copyOf(contexts);
        actors = actors == null ? List.of() : List.copyOf(actors);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
