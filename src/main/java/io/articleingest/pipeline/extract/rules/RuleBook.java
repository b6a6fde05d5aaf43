package io.articleingest.pipeline.extract.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.articleingest.pipeline.knowledge.Knowledge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The extraction rules of {@code knowledge/arguments.yaml} and {@code knowledge/recodings.yaml}
 * (and of a user's dictionary, whose rules come first): where actors and recipients are, and the
 * PLOVER recodings. A rule that names an unknown condition, finder or field stops the load with
 * its id.
 */
public final class RuleBook {

    private final List<ArgumentRule> actorRules;
    private final List<ArgumentRule> recipientRules;
    private final List<RecodingRule> recodings;

    private RuleBook(List<ArgumentRule> actorRules, List<ArgumentRule> recipientRules, List<RecodingRule> recodings) {
        this.actorRules = actorRules;
        this.recipientRules = recipientRules;
        this.recodings = recodings;
    }

    public static RuleBook from(Knowledge knowledge) {
        Set<String> ids = new HashSet<>();
        List<ArgumentRule> actors = new ArrayList<>();
        for (JsonNode spec : knowledge.rules("actorRules")) {
            actors.add(argument(spec, "actor", ids));
        }
        List<ArgumentRule> recipients = new ArrayList<>();
        for (JsonNode spec : knowledge.rules("recipientRules")) {
            recipients.add(argument(spec, "recipient", ids));
        }
        List<RecodingRule> recodings = new ArrayList<>();
        for (JsonNode spec : knowledge.rules("recodings")) {
            recodings.add(recoding(spec, ids));
        }
        return new RuleBook(List.copyOf(actors), List.copyOf(recipients), List.copyOf(recodings));
    }

    public List<ArgumentRule> actorRules() {
        return actorRules;
    }

    public List<ArgumentRule> recipientRules() {
        return recipientRules;
    }

    public List<RecodingRule> recodings() {
        return recodings;
    }

    /** Every rule's examples, for the test that runs them. */
    public List<RuleExample> examples() {
        List<RuleExample> out = new ArrayList<>();
        actorRules.forEach(r -> out.addAll(r.examples()));
        recipientRules.forEach(r -> out.addAll(r.examples()));
        recodings.forEach(r -> out.addAll(r.examples()));
        return out;
    }

    private static ArgumentRule argument(JsonNode spec, String field, Set<String> ids) {
        String id = id(spec, ids);
        JsonNode take = spec.get("take");
        String finder;
        Set<String> words = Set.of();
        if (take != null && take.isObject() && take.has("after")) {
            finder = "after";
            words = Condition.strings(take.get("after"));
        } else {
            finder = take == null ? null : take.asText();
        }
        if (!ArgumentRule.FINDERS.contains(finder)) {
            throw new IllegalArgumentException("rule " + id + ": unknown finder '" + finder + "'; known: "
                    + ArgumentRule.FINDERS);
        }
        String kind = spec.path("kind").asText("own");
        if (!ArgumentRule.KINDS.contains(kind)) {
            throw new IllegalArgumentException("rule " + id + ": kind is own, reported or inferred, not " + kind);
        }
        return new ArgumentRule(id, field, Condition.parse(spec.get("when"), id), unless(spec, id), finder, words,
                kind, spec.path("doc").asText(""), examples(spec, id));
    }

    private static RecodingRule recoding(JsonNode spec, Set<String> ids) {
        String id = id(spec, ids);
        JsonNode then = spec.path("then");
        Set<String> known = Set.of("type", "status", "modes", "addModes", "speakersAct", "embeddedType", "embeddedMode",
                "noCasualties", "drop");
        then.fieldNames().forEachRemaining(k -> {
            if (!known.contains(k)) {
                throw new IllegalArgumentException("recoding " + id + ": unknown action '" + k + "'; known: " + known);
            }
        });
        return new RecodingRule(id, Condition.parse(spec.get("when"), id), unless(spec, id), text(then, "type"),
                text(then, "status"), then.has("modes") ? Condition.list(then.get("modes")) : null,
                then.has("addModes") ? Condition.list(then.get("addModes")) : List.of(), text(then, "speakersAct"),
                then.path("embeddedType").asBoolean(false), then.path("embeddedMode").asBoolean(false),
                then.path("noCasualties").asBoolean(false), then.path("drop").asBoolean(false),
                spec.path("doc").asText(""), examples(spec, id));
    }

    private static Condition unless(JsonNode spec, String id) {
        return spec.has("unless") ? Condition.parse(spec.get("unless"), id) : null;
    }

    private static String id(JsonNode spec, Set<String> ids) {
        String id = spec.path("id").asText(null);
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a rule without an id: " + spec);
        }
        if (!ids.add(id)) {
            throw new IllegalArgumentException("two rules have the id " + id);
        }
        return id;
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asText() : null;
    }

    private static List<RuleExample> examples(JsonNode spec, String id) {
        List<RuleExample> out = new ArrayList<>();
        for (JsonNode e : spec.path("examples")) {
            Map<String, String> expect = new LinkedHashMap<>();
            e.path("expect").fields().forEachRemaining(f -> expect.put(f.getKey(), f.getValue().asText()));
            out.add(new RuleExample(id, e.path("text").asText(), e.path("published").asText(null), expect,
                    e.path("absent").asBoolean(false)));
        }
        return List.copyOf(out);
    }
}
