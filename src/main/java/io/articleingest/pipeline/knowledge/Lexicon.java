package io.articleingest.pipeline.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import io.articleingest.pipeline.text.Token;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English function words and closed classes from {@code knowledge/lexicon.yaml}: determiners,
 * prepositions, pronouns, clause openers, speech verbs, number words, months and weekdays. A token
 * is in a class when its form or its lemma is listed.
 */
public final class Lexicon {

    private final Map<WordClass, Set<String>> classes = new EnumMap<>(WordClass.class);
    private final Map<String, Integer> numberWords = new HashMap<>();
    private final Map<String, Integer> multipliers = new HashMap<>();
    private final Map<String, Integer> agoUnits = new HashMap<>();
    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, String> relativeDates = new java.util.LinkedHashMap<>();
    final Map<String, List<String>> irregularVerbs = new HashMap<>();
    final Set<String> doubledConsonant = new HashSet<>();

    Lexicon(JsonNode doc) {
        for (WordClass c : WordClass.values()) {
            JsonNode words = doc.get(c.key());
            if (words == null || !words.isArray() && !words.isObject()) {
                throw new IllegalStateException("lexicon.yaml has no word class '" + c.key() + "'");
            }
            Set<String> set = new HashSet<>();
            if (words.isObject()) {
                words.fieldNames().forEachRemaining(w -> set.add(w.toLowerCase(Locale.ROOT))); // "months: {may: 5}"
            } else {
                words.forEach(w -> set.add(w.asText().toLowerCase(Locale.ROOT)));
            }
            classes.put(c, Set.copyOf(set));
        }
        doc.path("numberWords").fields().forEachRemaining(f -> numberWords.put(f.getKey(), f.getValue().asInt()));
        doc.path("multipliers").fields().forEachRemaining(f -> multipliers.put(f.getKey(), f.getValue().asInt()));
        doc.path("agoUnits").fields().forEachRemaining(f -> agoUnits.put(f.getKey(), f.getValue().asInt()));
        doc.path("months").fields().forEachRemaining(f -> months.put(f.getKey(), f.getValue().asInt()));
        doc.path("relativeDates").fields().forEachRemaining(f -> relativeDates.put(f.getKey(), f.getValue().asText()));
        doc.path("irregularVerbs").fields().forEachRemaining(f -> {
            List<String> forms = new java.util.ArrayList<>();
            f.getValue().forEach(v -> forms.add(v.asText()));
            irregularVerbs.put(f.getKey(), forms);
        });
        doc.path("doubledConsonant").forEach(n -> doubledConsonant.add(n.asText()));
    }

    /** Whether {@code word} is a past form of the verb {@code lemma}: "shot" of "shoot", "opened" of "open". */
    public boolean isPastForm(String lemma, String word) {
        return isIrregularPast(lemma, word) || word.endsWith("ed") && !word.equals(lemma);
    }

    /** Whether {@code word} is an irregular past form of the verb {@code lemma}: "struck" of "strike". */
    public boolean isIrregularPast(String lemma, String word) {
        return irregularVerbs.getOrDefault(lemma, List.of()).contains(word);
    }

    /** Whether {@code word} can only be the past participle of {@code lemma}: "flown", "taken", not "struck" or "fled". */
    public boolean isParticipleOnly(String lemma, String word) {
        List<String> forms = irregularVerbs.getOrDefault(lemma, List.of());
        return forms.size() == 2 && !forms.get(0).equals(forms.get(1)) && forms.get(1).equals(word);
    }

    /** Whether the token's form or lemma is in the class. */
    public boolean is(WordClass c, Token t) {
        Set<String> words = classes.get(c);
        return words.contains(t.norm()) || t.lemma() != null && words.contains(t.lemma());
    }

    /** Whether the lower-case word is in the class. */
    public boolean is(WordClass c, String word) {
        return classes.get(c).contains(word);
    }

    public Set<String> words(WordClass c) {
        return classes.get(c);
    }

    /** The value of a number word ("twelve" → 12), or null. */
    public Integer numberWord(String word) {
        Integer n = numberWords.get(word);
        int hyphen = word.indexOf('-');
        if (n == null && hyphen > 0) { // "twenty-three"
            Integer tens = numberWords.get(word.substring(0, hyphen));
            Integer units = numberWords.get(word.substring(hyphen + 1));
            if (tens != null && units != null && tens >= 20 && tens % 10 == 0 && units < 10) {
                n = tens + units;
            }
        }
        return n;
    }

    /** The days in a unit of "two days ago", "three weeks ago", by unit word. */
    public Map<String, Integer> agoUnits() {
        return agoUnits;
    }

    /** What "hundred", "thousands", "million" multiply by, or null. */
    public Integer multiplier(String word) {
        return multipliers.get(word);
    }

    /** The month number of a month name or abbreviation ("oct" → 10), or null. */
    public Integer month(String word) {
        return months.get(word);
    }

    public Set<String> monthNames() {
        return months.keySet();
    }

    /** Expressions of time relative to the publication date and their codes ("yesterday" → "-1d"), in order. */
    public Map<String, String> relativeDates() {
        return relativeDates;
    }

    /** The bundled lexicon alone, for the parts of the pipeline that need no other dictionary. */
    public static Lexicon bundled() {
        return new Lexicon(BundledKnowledge.read("lexicon"));
    }
}
