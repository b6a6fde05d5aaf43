package io.articleingest.pipeline.legacy;

import io.articleingest.pipeline.knowledge.Place;
import io.articleingest.pipeline.model.EntityRef;

/**
 * An actor or a place found in a sentence, over tokens [start, end).
 *
 * @param actor the resolved actor, or null for a place-only mention
 * @param place the gazetteer place, or null for an actor that is not a place here
 * @param kind  the dictionary kind of the head (COUNTRY, DEMONYM, SEAT, ORG, PERSON, SECTOR,
 *              PLACE, NAME for an unknown capitalised name, PRONOUN)
 */
record Mention(int start, int end, EntityRef actor, Place place, String kind) {

    boolean isActor() {
        return actor != null;
    }

    boolean isPerson() {
        return "PERSON".equals(kind) || "NAME".equals(kind);
    }
}
