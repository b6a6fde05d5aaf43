package io.articleingest.pipeline.knowledge;

/**
 * A phrase that reports an event of a PLOVER type.
 *
 * @param type       PLOVER event type
 * @param mode       PLOVER mode the phrase implies, or null
 * @param casualties "killed" or "injured" when numbers next to the phrase count victims
 * @param noun       the phrase is a noun (needs a light verb unless standalone)
 * @param standalone a noun that reports an event on its own ("airstrike")
 * @param needsModeCue the phrase reports an event of its type only with a mode cue in the sentence
 *                   ("warned" is a threat when it is about force: "warned of a ground operation")
 * @param verbLemma  for verb phrases: the uninflected head verb ("kill"); null for nouns
 * @param victimSubject the subject is the victim, not the actor ("died", "the death toll")
 * @param phrase     the phrase as listed
 * @param reportedSpeech the phrase codes an event only in what a speaker says, as the speaker's act
 *                   towards the clause's subject: "X said Israel was sabotaging the deal" (a charge),
 *                   "X said Y must withdraw" (a demand)
 */
public record Trigger(String type, String mode, String casualties, boolean noun, boolean standalone,
                      boolean needsModeCue, String verbLemma, boolean victimSubject, String phrase,
                      boolean reportedSpeech) {
}
