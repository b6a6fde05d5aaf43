package io.articleingest.pipeline.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The dictionaries and rules of {@code src/main/resources/knowledge/} (read in the form the build
 * compiles them to, {@link BundledKnowledge}), loaded once per container:
 * the lexicon of function words, the PLOVER vocabulary, cue phrases, who and where (countries,
 * places, actors, sectors, and the generated world gazetteer), the trigger phrases, and the argument
 * and recoding rules. A user's own dictionary — a YAML file, or a folder of them, with any of the same
 * top-level sections — is merged on top; its rules are tried before the bundled ones.
 */
public final class Knowledge {

    /** The bundled files, in loading order: the lexicon first (triggers inflect with it), triggers last. */
    private static final List<String> BUNDLED = List.of("lexicon", "plover", "cues", "countries", "places", "actors",
            "sectors", "triggers", "arguments", "recodings");
    /** Files a stage test loads besides its own small dictionary: general English and PLOVER, no names. */
    private static final List<String> GENERAL = List.of("lexicon", "plover", "cues", "arguments", "recodings");
    private static final Set<String> RULE_SECTIONS = Set.of("actorRules", "recipientRules", "recodings");
    /** The cues.yaml lists a rule's {@code cueAfter}, {@code cueBefore} and {@code sentenceCue} may name. */
    public static final Set<String> CUE_SECTIONS = Set.of("lightVerbs", "ceaseOrders", "coercionNouns", "nounEventVerbs", "speechPhrases", "future",
            "hypothetical", "negated", "historical", "commissive", "attackNouns", "newIncident", "backgroundClause",
            "responsibilityClaims", "topicNouns", "refusal", "nonPoliticalHarm", "sportWords", "labourWords",
            "conditionalThreat", "preparation", "spaceWords", "pairPhrases", "scheduledFor", "causeMarkers", "combatObjectives",
            "seaSplashdowns", "perceptionVerbs", "criticisedThings", "scheduledJustBefore",
            "protractedConflicts", "perfectAspect", "anonymityRequests", "harmParticiples",
            "characterisingCopulas", "patternPeriods");

    public final Plover plover = new Plover();
    public final PhraseIndex<String> cues = new PhraseIndex<>();
    public final Set<String> organisationHeads = new HashSet<>();
    /** Head nouns of organisation names, with the sector each gives ("front" → REB). */
    public final Map<String, String> organisationNameHeads = new HashMap<>();
    public final Set<String> outsiders = new HashSet<>();
    public final Set<String> placeNouns = new HashSet<>();
    public final Set<String> weapons = new HashSet<>();
    private final EntityDictionary entities = new EntityDictionary();
    private Lexicon lexicon;
    private TriggerDictionary triggers;
    private final Map<String, List<JsonNode>> userRules = new HashMap<>();
    private final Map<String, List<JsonNode>> bundledRules = new HashMap<>();
    private boolean mergingUserFile;

    /** The bundled dictionaries plus, when {@code extra} is not null, a user's file or folder. */
    public static Knowledge load(Path extra) {
        Knowledge k = new Knowledge();
        for (String name : BUNDLED) {
            k.merge(BundledKnowledge.read(name), name);
        }
        WorldGazetteer.addTo(k.entities); // after every curated name, which it must not shadow
        if (extra != null) {
            k.mergingUserFile = true;
            for (Path file : yamlFiles(extra)) {
                try {
                    k.merge(BundledKnowledge.yaml().readTree(file.toFile()), null);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read extra dictionary " + file, e);
                }
            }
        }
        return k;
    }

    /**
     * The general files (lexicon, PLOVER, cues, rules) and, instead of the bundled names, places and
     * triggers, the given YAML documents (sections {@code countries}, {@code actors}, {@code places},
     * {@code sectors}, {@code triggers}…): what a stage test needs, and no more.
     */
    public static Knowledge of(String... documents) {
        Knowledge k = new Knowledge();
        for (String name : GENERAL) {
            k.merge(BundledKnowledge.read(name), name);
        }
        for (String document : documents) {
            try {
                k.merge(BundledKnowledge.yaml().readTree(document), null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read a test dictionary", e);
            }
        }
        return k;
    }

    /** English function words and closed classes (lexicon.yaml). */
    public Lexicon lexicon() {
        return lexicon;
    }

    /** Names, aliases, demonyms, places and sector nouns. */
    public EntityDictionary entities() {
        return entities;
    }

    /** The phrases that report events. */
    public TriggerDictionary triggers() {
        return triggers;
    }

    /** The rule specs of a section, a user's before the bundled ones (so that a user's rule wins). */
    public List<JsonNode> rules(String section) {
        List<JsonNode> out = new ArrayList<>(userRules.getOrDefault(section, List.of()));
        out.addAll(bundledRules.getOrDefault(section, List.of()));
        return out;
    }

    /** Base, third person, past, participle and -ing forms of a verb lemma. */
    Set<String> inflections(String lemma) {
        return triggers.inflections(lemma);
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

    /**
     * Merges one YAML document. A bundled file that is a bare list ({@code countries}) is that
     * section; other files name their sections ({@code countries:}, {@code places:}, {@code triggers:}…).
     */
    private void merge(JsonNode doc, String bundledName) {
        if (doc == null || doc.isNull()) {
            return;
        }
        if ("lexicon".equals(bundledName)) {
            lexicon = new Lexicon(doc);
            triggers = new TriggerDictionary(lexicon);
            return;
        }
        if (doc.isArray() && bundledName != null) {
            mergeSection(bundledName, doc);
            return;
        }
        if ("sectors".equals(bundledName) && !doc.has("sectors")) {
            mergeSection("sectors", doc);
            return;
        }
        // triggers read the standalone nouns, so they are merged after every other section
        doc.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("triggers")) {
                mergeSection(f.getKey(), f.getValue());
            }
        });
        if (doc.has("triggers")) {
            mergeSection("triggers", doc.get("triggers"));
        }
    }

    private void mergeSection(String section, JsonNode node) {
        if (RULE_SECTIONS.contains(section)) {
            List<JsonNode> target = (mergingUserFile ? userRules : bundledRules)
                    .computeIfAbsent(section, x -> new ArrayList<>());
            node.forEach(target::add);
            return;
        }
        if (CUE_SECTIONS.contains(section)) {
            node.forEach(n -> cues.add(n.asText(), section));
            return;
        }
        switch (section) {
            case "countries" -> node.forEach(entities::addCountry);
            case "places" -> node.forEach(entities::addPlace);
            case "actors" -> node.forEach(entities::addActor);
            case "sectors" -> entities.addSectors(node);
            case "types" -> node.fields().forEachRemaining(f -> {
                plover.quadClass.put(f.getKey(), f.getValue().path("quadClass").asInt());
                plover.typeScore.put(f.getKey(), f.getValue().path("score").asDouble());
            });
            case "modeScores" -> node.fields().forEachRemaining(t -> t.getValue().fields().forEachRemaining(m ->
                    plover.modeScore.computeIfAbsent(t.getKey(), x -> new HashMap<>())
                            .put(m.getKey(), m.getValue().asDouble())));
            case "nonStateCountries" -> node.forEach(n -> plover.nonStateCountries.add(n.asText()));
            case "stateSectors" -> node.forEach(n -> plover.stateSectors.add(n.asText()));
            case "stateForceSectors" -> node.forEach(n -> plover.stateForceSectors.add(n.asText()));
            case "twoSidedTypes" -> node.forEach(n -> plover.twoSidedTypes.add(n.asText()));
            case "standalone" -> triggers.addStandalone(node);
            case "nounTargets" -> triggers.addNounTargets(node);
            case "modeCues" -> triggers.addModeCues(node);
            case "triggers" -> node.forEach(triggers::addEntry);
            case "organisationAnaphora" -> node.forEach(n -> organisationHeads.add(n.asText()));
            case "organisationNameHeads" -> node.fields().forEachRemaining(sector -> sector.getValue()
                    .forEach(head -> organisationNameHeads.put(head.asText(), sector.getKey())));
            case "outsiders" -> node.forEach(n -> outsiders.add(n.asText()));
            case "placeNouns" -> node.forEach(n -> placeNouns.add(n.asText()));
            case "weapons" -> node.forEach(n -> weapons.add(n.asText()));
            default -> {
                // sections of other tools (notes, sources) are ignored on purpose
            }
        }
    }
}
