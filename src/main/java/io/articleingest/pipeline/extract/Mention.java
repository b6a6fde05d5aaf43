package io.articleingest.pipeline.extract;

import io.articleingest.pipeline.knowledge.Place;
import io.articleingest.pipeline.model.EntityRef;

/**
 * An actor, a place or a pronoun in a sentence, over tokens [start, end).
 *
 * @param actor the resolved actor, or null for a place-only mention (and an unresolved pronoun)
 * @param place the gazetteer place, or null for an actor that is not a place here
 * @param kind  what the head is: COUNTRY, DEMONYM, SEAT, ORG, PERSON, SECTOR, PLACE, NAME (an
 *              unknown proper name), PRONOUN
 * @param via   the coreference sieve that resolved the mention to an earlier one, or null
 */
public record Mention(int start, int end, EntityRef actor, Place place, String kind, String via) {

    public Mention(int start, int end, EntityRef actor, Place place, String kind) {
        this(start, end, actor, place, kind, null);
    }

    public boolean isActor() {
        return actor != null && !isPronoun();
    }

    public boolean isPerson() {
        return "PERSON".equals(kind) || "NAME".equals(kind);
    }

    public boolean isPronoun() {
        return "PRONOUN".equals(kind);
    }

    public boolean covers(int token) {
        return token >= start && token < end;
    }

    /** This mention continuing {@code antecedent}, as {@code sieve} decided. */
    public Mention resolvedTo(EntityRef antecedent, String sieve) {
        return new Mention(start, end, antecedent, place, kind, sieve);
    }
}
