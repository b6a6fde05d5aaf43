package io.articleingest.store;

import io.articleingest.pipeline.model.Event;

/**
 * An event as stored: the contract's event with what its item keeps of the article (object,
 * title, publication date) and the date it is filed under in the indexes.
 */
public record StoredEvent(Event event, String bucket, String key, String title, String publishedAt,
                          String eventDate) {
}
