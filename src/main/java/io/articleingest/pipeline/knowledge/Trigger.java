package io.articleingest.pipeline.knowledge;

/**
 * A phrase that reports an event of a PLOVER type.
 *
 * @param type       PLOVER event type
 * @param mode       PLOVER mode the phrase implies, or null
 * @param casualties "killed" or "injured" when numbers next to the phrase count victims
 * @param noun       the phrase is a noun (needs a light verb unless standalone)
 * @param standalone a noun that reports an event on its own ("airstrike")
 * @param lemma      the phrase as listed (its first word uninflected for verbs)
 */
public record Trigger(String type, String mode, String casualties, boolean noun, boolean standalone, String lemma) {
}
