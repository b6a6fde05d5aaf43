package io.articleingest.pipeline.extract.rules;

import java.util.List;
import java.util.Set;

/**
 * Where an event's actor or recipient is: when {@code when} holds (and {@code unless} does not),
 * {@code take} names the finder that looks for it.
 *
 * @param field   "actor" or "recipient"
 * @param take    the finder: subject, object, agent, governing-subject, head-noun, main-subject,
 *                clause-subject, speaker, pronoun, nearest-before, story-attacker, noun-owner,
 *                complement-object, purpose-object, second-party, or after (with {@code words})
 * @param words   for {@code after}: the words right before the actor ("between", "with")
 * @param kind    own (the clause names it), reported (the speaker), inferred (the story)
 */
public record ArgumentRule(String id, String field, Condition when, Condition unless, String take, Set<String> words,
                           String kind, String doc, List<RuleExample> examples) {

    public static final Set<String> FINDERS = Set.of("subject", "object", "agent", "governing-subject", "head-noun",
            "main-subject", "clause-subject", "speaker", "pronoun", "nearest-before", "story-attacker", "story-coercer", "story-author", "after", "noun-owner",
            "complement-object", "purpose-object", "second-party", "given-to");
    public static final Set<String> KINDS = Set.of("own", "reported", "inferred");
}
