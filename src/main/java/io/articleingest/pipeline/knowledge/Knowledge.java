package io.articleingest.pipeline.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The dictionaries of {@code src/main/resources/knowledge/} (countries, places, actors, sectors,
 * triggers, cues), loaded once per container into phrase indexes. A user's own dictionary — a
 * YAML file, or a folder of them, with any of the same top-level sections — is merged on top.
 */
public final class Knowledge {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public final PhraseIndex<Lexeme> entities = new PhraseIndex<>();
    public final Plover plover = new Plover();
    public final PhraseIndex<Trigger> triggers = new PhraseIndex<>();
    public final Map<String, Integer> quadClass = plover.quadClass;
    public final Map<String, Double> typeScore = plover.typeScore;
    public final Map<String, Map<String, Double>> modeScore = plover.modeScore;
    /** type → mode → cue phrases */
    public final Map<String, Map<String, PhraseIndex<String>>> modeCues = new HashMap<>();
    public final PhraseIndex<String> cues = new PhraseIndex<>();
    public final Map<String, Integer> numberWords = new HashMap<>();
    public final Set<String> personPronouns = new HashSet<>();
    public final Set<String> groupPronouns = new HashSet<>();
    public final Set<String> organisationHeads = new HashSet<>();
    public final Set<String> outsiders = new HashSet<>();
    public final Set<String> placeNouns = new HashSet<>();
    public final Set<String> weapons = new HashSet<>();
    /** ISO code → the country's name, for state organs named by sector only ("the army"). */
    public final Map<String, String> countryNames = new HashMap<>();
    /** canonical names of the organisations in actors.yaml, for "the group" to refer back to */
    public final Set<String> organisationNames = new HashSet<>();

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

    /** A verb trigger completed by its object: the trigger and the object's words. */
    public record ObjectPattern(Trigger trigger, List<String> objectWords) {
    }

    private final Set<String> standalone = new HashSet<>();
    private final Map<String, List<String>> irregular = new HashMap<>();
    private final Set<String> doubled = new HashSet<>();

    private static final List<String> DETERMINERS = List.of("a", "an", "the", "its", "their", "his", "her", "new");
    private static final Set<String> PARTICLES = Set.of("to", "for", "on", "upon", "with", "in", "out", "up", "down",
            "off", "back", "at", "of", "into", "away", "no", "not", "a", "an", "the", "its", "their");

    private static final List<String> BUNDLED = List.of("lexicon", "plover", "cues", "countries", "places", "actors",
            "sectors", "triggers", "arguments", "recodings");
    private static final Set<String> RULE_SECTIONS = Set.of("actorRules", "recipientRules", "recodings");

    private Lexicon lexicon;
    /** rule specs by section (actorRules, recipientRules, recodings): a user's first, then the bundled ones */
    private final Map<String, List<JsonNode>> userRules = new HashMap<>();
    private final Map<String, List<JsonNode>> bundledRules = new HashMap<>();
    private boolean mergingUserFile;

    /** English function words and closed classes (lexicon.yaml). */
    public Lexicon lexicon() {
        return lexicon;
    }

    /** The bundled dictionaries plus, when {@code extra} is not null, a user's file or folder. */
    public static Knowledge load(Path extra) {
        Knowledge k = new Knowledge();
        for (String name : BUNDLED) {
            k.merge(readResource("knowledge/" + name + ".yaml"), name);
        }
        if (extra != null) {
            k.mergingUserFile = true;
            for (Path file : yamlFiles(extra)) {
                try {
                    k.merge(YAML.readTree(file.toFile()), null);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read extra dictionary " + file, e);
                }
            }
        }
        return k;
    }

    private static List<Path> yamlFiles(Path extra) {
        if (!Files.isDirectory(extra)) {
            return List.of(extra);
        }
        try (Stream<Path> files = Files.list(extra)) {
            return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list extra dictionaries in " + extra, e);
        }
    }

    private static JsonNode readResource(String path) {
        try (InputStream in = Knowledge.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return null;
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled dictionary " + path, e);
        }
    }

    /**
     * Merges one YAML document. A bundled file named {@code countries} may be a bare list; a
     * user's file names its sections ({@code countries:}, {@code places:}, {@code triggers:}…).
     */
    private void merge(JsonNode doc, String bundledName) {
        if (doc == null || doc.isNull()) {
            return;
        }
        if ("lexicon".equals(bundledName)) {
            lexicon = new Lexicon(doc);
        }
        if (doc.isArray() && bundledName != null) {
            mergeSection(bundledName, doc);
            return;
        }
        if (!doc.isObject()) {
            return;
        }
        // cues and triggers are themselves maps of sections; other files may wrap their list
        if ("cues".equals(bundledName) || "triggers".equals(bundledName)) {
            mergeSectionsTriggersLast(doc);
            return;
        }
        if (bundledName != null && doc.has(bundledName)) {
            mergeSection(bundledName, doc.get(bundledName));
            doc.fields().forEachRemaining(f -> {
                if (!f.getKey().equals(bundledName)) {
                    mergeSection(f.getKey(), f.getValue());
                }
            });
            return;
        }
        if ("sectors".equals(bundledName)) {
            mergeSection("sectors", doc);
            return;
        }
        mergeSectionsTriggersLast(doc);
    }

    /** Triggers read the standalone list and the irregular verbs, so they are merged after them. */
    private void mergeSectionsTriggersLast(JsonNode doc) {
        doc.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("triggers")) {
                mergeSection(f.getKey(), f.getValue());
            }
        });
        if (doc.has("triggers")) {
            mergeSection("triggers", doc.get("triggers"));
        }
    }

    /** The rule specs of a section, a user's before the bundled ones (so that a user's rule wins). */
    public List<JsonNode> rules(String section) {
        List<JsonNode> out = new ArrayList<>(userRules.getOrDefault(section, List.of()));
        out.addAll(bundledRules.getOrDefault(section, List.of()));
        return out;
    }

    private void mergeSection(String section, JsonNode node) {
        if (RULE_SECTIONS.contains(section)) {
            List<JsonNode> target = (mergingUserFile ? userRules : bundledRules)
                    .computeIfAbsent(section, x -> new ArrayList<>());
            node.forEach(target::add);
            return;
        }
        switch (section) {
            case "countries" -> node.forEach(this::addCountry);
            case "places" -> node.forEach(this::addPlace);
            case "actors" -> node.forEach(this::addActor);
            case "sectors" -> addSectors(node);
            case "types" -> node.fields().forEachRemaining(f -> {
                quadClass.put(f.getKey(), f.getValue().path("quadClass").asInt());
                typeScore.put(f.getKey(), f.getValue().path("score").asDouble());
            });
            case "modeScores" -> node.fields().forEachRemaining(t -> t.getValue().fields().forEachRemaining(m ->
                    modeScore.computeIfAbsent(t.getKey(), x -> new HashMap<>()).put(m.getKey(), m.getValue().asDouble())));
            case "standalone" -> node.forEach(n -> standalone.add(String.join(" ", PhraseIndex.words(n.asText()))));
            case "nounTargets" -> node.fields().forEachRemaining(f -> f.getValue()
                    .forEach(n -> nounTargets.computeIfAbsent(f.getKey(), x -> new HashSet<>()).add(n.asText())));
            case "triggers" -> node.forEach(this::addTrigger);
            case "modeCues" -> node.fields().forEachRemaining(t -> t.getValue().fields().forEachRemaining(m -> {
                PhraseIndex<String> index = modeCues.computeIfAbsent(t.getKey(), x -> new HashMap<>())
                        .computeIfAbsent(m.getKey(), x -> new PhraseIndex<>());
                m.getValue().forEach(w -> index.add(w.asText(), m.getKey()));
            }));
            case "irregularVerbs" -> node.fields().forEachRemaining(f -> {
                List<String> forms = new ArrayList<>();
                f.getValue().forEach(v -> forms.add(v.asText()));
                irregular.put(f.getKey(), forms);
            });
            case "doubledConsonant" -> node.forEach(n -> doubled.add(n.asText()));
            case "nonStateCountries" -> node.forEach(n -> plover.nonStateCountries.add(n.asText()));
            case "stateSectors" -> node.forEach(n -> plover.stateSectors.add(n.asText()));
            case "twoSidedTypes" -> node.forEach(n -> plover.twoSidedTypes.add(n.asText()));
            case "numberWords" -> node.fields().forEachRemaining(f -> numberWords.put(f.getKey(), f.getValue().asInt()));
            case "personPronouns" -> node.forEach(n -> personPronouns.add(n.asText()));
            case "organisationAnaphora" -> node.forEach(n -> organisationHeads.add(n.asText()));
            case "outsiders" -> node.forEach(n -> outsiders.add(n.asText()));
            case "placeNouns" -> node.forEach(n -> placeNouns.add(n.asText()));
            case "weapons" -> node.forEach(n -> weapons.add(n.asText()));
            case "groupPronouns" -> node.forEach(n -> groupPronouns.add(n.asText()));
            case "lightVerbs", "nounEventVerbs", "speechVerbs", "speechPhrases", "future", "hypothetical",
                    "negated", "historical", "commissive", "clauseOpeners", "obligation", "attackNouns", "newIncident",
                    "backgroundClause", "responsibilityClaims", "topicNouns", "accusations", "refusal" ->
                    node.forEach(n -> cues.add(n.asText(), section));
            default -> {
                // sections of other tools (notes, sources) are ignored on purpose
            }
        }
    }

    // ---- actors and places -----------------------------------------------------------------

    private void addCountry(JsonNode c) {
        String code = c.path("code").asText(null);
        String name = c.path("name").asText(null);
        if (code == null || name == null) {
            return;
        }
        countryNames.put(code, name);
        Place asPlace = new Place(name, code, null, null, "country", num(c, "lat"), num(c, "lon"), true);
        Lexeme country = new Lexeme("COUNTRY", name, code, null, asPlace, false);
        entities.add(name, country);
        strings(c, "aliases").forEach(a -> entities.add(a, country));
        strings(c, "historicalNames").forEach(a -> entities.add(a, country));
        for (String d : strings(c, "demonyms")) {
            boolean plural = d.endsWith("s") && !d.endsWith("ss");
            entities.add(d, new Lexeme("DEMONYM", name, code, null, null, plural));
        }
        for (String seat : strings(c, "governmentMetonyms")) {
            entities.add(seat, new Lexeme("SEAT", name, code, "GOV", null, false));
        }
    }

    private void addPlace(JsonNode p) {
        String name = p.path("name").asText(null);
        if (name == null) {
            return;
        }
        Place place = new Place(name, p.path("country").asText(null), p.path("admin1").asText(null),
                p.path("region").asText(null), p.path("kind").asText(null), num(p, "lat"), num(p, "lon"),
                p.path("preferred").asBoolean(false));
        Lexeme lexeme = new Lexeme("PLACE", name, place.country(), null, place, false);
        entities.add(name, lexeme);
        strings(p, "aliases").forEach(a -> entities.add(a, lexeme));
    }

    private void addActor(JsonNode a) {
        String name = a.path("name").asText(null);
        if (name == null) {
            return;
        }
        String kind = "person".equalsIgnoreCase(a.path("kind").asText("")) ? "PERSON" : "ORG";
        if (kind.equals("ORG")) {
            organisationNames.add(name);
        }
        Lexeme lexeme = new Lexeme(kind, name, a.path("country").asText(null), a.path("sector").asText(null), null,
                false);
        entities.add(name, lexeme);
        strings(a, "aliases").forEach(al -> entities.add(al, lexeme));
        if (kind.equals("PERSON")) {
            // a person is named by the surname after the first mention ("Netanyahu said")
            String[] parts = name.split("\\s+");
            if (parts.length > 1 && parts[parts.length - 1].length() > 2) {
                entities.add(parts[parts.length - 1], lexeme); // not "Un" of Kim Jong Un, which reads "UN"
            }
        }
    }

    /**
     * Sector words, in whichever of the usual layouts: {@code SECTOR: [words]}, a list of
     * {@code {sector, words}}, or a list of {@code {word, sector}}.
     */
    private void addSectors(JsonNode node) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                JsonNode v = f.getValue();
                if (v.isArray()) {
                    v.forEach(w -> addSectorWord(w.asText(), f.getKey()));
                } else if (v.isObject() && v.has("words")) {
                    v.get("words").forEach(w -> addSectorWord(w.asText(), f.getKey()));
                } else if (v.isTextual()) {
                    addSectorWord(f.getKey(), v.asText());
                }
            });
        } else if (node.isArray()) {
            node.forEach(e -> {
                String sector = e.path("sector").asText(e.path("code").asText(null));
                if (sector == null) {
                    return;
                }
                for (String field : List.of("words", "nouns", "terms", "adjectives", "aliases")) {
                    strings(e, field).forEach(w -> addSectorWord(w, sector));
                }
                if (e.has("word")) {
                    addSectorWord(e.get("word").asText(), sector);
                }
            });
        }
    }

    private void addSectorWord(String word, String sector) {
        String w = word.toLowerCase(Locale.ROOT);
        boolean plural = w.endsWith("s") && !w.endsWith("ss");
        entities.add(w, new Lexeme("SECTOR", w, null, sector, null, plural));
    }

    // ---- triggers --------------------------------------------------------------------------

    private void addTrigger(JsonNode t) {
        String type = t.path("type").asText();
        String mode = t.path("mode").asText(null);
        String casualties = t.path("casualties").asText(null);
        boolean needsCue = t.path("requiresModeCue").asBoolean(false);
        boolean victimSubject = t.path("victimSubject").asBoolean(false);
        for (String phrase : strings(t, "verbs")) {
            List<String> words = PhraseIndex.words(phrase);
            Trigger trigger = new Trigger(type, mode, casualties, false, false, needsCue, words.get(0), victimSubject,
                    phrase, false);
            for (String form : inflections(words.get(0))) {
                List<String> inflected = new ArrayList<>(words);
                inflected.set(0, form);
                triggers.add(String.join(" ", inflected), trigger);
                if (inflected.size() > 1 && !PARTICLES.contains(inflected.get(1))) {
                    verbObjects.computeIfAbsent(form, x -> new ArrayList<>())
                            .add(new ObjectPattern(trigger, List.copyOf(words.subList(1, words.size()))));
                    // "sign agreement" also reads "signed an agreement", "opened its borders"
                    for (String det : DETERMINERS) {
                        List<String> withDet = new ArrayList<>(inflected);
                        withDet.add(1, det);
                        triggers.add(String.join(" ", withDet), trigger);
                    }
                }
            }
        }
        for (String phrase : strings(t, "reportedSpeech")) {
            triggers.add(phrase, new Trigger(type, mode, casualties, false, false, needsCue, null, false, phrase, true));
        }
        for (String phrase : strings(t, "nouns")) {
            List<String> words = PhraseIndex.words(phrase);
            boolean alone = standalone.contains(String.join(" ", words));
            Trigger trigger = new Trigger(type, mode, casualties, true, alone, needsCue, null, victimSubject, phrase,
                    false);
            triggers.add(String.join(" ", words), trigger);
            List<String> plural = new ArrayList<>(words);
            String last = words.get(words.size() - 1);
            if (!last.endsWith("s")) {
                plural.set(plural.size() - 1, last.endsWith("y") && !last.endsWith("ay") && !last.endsWith("ey")
                        ? last.substring(0, last.length() - 1) + "ies" : last.endsWith("sh") || last.endsWith("ch")
                        ? last + "es" : last + "s");
                triggers.add(String.join(" ", plural), trigger);
            }
        }
    }

    /** base, 3rd person, past, participle and -ing forms of a verb lemma. */
    Set<String> inflections(String lemma) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(lemma);
        String stem = doubled.contains(lemma) ? lemma + lemma.charAt(lemma.length() - 1) : lemma;
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
        if (irregular.containsKey(lemma)) {
            if (!lemma.endsWith("e")) {
                forms.remove(stem + "ed"); // before adding the listed forms: "swapped" is both
            }
            forms.addAll(irregular.get(lemma));
        }
        return forms;
    }

    // ---- helpers ---------------------------------------------------------------------------

    private static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(x -> {
                if (!x.asText().isBlank()) {
                    out.add(x.asText());
                }
            });
        } else if (!v.asText().isBlank()) {
            out.add(v.asText());
        }
        return out;
    }

    private static Double num(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isNumber() ? null : v.asDouble();
    }
}
