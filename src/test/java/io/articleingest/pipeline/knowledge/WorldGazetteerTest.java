package io.articleingest.pipeline.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled world gazetteer as the dictionaries load it: places far from Gaza, regions, and what it must not take. */
class WorldGazetteerTest {

    private static EntityDictionary entities;
    private static List<GazetteerEntry> rows;

    @BeforeAll
    static void load() throws IOException {
        entities = Knowledge.load(null).entities();
        rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                WorldGazetteerTest.class.getClassLoader().getResourceAsStream(WorldGazetteer.RESOURCE),
                StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.startsWith("#") && !l.equals(GazetteerEntry.COLUMNS))
                    .forEach(l -> rows.add(GazetteerEntry.parse(l)));
        }
    }

    /** The first reading of a name: the curated dictionaries', else the gazetteer's. */
    private static Place place(String name) {
        List<Lexeme> curated = entities.phrases.get(name);
        List<Lexeme> readings = curated.isEmpty() ? entities.gazetteer.get(name) : curated;
        return readings.stream().filter(Lexeme::isPlaceLike).map(Lexeme::place).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is no place"));
    }

    private static void assertPlace(String name, String country, String admin1, double lat, double lon) {
        Place p = place(name);
        assertEquals(country, p.country(), name);
        assertEquals(admin1, p.admin1(), name);
        assertEquals(lat, p.lat(), 0.05, name + " latitude");
        assertEquals(lon, p.lon(), 0.05, name + " longitude");
    }

    @Test
    void townsOnEveryContinentResolveWithCountryRegionAndPoint() {
        assertPlace("Maiduguri", "NGA", "Borno State", 11.85, 13.16); // curated
        assertPlace("Gwoza", "NGA", "Borno State", 11.08, 13.70);
        assertPlace("Ayacucho", "PER", "Ayacucho", -13.16, -74.22);
        assertPlace("Huancayo", "PER", "Junin", -12.07, -75.21);
        assertPlace("Sittwe", "MMR", "Rakhine", 20.15, 92.90);
        assertPlace("Myitkyina", "MMR", "Kachin State", 25.38, 97.40);
        assertPlace("Geelong", "AUS", "Victoria", -38.15, 144.36);
        assertPlace("Reading", "GBR", "England", 51.46, -0.97);
        assertPlace("Bergen", "NOR", "Vestland", 60.39, 5.32); // iso2 "NO", which YAML reads as false unless quoted
        assertTrue(place("Gwoza").generated() && !place("Maiduguri").generated());
    }

    @Test
    void firstLevelRegionsResolveByTheirNameWithOrWithoutDesignation() {
        for (String name : List.of("Kachin State", "Kachin")) {
            Place kachin = place(name);
            assertEquals("admin1", kachin.kind(), name);
            assertEquals("MMR", kachin.country(), name);
            assertTrue(kachin.lat() > 23.5 && kachin.lat() < 28.5 && kachin.lon() > 96 && kachin.lon() < 98.8,
                    "a point inside Kachin State: " + kachin);
        }
        assertEquals("Borno State", place("Borno").name());
        assertEquals("Rakhine", place("Rakhine State").name());
        assertEquals("PAK", place("Punjab Province").country());
        assertEquals("admin1", place("Ayacucho Region").kind());
    }

    @Test
    void curatedPlacesCountriesDemonymsActorsAndSectorWordsKeepTheirNames() {
        for (String name : List.of("Rafah", "Gaza City", "Gaza", "Niger", "Somali", "Police", "Hamas", "Tripoli")) {
            assertTrue(entities.gazetteer.get(name).isEmpty(), name + " is the dictionaries' alone");
        }
        assertEquals("PSE", place("Rafah").country());
        assertEquals("city", place("Gaza City").kind());
        assertEquals("NGA", place("Niger State").country(), "the region keeps its full name");
    }

    @Test
    void aPlacesOwnNameComesBeforeOthersAndTheLargerFirst() {
        assertEquals("CHN", place("Hangu").country(), "Hangu, Tianjin (208 000) before Hangu, Pakistan (36 000)");
        assertEquals("PAK", entities.gazetteer.get("Hangu").get(1).country());
        assertEquals("city", place("Sokoto").kind(), "the city before its namesake region");
        assertEquals("COD", place("Beni").country(), "the town before the Bolivian region's short name");
    }

    @Test
    void everyRowIsAWellFormedPlaceOfAKnownCountry() {
        Set<String> countries = new HashSet<>(entities.countryNames.keySet());
        long regions = rows.stream().filter(r -> r.kind().equals("admin1")).count();
        assertTrue(rows.size() - regions > 25_000, "populated places: " + (rows.size() - regions));
        assertTrue(regions > 3_500, "first-level regions: " + regions);
        for (GazetteerEntry r : rows) {
            assertTrue(countries.contains(r.country()), r.toTsv());
            assertTrue(Set.of("capital", "city", "town", "admin1").contains(r.kind()), r.toTsv());
            assertTrue(r.lat() == null ? r.kind().equals("admin1") && r.lon() == null
                    : Math.abs(r.lat()) <= 90 && Math.abs(r.lon()) <= 180, r.toTsv());
            assertFalse(r.name().isBlank(), r.toTsv());
        }
        long places = rows.size() - regions;
        long small = rows.stream().filter(r -> !r.kind().equals("admin1") && r.population() < 15_000).count();
        assertTrue(small < places / 20, "only capitals and seats of regions under 15 000 people: " + small);
        long unplaced = rows.stream().filter(r -> r.admin1().isEmpty()).count();
        assertTrue(unplaced < places / 100, "places whose first-level region GeoNames does not name: " + unplaced);
    }
}
