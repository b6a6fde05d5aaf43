package io.articleingest.pipeline.extract.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.articleingest.pipeline.extract.Cues;
import io.articleingest.pipeline.extract.Draft;
import io.articleingest.pipeline.extract.Scopes;
import io.articleingest.pipeline.extract.TriggerHit;
import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.knowledge.PhraseIndex;
import io.articleingest.pipeline.knowledge.WordClass;
import io.articleingest.pipeline.text.Token;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code when} (or {@code unless}) of a rule: every key given must hold for a draft. Keys:
 * <ul>
 *   <li>{@code types}: the draft's PLOVER type is one of these; {@code quad}: its quad class is;</li>
 *   <li>{@code form}: the trigger is used so (active, passive, participle, reduced-relative,
 *       coordinated, infinitive, noun); {@code reportedSpeech}: the trigger codes only in speech;</li>
 *   <li>{@code status}: the draft's status is one of these;</li>
 *   <li>{@code speaker}: the sentence has (true) or lacks (false) a speaker; {@code speakerSectors}:
 *       the speaker's sector is one of these; {@code afterSpeech}: the trigger starts at most this
 *       many tokens after the speech frame;</li>
 *   <li>{@code cueAfter} with {@code cueWithin}: a cue of that cues.yaml list within so many tokens
 *       after the trigger; {@code cueBefore}: a cue of that list in the trigger's clause before it;
 *       {@code sentenceCue}: a cue of that list anywhere in the sentence ({@code sentenceCueOutsideNames}: not
 *       inside a name, "the Arab League"); {@code wordClass}: a word
 *       of that lexicon class in the sentence; {@code quote}: the sentence quotes someone;</li>
 *   <li>{@code triggerWordClass}: the trigger's head word is in that lexicon class ("order");
 *       {@code triggerHas}: a word of the trigger phrase is ("declared a state of emergency");
 *       {@code embedded}: a trigger that is this one's content has one of these types;</li>
 *   <li>{@code ownActor}: the sentence names the actor (true), or none or only the story's (false);
 *       {@code scoreLine}: the sentence gives a match's score ("3-1");
 *       {@code actors}, {@code recipients}: "none", "one" or "some" (at least one); {@code
 *       actorCountry}: "known" or "unknown" (of the first actor); {@code actorSectors}: the first
 *       actor's sector is one of these; {@code casualtyTrigger}: the trigger reports deaths or
 *       injuries (true) or not (false); {@code actorAtHome}: the act's place, when known, lies in
 *       the first actor's own country, when known (true), or not (false); {@code recipientSectors}: the
 *       first recipient's sector is one of these; {@code actorIsSpeaker}: the first
 *       actor is (true) or is not (false) the speaker; {@code recipientCountry} likewise; {@code actorStateDiffersFromSpeaker}: true;
 *       {@code place}, {@code attribution}, {@code casualties}: "none" or "some";</li>
 *   <li>{@code triggerRule}: the rule that found the trigger is one of these ("light-verb-noun");
 *       {@code reflexiveObject}: the trigger's object is a reflexive pronoun ("defending itself");
 *       {@code pronounSubject}: a pronoun stands before the trigger in its clause ("he called on");</li>
 *   <li>{@code statusRule}: the status was set by one of these rules ("condition": the trigger
 *       stands in an if- or unless-clause);</li>
 *   <li>{@code anyOf}: a list of conditions, one of which must hold.</li>
 * </ul>
 */
public final class Condition {

    private static final Set<String> KEYS = Set.of("types", "quad", "form", "reportedSpeech", "status", "speaker",
            "speakerSectors", "afterSpeech", "cueAfter", "cueWithin", "cueBefore", "sentenceCue", "sentenceCueOutsideNames", "wordClass", "quote",
            "triggerWordClass", "triggerHas", "embedded", "actors", "recipients", "actorCountry", "recipientCountry", "actorIsSpeaker",
            "actorStateDiffersFromSpeaker", "place", "attribution", "casualties", "triggerRule", "reflexiveObject", "pronounSubject", "anyOf",
            "actorSectors", "recipientSectors", "casualtyTrigger", "actorAtHome", "ownActor", "scoreLine", "statusRule");
    private static final Set<String> CUE_KEYS = Set.of("cueAfter", "cueBefore", "sentenceCue", "sentenceCueOutsideNames");
    /** "3-1", "2-0": the score of a match */
    private static final java.util.regex.Pattern SCORE = java.util.regex.Pattern.compile("\\d{1,2}-\\d{1,2}");

    private final JsonNode spec;
    private final List<Condition> anyOf;

    private Condition(JsonNode spec, List<Condition> anyOf) {
        this.spec = spec;
        this.anyOf = anyOf;
    }

    public static final Condition ALWAYS = new Condition(null, List.of());

    /** Parses a condition; an unknown key is an error in the rule file, named with the rule. */
    static Condition parse(JsonNode spec, String ruleId) {
        if (spec == null || spec.isNull()) {
            return ALWAYS;
        }
        for (Iterator<String> keys = spec.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("rule " + ruleId + ": unknown condition '" + key + "'; known: "
                        + new java.util.TreeSet<>(KEYS));
            }
            if (CUE_KEYS.contains(key) && !Knowledge.CUE_SECTIONS.contains(spec.path(key).asText())) {
                // a list that is never loaded would never match, and the rule would silently never hold
                throw new IllegalArgumentException("rule " + ruleId + ": " + key + " names no cues.yaml list '"
                        + spec.path(key).asText() + "'; known: " + new java.util.TreeSet<>(Knowledge.CUE_SECTIONS));
            }
        }
        List<Condition> alternatives = new java.util.ArrayList<>();
        for (JsonNode alternative : spec.path("anyOf")) {
            alternatives.add(parse(alternative, ruleId));
        }
        return new Condition(spec, List.copyOf(alternatives));
    }

    public boolean holds(Draft d, Knowledge k) {
        if (spec == null) {
            return true;
        }
        for (Iterator<String> keys = spec.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!holds(key, spec.get(key), d, k)) {
                return false;
            }
        }
        return true;
    }

    /** A cue of the list in the sentence that is no part of a name ("League" of the National League for Democracy). */
    private static boolean cueOutsideNames(Draft d, Knowledge k, String list) {
        List<Token> tokens = d.sentence.tokens();
        for (int from = 0; from < tokens.size(); ) {
            PhraseIndex.Match<String> cue = Cues.first(k, tokens, from, tokens.size(), list);
            if (cue == null) {
                return false;
            }
            boolean inName = tokens.get(cue.start()).isCapitalised() && d.sentence.mentions().stream()
                    .anyMatch(m -> m.isActor() && m.start() < cue.end() && cue.start() < m.end());
            if (!inName) {
                return true;
            }
            from = cue.start() + 1;
        }
        return false;
    }

    private boolean holds(String key, JsonNode v, Draft d, Knowledge k) {
        TriggerHit hit = d.hit;
        var attribution = d.sentence.attribution();
        return switch (key) {
            case "types" -> strings(v).contains(d.type);
            case "quad" -> strings(v).contains(String.valueOf(k.plover.quadClass(d.type)));
            case "form" -> strings(v).contains(hit.form().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            case "reportedSpeech" -> hit.trigger().reportedSpeech() == v.asBoolean();
            case "status" -> strings(v).contains(d.status);
            case "speaker" -> (attribution != null && attribution.source() != null) == v.asBoolean();
            case "speakerSectors" -> attribution != null && attribution.source() != null
                    && strings(v).contains(attribution.source().sector());
            case "afterSpeech" -> attribution != null && attribution.speechEnd() <= hit.start()
                    && hit.start() - attribution.speechEnd() <= v.asInt();
            case "cueAfter" -> Cues.any(k, d.sentence.tokens(), hit.end(),
                    Math.min(d.sentence.tokens().size(), hit.end() + spec.path("cueWithin").asInt(4)), v.asText());
            case "cueWithin" -> true; // read with cueAfter
            case "cueBefore" -> Cues.any(k, d.sentence.tokens(), Scopes.statusStart(d), hit.start(), v.asText());
            case "sentenceCue" -> Cues.any(k, d.sentence.tokens(), 0, d.sentence.tokens().size(), v.asText());
            case "sentenceCueOutsideNames" -> cueOutsideNames(d, k, v.asText());
            case "wordClass" -> d.sentence.tokens().stream().anyMatch(t -> k.lexicon().is(wordClass(v), t));
            case "quote" -> (d.sentence.text().contains("“") || d.sentence.text().contains("\"")) == v.asBoolean();
            case "triggerWordClass" -> k.lexicon().is(wordClass(v), head(d));
            case "triggerHas" -> d.sentence.tokens().subList(hit.start(), hit.end()).stream()
                    .anyMatch(t -> k.lexicon().is(wordClass(v), t));
            case "embedded" -> d.sentence.triggers().stream().anyMatch(t -> t.governor() == indexOf(d)
                    && strings(v).contains(t.trigger().type()));
            case "actors" -> count(v.asText(), d.actors.size());
            case "scoreLine" -> d.sentence.tokens().stream().anyMatch(t -> SCORE.matcher(t.norm()).matches()) == v.asBoolean();
            case "ownActor" -> (!d.actors.isEmpty() && !d.inferredActor) == v.asBoolean();
            case "actorSectors" -> !d.actors.isEmpty() && strings(v).contains(String.valueOf(d.actors.get(0).sector()));
            case "recipientSectors" -> !d.recipients.isEmpty() && strings(v).contains(String.valueOf(d.recipients.get(0).sector()));
            case "casualtyTrigger" -> (hit.trigger().casualties() != null) == v.asBoolean();
            case "actorAtHome" -> (d.actors.isEmpty() || d.location == null || d.actors.get(0).country() == null
                    || d.actors.get(0).country().equals(d.location.country())) == v.asBoolean();
            case "recipients" -> count(v.asText(), d.recipients.size());
            case "actorCountry" -> !d.actors.isEmpty() && (d.actors.get(0).country() != null) == v.asText().equals("known")
                    || d.actors.isEmpty() && v.asText().equals("unknown");
            case "recipientCountry" -> !d.recipients.isEmpty()
                    && (d.recipients.get(0).country() != null) == v.asText().equals("known")
                    || d.recipients.isEmpty() && v.asText().equals("unknown");
            // the same words, though a later stage may have named the actor by its state ("officials" → Peru)
            case "actorIsSpeaker" -> (attribution != null && attribution.source() != null && !d.actors.isEmpty()
                    && (sameNonNull(attribution.source().name(), d.actors.get(0).name())
                        || sameNonNull(attribution.source().text(), d.actors.get(0).text()))) == v.asBoolean();
            case "actorStateDiffersFromSpeaker" -> attribution != null && attribution.source() != null
                    && d.actors.size() == 1 && d.actors.get(0).country() != null
                    && !d.actors.get(0).country().equals(attribution.source().country()) == v.asBoolean();
            case "place" -> (d.location != null) == v.asText().equals("some");
            case "attribution" -> (d.attribution != null) == v.asText().equals("some");
            case "casualties" -> (d.fatalities != null || d.injuries != null) == v.asText().equals("some");
            case "triggerRule" -> strings(v).contains(hit.rule());
            case "reflexiveObject" -> (hit.end() < d.sentence.tokens().size() && k.lexicon()
                    .is(WordClass.REFLEXIVE_PRONOUNS, d.sentence.tokens().get(hit.end()).norm())) == v.asBoolean();
            case "pronounSubject" -> d.sentence.mentions().stream().anyMatch(m -> m.isPronoun()
                    && m.end() <= hit.start() && m.start() >= Scopes.statusStart(d)) == v.asBoolean();
            case "statusRule" -> d.why("status") != null && strings(v).contains(d.why("status").rule());
            case "anyOf" -> anyOf.stream().anyMatch(c -> c.holds(d, k));
            default -> throw new IllegalStateException(key);
        };
    }

    private static boolean sameNonNull(String a, String b) {
        return a != null && a.equals(b);
    }

    private static boolean count(String quantity, int n) {
        return switch (quantity) {
            case "none" -> n == 0;
            case "one" -> n == 1;
            case "some" -> n > 0;
            default -> throw new IllegalArgumentException("actors/recipients take none, one or some: " + quantity);
        };
    }

    private static Token head(Draft d) {
        return d.sentence.tokens().get(d.hit.start());
    }

    private static int indexOf(Draft d) {
        return d.sentence.triggers().indexOf(d.hit);
    }

    static WordClass wordClass(JsonNode v) {
        for (WordClass c : WordClass.values()) {
            if (c.key().equals(v.asText())) {
                return c;
            }
        }
        throw new IllegalArgumentException("no lexicon class '" + v.asText() + "'");
    }

    static Set<String> strings(JsonNode v) {
        Set<String> out = new HashSet<>();
        if (v.isArray()) {
            v.forEach(x -> out.add(x.asText()));
        } else {
            out.add(v.asText());
        }
        return out;
    }

    static List<String> list(JsonNode v) {
        return List.copyOf(strings(v));
    }
}
