package io.articleingest.pipeline.extract;

import io.articleingest.pipeline.knowledge.Trigger;

/**
 * A trigger phrase found in a sentence, over tokens [start, end), with how it is used.
 *
 * @param form     its grammatical use, which decides where its actor and recipient are
 * @param role     whether it reports an event of its own
 * @param governor for an {@link Role#EMBEDDED} trigger, the index (among the sentence's triggers)
 *                 of the trigger whose content it is; else -1
 * @param rule     the id of the rule that decided the role
 */
public record TriggerHit(int start, int end, Trigger trigger, Form form, Role role, int governor, String rule) {

    /** How the trigger is used in its clause. */
    public enum Form {
        /** an active finite verb: "Israel rejected the proposal" */
        ACTIVE,
        /** a passive verb: "three men were killed by a drone"; "a deal mediated by Qatar" */
        PASSIVE,
        /** a participle after a comma or "and": "…, killing 12" */
        PARTICIPLE,
        /** an -ing form right after the noun it describes: "a resolution calling for a truce" */
        REDUCED_RELATIVE,
        /** a finite verb joined by "and"/"but" to an earlier one: "raided the town and arrested 12" */
        COORDINATED,
        /** an infinitive: "urged Israel to open the crossing" */
        INFINITIVE,
        /** a noun: "an airstrike on the village" */
        NOUN
    }

    /** Whether the trigger reports an event. */
    public enum Role {
        REPORTED,
        /** the content of another trigger: "accepted the proposal", "urged Israel to open" */
        EMBEDDED,
        /** not news of the article: "since the truce took effect", "Iran, which backs the Houthis" */
        BACKGROUND
    }

    public TriggerHit as(Role newRole, int newGovernor, String because) {
        return new TriggerHit(start, end, trigger, form, newRole, newGovernor, because);
    }

    public boolean reported() {
        return role == Role.REPORTED;
    }
}
