package io.articleingest.pipeline.extract.rules;

import java.util.Map;

/**
 * A sentence written for a rule, with what the rule must give on it: {@code expect} names a field
 * (type, actor, recipient, status, place, date) and the value one of the event's values must have
 * (for actors a country code or a canonical name). {@code absent: true} says the rule removes the
 * event of that type.
 */
public record RuleExample(String ruleId, String text, String published, Map<String, String> expect, boolean absent) {
}
