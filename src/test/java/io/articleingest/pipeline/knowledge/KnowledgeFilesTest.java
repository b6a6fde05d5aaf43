package io.articleingest.pipeline.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sanity checks for the knowledge data files under src/main/resources/knowledge. */
class KnowledgeFilesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> PLOVER_NON_STATE = Set.of("IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC");
    private static final Set<String> PLACE_KINDS =
            Set.of("capital", "city", "town", "village", "camp", "neighbourhood", "region", "crossing", "sea", "port",
                    "site");

    private static List<Map<String, Object>> countries;
    private static List<Map<String, Object>> places;
    private static List<Map<String, Object>> actors;
    private static List<Map<String, Object>> sectors;
    private static Set<String> countryCodes;
    private static Set<String> sectorCodes;

    @BeforeAll
    static void load() throws IOException {
        countries = read("countries.yaml");
        places = read("places.yaml");
        actors = read("actors.yaml");
        sectors = read("sectors.yaml");
        countryCodes = new HashSet<>();
        for (Map<String, Object> c : countries) {
            countryCodes.add((String) c.get("code"));
        }
        sectorCodes = new HashSet<>();
        for (Map<String, Object> s : sectors) {
            sectorCodes.add((String) s.get("code"));
        }
    }

    private static List<Map<String, Object>> read(String name) throws IOException {
        try (InputStream in = KnowledgeFilesTest.class.getResourceAsStream("/knowledge/" + name)) {
            assertNotNull(in, "missing resource knowledge/" + name);
            List<Map<String, Object>> list = YAML.readValue(in, new TypeReference<List<Map<String, Object>>>() {});
            assertNotNull(list, name + " is empty");
            return list;
        }
    }

    private static double num(Map<String, Object> m, String key) {
        Object o = m.get(key);
        assertTrue(o instanceof Number, key + " not a number in " + m.get("name"));
        return ((Number) o).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Map<String, Object> m, String key) {
        Object o = m.get(key);
        if (o == null) {
            return List.of();
        }
        assertTrue(o instanceof List, key + " must be a list in " + m.get("name"));
        return (List<String>) o;
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371 * Math.asin(Math.sqrt(a));
    }

    @Test
    void countriesAreWellFormed() {
        assertTrue(countries.size() >= 240, "expected all countries, got " + countries.size());
        Set<String> seen = new HashSet<>();
        for (Map<String, Object> c : countries) {
            String code = (String) c.get("code");
            assertNotNull(code);
            assertTrue(code.matches("[A-Z]{3}"), "bad code " + code);
            assertTrue(seen.add(code), "duplicate code " + code);
            assertNotNull(c.get("name"), code);
            assertNotNull(c.get("source"), code);
            double lat = num(c, "lat");
            double lon = num(c, "lon");
            assertTrue(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180, code);
            list(c, "aliases");
            list(c, "demonyms");
            list(c, "governmentMetonyms");
            Object plover = c.get("ploverCountry");
            if (plover != null) {
                assertTrue(countryCodes.contains(plover), code + " ploverCountry " + plover);
            }
        }
        for (String must : List.of("PSE", "ISR", "USA", "GBR", "RUS", "UKR", "SRB", "BIH", "COD", "KOS", "SDN")) {
            assertTrue(seen.contains(must), "missing " + must);
        }
    }

    @Test
    void newsNamesResolveToTheRightCountry() {
        Map<String, String> byName = new HashMap<>();
        for (Map<String, Object> c : countries) {
            String code = (String) c.get("code");
            List<String> all = new ArrayList<>();
            all.add((String) c.get("name"));
            all.addAll(list(c, "aliases"));
            all.addAll(list(c, "historicalNames"));
            all.addAll(list(c, "demonyms"));
            for (String n : all) {
                byName.putIfAbsent(n, code);
            }
        }
        Map<String, String> expected = Map.ofEntries(
                Map.entry("Britain", "GBR"), Map.entry("U.S.", "USA"), Map.entry("the United States", "USA"),
                Map.entry("Palestinians", "PSE"), Map.entry("Israeli", "ISR"), Map.entry("Serbs", "SRB"),
                Map.entry("Croats", "HRV"), Map.entry("Bosnian", "BIH"), Map.entry("Afghan", "AFG"),
                Map.entry("Iraqi", "IRQ"), Map.entry("Burundian", "BDI"), Map.entry("Zaire", "COD"),
                Map.entry("Burma", "MMR"), Map.entry("Ivory Coast", "CIV"), Map.entry("Soviet Union", "RUS"),
                Map.entry("Yugoslavia", "SRB"), Map.entry("South Korea", "KOR"), Map.entry("North Korea", "PRK"),
                Map.entry("DR Congo", "COD"), Map.entry("Iran", "IRN"), Map.entry("Syria", "SYR"));
        expected.forEach((n, code) -> assertEquals(code, byName.get(n), n));
    }

    @Test
    void placesAreWellFormed() {
        assertTrue(places.size() >= 400, "expected >= 400 places, got " + places.size());
        Set<String> seen = new HashSet<>();
        Map<String, Integer> preferredPerName = new HashMap<>();
        Map<String, Integer> countPerName = new HashMap<>();
        for (Map<String, Object> p : places) {
            String name = (String) p.get("name");
            assertNotNull(name);
            Object country = p.get("country");
            String kind = (String) p.get("kind");
            assertTrue(PLACE_KINDS.contains(kind), name + " kind " + kind);
            if (country == null) {
                assertEquals("sea", kind, name + ": only seas may lack a country");
            } else {
                assertTrue(countryCodes.contains(country), name + " country " + country);
            }
            assertTrue(seen.add(name + "|" + country), "duplicate " + name + " " + country);
            double lat = num(p, "lat");
            double lon = num(p, "lon");
            assertTrue(lat >= -90 && lat <= 90, name + " lat " + lat);
            assertTrue(lon >= -180 && lon <= 180, name + " lon " + lon);
            Object source = p.get("source");
            assertTrue(source instanceof String && !((String) source).isBlank(), name + " has no source");
            list(p, "aliases");
            countPerName.merge(name, 1, Integer::sum);
            if (Boolean.TRUE.equals(p.get("preferred"))) {
                preferredPerName.merge(name, 1, Integer::sum);
            }
        }
        countPerName.forEach((n, cnt) -> {
            if (cnt > 1) {
                assertEquals(1, preferredPerName.getOrDefault(n, 0), "ambiguous " + n + " needs exactly one preferred");
            }
        });
    }

    private Map<String, Object> place(String name, String country) {
        return places.stream()
                .filter(p -> name.equals(p.get("name")) && country.equals(p.get("country")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no place " + name + " " + country));
    }

    @Test
    void spotCheckCoordinates() {
        Object[][] checks = {
            {"Khan Yunis", "PSE", 31.34, 34.30, 5.0},
            {"Gaza City", "PSE", 31.50, 34.47, 5.0},
            {"Rafah", "PSE", 31.29, 34.25, 5.0},
            {"Rafah", "EGY", 31.28, 34.24, 5.0},
            {"Jerusalem", "ISR", 31.77, 35.22, 5.0},
            {"Beirut", "LBN", 33.89, 35.50, 10.0},
            {"Kyiv", "UKR", 50.45, 30.52, 10.0},
            {"Tripoli", "LBY", 32.89, 13.19, 10.0},
            {"Tripoli", "LBN", 34.44, 35.84, 10.0},
            {"Sanaa", "YEM", 15.35, 44.21, 10.0},
            {"El Fasher", "SDN", 13.63, 25.35, 10.0},
            {"Gaza Strip", "PSE", 31.42, 34.36, 20.0},
            {"West Bank", "PSE", 31.95, 35.25, 40.0},
            {"Al-Shati camp", "PSE", 31.53, 34.45, 3.0},
            {"Kerem Shalom crossing", "ISR", 31.22, 34.27, 3.0},
            {"Jenin refugee camp", "PSE", 32.46, 35.29, 3.0},
        };
        for (Object[] c : checks) {
            Map<String, Object> p = place((String) c[0], (String) c[1]);
            double d = km((double) c[2], (double) c[3], num(p, "lat"), num(p, "lon"));
            assertTrue(d <= (double) c[4], c[0] + " " + c[1] + " is " + d + " km off");
        }
        assertEquals(Boolean.TRUE, place("Rafah", "PSE").get("preferred"));
        assertEquals(Boolean.TRUE, place("Tripoli", "LBY").get("preferred"));
    }

    @Test
    void everyIndependentCountryHasACapitalPlace() {
        Set<String> withCapital = new HashSet<>();
        for (Map<String, Object> p : places) {
            if ("capital".equals(p.get("kind"))) {
                withCapital.add((String) p.get("country"));
            }
        }
        for (Map<String, Object> c : countries) {
            if (Boolean.TRUE.equals(c.get("independent"))) {
                assertTrue(withCapital.contains(c.get("code")), "no capital place for " + c.get("code"));
            }
        }
    }

    @Test
    void actorsAreWellFormed() {
        assertTrue(actors.size() >= 100);
        Set<String> seen = new HashSet<>();
        for (Map<String, Object> a : actors) {
            String name = (String) a.get("name");
            assertNotNull(name);
            assertTrue(seen.add(name + "|" + a.get("country")), "duplicate actor " + name);
            String kind = (String) a.get("kind");
            assertTrue(Set.of("organisation", "person", "group").contains(kind), name + " kind " + kind);
            Object country = a.get("country");
            if (country == null) {
                assertEquals("group", kind, name + ": only groups may lack a country");
            } else {
                assertTrue(countryCodes.contains(country) || PLOVER_NON_STATE.contains(country),
                        name + " country " + country);
            }
            assertTrue(sectorCodes.contains(a.get("sector")), name + " sector " + a.get("sector"));
            for (String s : list(a, "otherSectors")) {
                assertTrue(sectorCodes.contains(s), name + " other sector " + s);
            }
            list(a, "aliases");
            if ("person".equals(kind)) {
                assertNotNull(a.get("role"), name + " needs a role");
            }
        }
        Map<String, Map<String, Object>> byName = new HashMap<>();
        actors.forEach(a -> byName.put((String) a.get("name"), a));
        assertEquals("PSE", byName.get("Hamas").get("country"));
        assertEquals("REB", byName.get("Hamas").get("sector"));
        assertEquals("MIL", byName.get("Israel Defense Forces").get("sector"));
        assertEquals("UNO", byName.get("UNRWA").get("country"));
        assertEquals("IMG", byName.get("Islamic State").get("country"));
    }

    @Test
    void sectorWordsAreUniqueAndLowerCase() {
        Set<String> seen = new HashSet<>();
        for (Map<String, Object> s : sectors) {
            String code = (String) s.get("code");
            assertTrue(code.matches("[A-Z]{3}"), code);
            assertNotNull(s.get("definition"), code);
            List<String> words = list(s, "words");
            assertFalse(words.isEmpty(), code);
            for (String w : words) {
                assertEquals(w.toLowerCase(java.util.Locale.ROOT), w, code + " word " + w);
                assertTrue(seen.add(w), "word in two sectors: " + w);
            }
        }
        for (String must : List.of("GOV", "MIL", "REB", "COP", "JUD", "LEG", "PTY", "SPY", "UAF", "CVL", "REF", "JRN", "MED", "SOC")) {
            assertTrue(sectorCodes.contains(must), must);
        }
    }
}
