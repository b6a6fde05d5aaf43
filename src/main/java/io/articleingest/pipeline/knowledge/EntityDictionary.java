package io.articleingest.pipeline.knowledge;

import static io.articleingest.pipeline.knowledge.Entries.number;
import static io.articleingest.pipeline.knowledge.Entries.strings;

import com.fasterxml.jackson.databind.JsonNode;
import io.articleingest.pipeline.text.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who and where, from {@code countries.yaml}, {@code places.yaml}, {@code actors.yaml} and
 * {@code sectors.yaml}: one phrase index from names, aliases, demonyms, seats of government and
 * sector nouns to what they denote.
 */
public final class EntityDictionary {

    public final PhraseIndex<Lexeme> phrases = new PhraseIndex<>();
    /** ISO code → the country's name, for state organs named by sector only ("the army"). */
    public final Map<String, String> countryNames = new HashMap<>();
    /** ISO code → the country as a place, for events placed in the country a story is set in. */
    public final Map<String, Place> countryPlaces = new HashMap<>();
    /** the name of each country's capital, by code (countries.yaml {@code capital}) */
    private final Map<String, String> capitalNames = new HashMap<>();
    /** canonical names of the organisations in actors.yaml, for "the group" to refer back to */
    public final Set<String> organisationNames = new HashSet<>();
    /**
     * The places of the generated world gazetteer (GeoNames), by every name no dictionary entry holds:
     * kept apart, because a name of a town anywhere in the world is often an ordinary word or part of a
     * person's name, and counts only where it reads as a place.
     */
    public final PhraseIndex<Lexeme> gazetteer = new PhraseIndex<>();
    /** Gazetteer names that are also ordinary English words ("Mobile", "Police"), as normalised phrases. */
    private final Set<String> ordinaryWordPlaces = new HashSet<>();
    /**
     * The readings that stand for a town's other or foreign spellings ("Boni" for Bonn): one object per
     * town, told apart by identity from the equal reading of its own names (no key to build at load).
     */
    private final Set<Lexeme> otherSpellings = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    void addCountry(JsonNode c) {
        String code = c.path("code").asText(null);
        String name = c.path("name").asText(null);
        if (code == null || name == null) {
            return;
        }
        countryNames.put(code, name);
        String capital = c.path("capital").asText(null);
        if (capital != null) {
            capitalNames.put(code, capital);
        }
        Place asPlace = new Place(name, code, null, null, "country", number(c, "lat"), number(c, "lon"), true, false);
        countryPlaces.put(code, asPlace);
        Lexeme country = new Lexeme("COUNTRY", name, code, null, asPlace, false);
        phrases.add(name, country);
        strings(c, "aliases").forEach(a -> phrases.add(a, country));
        strings(c, "historicalNames").forEach(a -> phrases.add(a, country));
        for (String d : strings(c, "demonyms")) {
            boolean plural = d.endsWith("s") && !d.endsWith("ss");
            phrases.add(d, new Lexeme("DEMONYM", name, code, null, null, plural));
        }
        for (String seat : strings(c, "governmentMetonyms")) {
            phrases.add(seat, new Lexeme("SEAT", name, code, "GOV", null, false));
        }
    }

    /** A country's capital as a place, from the curated places or the gazetteer; null when unknown. */
    public Place capitalOf(String code) {
        String name = code == null ? null : capitalNames.get(code);
        if (name == null) {
            return null;
        }
        for (PhraseIndex<Lexeme> index : List.of(phrases, gazetteer)) {
            for (Lexeme l : index.get(name)) {
                if (l.place() != null && code.equals(l.place().country())) {
                    return l.place();
                }
            }
        }
        return null;
    }

    void addPlace(JsonNode p) {
        String name = p.path("name").asText(null);
        if (name == null) {
            return;
        }
        Place place = new Place(name, p.path("country").asText(null), p.path("admin1").asText(null),
                p.path("region").asText(null), p.path("kind").asText(null), number(p, "lat"), number(p, "lon"),
                p.path("preferred").asBoolean(false), false);
        Lexeme lexeme = new Lexeme("PLACE", name, place.country(), null, place, false);
        phrases.add(name, lexeme);
        strings(p, "aliases").forEach(a -> phrases.add(a, lexeme));
    }

    /**
     * A name of a generated place, unless a curated place, a country, demonym, seat, actor or sector
     * word already has it: the dictionaries win on the same name.
     */
    void addGazetteerName(String name, Lexeme place, boolean ordinaryWord) {
        List<String> words = PhraseIndex.words(name);
        if (!phrases.get(words).isEmpty()) {
            return;
        }
        gazetteer.add(words, place);
        if (ordinaryWord) {
            ordinaryWordPlaces.add(String.join(" ", words));
        }
    }

    /**
     * Another spelling of a generated town (GeoNames alternates): it reads as the town like its own
     * name, and {@link #isOtherSpelling} tells it apart. {@code place} is the town's own object for its
     * other spellings, never the one of its own names.
     */
    void addOtherSpelling(String name, Lexeme place) {
        addGazetteerName(name, place, false);
        otherSpellings.add(place);
    }

    /** The gazetteer name written with tokens [start, end) is also an ordinary English word. */
    public boolean isOrdinaryWord(List<Token> tokens, int start, int end) {
        StringBuilder phrase = new StringBuilder();
        for (int k = start; k < end; k++) {
            phrase.append(k > start ? " " : "").append(tokens.get(k).norm());
        }
        return ordinaryWordPlaces.contains(phrase.toString());
    }

    /** The reading is a town's other spelling, not its own name ("Boni" read as Bonn). */
    public boolean isOtherSpelling(Lexeme reading) {
        return otherSpellings.contains(reading);
    }

    void addActor(JsonNode a) {
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
        phrases.add(name, lexeme);
        strings(a, "aliases").forEach(al -> phrases.add(al, lexeme));
        if (kind.equals("PERSON")) {
            // a person is named by the surname after the first mention ("Netanyahu said")
            String[] parts = name.split("\\s+");
            if (parts.length > 1 && parts[parts.length - 1].length() > 2) {
                phrases.add(parts[parts.length - 1], lexeme); // not "Un" of Kim Jong Un, which reads "UN"
            }
        }
    }

    /**
     * Sector words, in whichever of the usual layouts: {@code SECTOR: [words]}, a list of
     * {@code {sector, words}}, or a list of {@code {word, sector}}.
     */
    void addSectors(JsonNode node) {
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
        phrases.add(w, new Lexeme("SECTOR", w, null, sector, null, plural));
    }
}
