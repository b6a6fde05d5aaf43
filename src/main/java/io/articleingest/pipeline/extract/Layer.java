package io.articleingest.pipeline.extract;

/**
 * The annotations an {@link AnnotatedArticle} can carry, in the order the standard stages add
 * them. A stage names the layers it needs and the ones it adds; the extractor checks, when it is
 * built, that every stage's needs are met by the stages before it.
 */
public enum Layer {
    /** sentences of the body, headings marked */
    SENTENCES,
    /** capitals restored in text that has none (lower-cased feeds) */
    CASE,
    /** words and punctuation with body offsets */
    TOKENS,
    /** part of speech and lemma of every token */
    TAGS,
    /** actors, places and names as written, from the dictionaries and the shape of names */
    MENTIONS,
    /** mentions that continue an earlier one resolved to it: surnames, "the group", roles */
    COREFERENCE,
    /** the clauses of each sentence */
    CLAUSES,
    /** who says so in each sentence, and the words of the speech frame */
    ATTRIBUTIONS,
    /** pronouns resolved to the actor they continue */
    PRONOUNS,
    /** phrases that report events, with the ones that are background or the content of another marked */
    TRIGGERS,
    /** one event draft per reported trigger, with its actors and recipients */
    ARGUMENTS,
    /** the place of each draft */
    PLACES,
    /** the state of actors named only by their sector ("the army") */
    ACTOR_COUNTRIES,
    /** the story's attacker applied: attacks with no attacker named, claims of responsibility, weapons */
    ATTACKERS,
    /** whether each act happened, is planned, conditional or denied */
    STATUS,
    /** the date of each draft */
    DATES,
    /** deaths and injuries of each draft */
    CASUALTIES,
    /** PLOVER recodings applied: reported promises, refusals, demands */
    RECODED,
    /** one draft per act: same-sentence and cross-sentence duplicates folded */
    MERGED,
    /** what the story as a whole says of an event its sentence leaves open: the other side, the place */
    STORY_DEFAULTS,
    /** the contract's events, with contexts, scores and confidence */
    EVENTS
}
