package io.articleingest.pipeline.model;

/** The place of an event, resolved in the gazetteer. */
public record Location(String text, String name, String country, String admin1, Double lat, Double lon) {
}
