package io.articleingest.pipeline.extract;

import io.articleingest.pipeline.model.EntityRef;

/**
 * Who says so in a sentence ("X said", "according to X"), and the tokens [speechStart, speechEnd)
 * of that frame, which are not part of the reported event.
 *
 * @param source  the speaker; null while the speaker is a pronoun not yet resolved
 * @param speaker the mention that names the speaker, or null when the speaker comes from an
 *                earlier sentence (a quotation that goes on)
 * @param rule    the attribution pattern that found it
 */
public record Attribution(EntityRef source, int speechStart, int speechEnd, Mention speaker, String rule) {

    public Attribution withSource(EntityRef resolved) {
        return new Attribution(resolved, speechStart, speechEnd, speaker, rule);
    }

    /**
     * Whether a place at token {@code k} says where the source is, not where the act was: in the
     * speech frame or right after it ("according to medics at Nasser Hospital", "a spokesman told
     * reporters in Maiduguri").
     */
    public boolean placesSource(int k) {
        return k >= speechStart && k <= speechEnd + 2;
    }

    /** Whether token {@code k} belongs to the speech frame. */
    public boolean frames(int k) {
        return k >= speechStart && k < speechEnd;
    }
}
