package io.articleingest.pipeline.knowledge;

import static io.articleingest.pipeline.knowledge.Entries.strings;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrases of {@code triggers.yaml} that report events: verb phrases with their inflections,
 * nouns with their plurals, phrases that code only in reported speech, verbs completed by an object
 * a few words on, the frames that make a noun an event, and the words that give a type its mode.
 */
public final class TriggerDictionary {

    public final PhraseIndex<Trigger> phrases = new PhraseIndex<>();
    /**
     * Verb phrases read with a gap, PETRARCH-style: an inflected verb → the object words that make it
     * a trigger when they follow within a noun phrase ("summoned Niger's ambassador", "signed a
     * ceasefire agreement").
     */
    public final Map<String, List<ObjectPattern>> verbObjects = new HashMap<>();
    /**
     * Nouns that report an event when their target or party follows after one of the prepositions
     * ("an attack on a Saudi oil plant", "talks with his Iranian counterpart"): preposition → nouns.
     */
    public final Map<String, Set<String>> nounTargets = new HashMap<>();
    /** type → mode → cue phrases */
    public final Map<String, Map<String, PhraseIndex<String>>> modeCues = new HashMap<>();

    /**
     * A verb trigger completed by its object: the trigger and the object's words. {@code afterObject}:
     * the words follow the whole object, which may end in a prepositional phrase ("warned tankers
     * off the Yemeni coast to stay away …"), rather than being the object's own head.
     */
    public record ObjectPattern(Trigger trigger, List<String> objectWords, boolean afterObject) {
    }

    /** In a verb phrase, the place of the object that the following words come after: "warn _ to". */
    private static final String OBJECT_SLOT = "_";

    private final Set<String> standalone = new HashSet<>();
    private final Lexicon words;

    TriggerDictionary(Lexicon words) {
        this.words = words;
    }

    void addStandalone(JsonNode node) {
        node.forEach(n -> standalone.add(String.join(" ", PhraseIndex.words(n.asText()))));
    }

    void addNounTargets(JsonNode node) {
        node.fields().forEachRemaining(f -> f.getValue()
                .forEach(n -> nounTargets.computeIfAbsent(f.getKey(), x -> new HashSet<>()).add(n.asText())));
    }

    void addModeCues(JsonNode node) {
        node.fields().forEachRemaining(t -> t.getValue().fields().forEachRemaining(m -> {
            PhraseIndex<String> index = modeCues.computeIfAbsent(t.getKey(), x -> new HashMap<>())
                    .computeIfAbsent(m.getKey(), x -> new PhraseIndex<>());
            m.getValue().forEach(w -> index.add(w.asText(), m.getKey()));
        }));
    }

    /** One entry: a type, its mode and its verbs, nouns and reported-speech phrases. */
    void addEntry(JsonNode t) {
        String type = t.path("type").asText();
        String mode = t.path("mode").asText(null);
        String casualties = t.path("casualties").asText(null);
        boolean needsCue = t.path("requiresModeCue").asBoolean(false);
        boolean victimSubject = t.path("victimSubject").asBoolean(false);
        for (String phrase : strings(t, "verbs")) {
            List<String> verb = PhraseIndex.words(phrase);
            Trigger trigger = new Trigger(type, mode, casualties, false, false, needsCue, verb.get(0), victimSubject,
                    phrase, false);
            boolean afterObject = verb.size() > 2 && verb.get(1).equals(OBJECT_SLOT);
            boolean withObject = afterObject || verb.size() > 1 && !words.is(WordClass.VERB_PARTICLES, verb.get(1));
            List<String> objectWords = verb.subList(afterObject ? 2 : 1, verb.size());
            // "be on strike" stands for "are", "were", "has been on strike"
            Set<String> forms = words.is(WordClass.COPULA, verb.get(0)) ? words.words(WordClass.COPULA) : inflections(verb.get(0));
            for (String form : forms) {
                List<String> inflected = new ArrayList<>(verb);
                inflected.set(0, form);
                if (!afterObject) {
                    phrases.add(String.join(" ", inflected), trigger);
                }
                if (withObject) {
                    verbObjects.computeIfAbsent(form, x -> new ArrayList<>())
                            .add(new ObjectPattern(trigger, List.copyOf(objectWords), afterObject));
                }
            }
        }
        for (String phrase : strings(t, "reportedSpeech")) {
            Trigger trigger = new Trigger(type, mode, casualties, false, false, needsCue, null, false, phrase, true);
            List<String> said = PhraseIndex.words(phrase);
            // "be responsible for" stands for "is", "were", "has been responsible for", and "bear responsibility"
            // for "bore responsibility" (a verb with irregular forms); other entries are literal ("sabotaging")
            Set<String> firstWords = words.is(WordClass.COPULA, said.get(0)) ? words.words(WordClass.COPULA)
                    : words.irregularVerbs.containsKey(said.get(0)) ? inflections(said.get(0)) : Set.of(said.get(0));
            for (String first : firstWords) {
                List<String> inflected = new ArrayList<>(said);
                inflected.set(0, first);
                phrases.add(String.join(" ", inflected), trigger);
            }
        }
        for (String phrase : strings(t, "nouns")) {
            List<String> noun = PhraseIndex.words(phrase);
            boolean alone = standalone.contains(String.join(" ", noun));
            Trigger trigger = new Trigger(type, mode, casualties, true, alone, needsCue, null, victimSubject, phrase,
                    false);
            phrases.add(String.join(" ", noun), trigger);
            String last = noun.get(noun.size() - 1);
            if (!last.endsWith("s")) {
                List<String> plural = new ArrayList<>(noun);
                plural.set(plural.size() - 1, last.endsWith("y") && !last.endsWith("ay") && !last.endsWith("ey")
                        ? last.substring(0, last.length() - 1) + "ies" : last.endsWith("sh") || last.endsWith("ch")
                        ? last + "es" : last + "s");
                phrases.add(String.join(" ", plural), trigger);
            }
        }
    }

    /** Base, third person, past, participle and -ing forms of a verb lemma, with the lexicon's irregular forms. */
    Set<String> inflections(String lemma) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(lemma);
        String stem = words.doubledConsonant.contains(lemma) ? lemma + lemma.charAt(lemma.length() - 1) : lemma;
        boolean consonantY = lemma.endsWith("y") && lemma.length() > 1
                && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) < 0;
        if (lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")
                || lemma.endsWith("z") || lemma.endsWith("o")) {
            forms.add(lemma + "es");
        } else if (consonantY) {
            forms.add(lemma.substring(0, lemma.length() - 1) + "ies");
        } else {
            forms.add(lemma + "s");
        }
        if (lemma.endsWith("e")) {
            forms.add(lemma + "d");
            forms.add(lemma.endsWith("ee") || lemma.endsWith("ye") ? lemma + "ing"
                    : lemma.substring(0, lemma.length() - 1) + "ing");
        } else if (consonantY) {
            forms.add(lemma.substring(0, lemma.length() - 1) + "ied");
            forms.add(lemma + "ing");
        } else {
            forms.add(stem + "ed");
            forms.add(stem + "ing");
        }
        if (lemma.endsWith("l") && lemma.length() > 2 && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) >= 0
                && "aeiou".indexOf(lemma.charAt(lemma.length() - 3)) < 0) {
            forms.add(lemma + "led"); // British spelling: "pummelled", "travelled"
            forms.add(lemma + "ling");
        }
        List<String> irregular = words.irregularVerbs.get(lemma);
        if (irregular != null) {
            if (!lemma.endsWith("e")) {
                forms.remove(stem + "ed"); // before adding the listed forms: "swapped" is both
            }
            forms.addAll(irregular);
        }
        return forms;
    }
}
