package io.articleingest.tools.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.articleingest.pipeline.knowledge.GazetteerEntry;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the gazetteer builder keeps and how it ranks, on GeoNames lines made up for this test (the
 * real build configuration, invented places and ids).
 */
class GazetteerSelectionTest {

    private static JsonNode config;

    @BeforeAll
    static void readConfig() throws IOException {
        try (InputStream in = GazetteerSelectionTest.class.getResourceAsStream("/gazetteer/world-gazetteer.yaml")) {
            config = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    /** A cities500 line: id, name, alternate names, where, feature code, country, admin-1 code, population. */
    private static String line(String id, String name, String alternates, double lat, double lon, String code,
                               String country, String admin1, long population) {
        return String.join("\t", id, name, name, alternates, Double.toString(lat), Double.toString(lon), "P", code,
                country, "", admin1, "", "", "", Long.toString(population), "", "100", "Etc/UTC", "2024-01-01");
    }

    private static List<GazetteerEntry> select(Set<String> curated, String... lines) {
        GazetteerSelection s = new GazetteerSelection(config,
                Map.of("ZZ.01", "Norda State", "ZZ.02", "Suda", "YY.01", "Westmark Province"),
                Set.of("hope", "mobile", "northern"), Map.of("ZZ", "ZZA", "YY", "YYA"), curated);
        for (String l : lines) {
            s.add(l);
        }
        return s.entries();
    }

    private static GazetteerEntry named(List<GazetteerEntry> entries, String name, String country) {
        return entries.stream().filter(e -> e.name().equals(name) && e.country().equals(country)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " " + country + " not in " + entries));
    }

    @Test
    void keepsPlacesOfFifteenThousandCapitalsAndSeatsButNotSectionsOrCuratedOnes() {
        List<GazetteerEntry> e = select(Set.of("6"),
                line("1", "Bigton", "", 10, 10, "PPL", "ZZ", "01", 15_000),
                line("2", "Smallton", "", 10.1, 10.1, "PPL", "ZZ", "01", 14_999),
                line("3", "Seatville", "", 10.2, 10.2, "PPLA", "ZZ", "01", 900),
                line("4", "Capitalia", "", 10.3, 10.3, "PPLC", "ZZ", "02", 800),
                line("5", "Quarter", "", 10.4, 10.4, "PPLX", "ZZ", "01", 90_000),
                line("6", "Curatedton", "", 10.5, 10.5, "PPL", "ZZ", "01", 50_000),
                line("7", "Elsewhere", "", 10.6, 10.6, "PPL", "XX", "01", 50_000));
        List<String> names = e.stream().map(GazetteerEntry::name).toList();
        assertTrue(names.containsAll(List.of("Bigton", "Seatville", "Capitalia")), names.toString());
        assertFalse(names.contains("Smallton"), "under 15 000");
        assertFalse(names.contains("Quarter"), "a section of a city");
        assertFalse(names.contains("Curatedton"), "places.yaml has it");
        assertFalse(names.contains("Elsewhere"), "a country countries.yaml does not know");
        assertEquals("capital", named(e, "Capitalia", "ZZA").kind());
        assertEquals("town", named(e, "Bigton", "ZZA").kind());
        assertEquals("Norda State", named(e, "Bigton", "ZZA").admin1());
    }

    @Test
    void aRegionIsNamedWithAndWithoutItsDesignationAndLiesAtItsMostCentralPlace() {
        List<GazetteerEntry> e = select(Set.of(),
                line("1", "Westend", "", 10, 0, "PPL", "ZZ", "01", 20_000),
                line("2", "Middleburg", "", 10, 1.1, "PPL", "ZZ", "01", 20_000),
                line("3", "Eastend", "", 10, 3, "PPL", "ZZ", "01", 20_000),
                line("4", "Farpoint", "", 40, 40, "PPL", "YY", "01", 20_000));
        GazetteerEntry norda = named(e, "Norda State", "ZZA");
        assertEquals("admin1", norda.kind());
        assertTrue(norda.alternates().contains("Norda"), norda.alternates().toString());
        assertEquals(1.1, norda.lon(), 1e-9, "the place nearest to the centroid (lon 1.37)");
        GazetteerEntry westmark = named(e, "Westmark Province", "YYA");
        assertTrue(westmark.alternates().contains("Westmark"), westmark.alternates().toString());
        assertEquals(40, westmark.lat(), 1e-9);
        GazetteerEntry suda = named(e, "Suda", "ZZA");
        assertTrue(suda.lat() == null && suda.lon() == null, "a region without a populated place has no point");
    }

    @Test
    void regionsAcrossTheDateLineAreNotPutOnTheOtherSideOfTheWorld() {
        double[] p = GazetteerSelection.representativePoint(List.of(new double[] {60, 179}, new double[] {60, -179},
                new double[] {60, 178.5}));
        assertTrue(Math.abs(p[1]) > 178, "a point near the 180th meridian, not near 0: " + p[1]);
    }

    @Test
    void alternateNamesAreShortLatinSpellingsOfTheSameName() {
        List<GazetteerEntry> e = select(Set.of(),
                line("1", "Turabah", "Ramadan,Turaba,TRB,Turbah,Hope,Тураба", 21, 41, "PPL", "ZZ", "01", 23_000));
        assertEquals(List.of("Turaba", "Turbah"), named(e, "Turabah", "ZZA").alternates(),
                "not another name, an acronym, an ordinary word or another script");
    }

    @Test
    void transliterationsOfTheSameNameAreSpellingsOfIt() {
        assertTrue(GazetteerSelection.sameName("Shusha", "Şuşa"));
        assertTrue(GazetteerSelection.sameName("Majduguri", "Maiduguri"));
        assertTrue(GazetteerSelection.sameName("Sittwe", "Sittwe"));
        assertFalse(GazetteerSelection.sameName("Akyab", "Sittwe"), "a former name");
        assertFalse(GazetteerSelection.sameName("Taraba", "Turabah"), "another place's name");
    }

    @Test
    void namesAreFlaggedWhenTheyAreOrdinaryWords() {
        List<GazetteerEntry> e = select(Set.of(),
                line("1", "Mobile", "", 30, -88, "PPL", "ZZ", "01", 190_000),
                line("2", "Gwozaland", "", 11, 13, "PPL", "ZZ", "01", 19_000));
        assertTrue(named(e, "Mobile", "ZZA").ordinaryWord());
        assertFalse(named(e, "Gwozaland", "ZZA").ordinaryWord());
    }

    @Test
    void ofPlacesSharingANameTheCapitalThenTheNamesakeThenTheLargerIsPreferred() {
        List<GazetteerEntry> e = select(Set.of(),
                line("1", "Twin", "", 10, 10, "PPL", "ZZ", "01", 900_000),
                line("2", "Twin", "", 20, 20, "PPLC", "YY", "01", 30_000),
                line("3", "Suda", "", 11, 11, "PPLA", "ZZ", "02", 40_000),
                line("4", "Suda", "", 30, 30, "PPL", "YY", "01", 50_000),
                line("5", "Norda", "", 12, 12, "PPL", "YY", "01", 16_000),
                line("6", "Bigcity", "", 13, 13, "PPL", "ZZ", "01", 2_000_000));
        assertTrue(named(e, "Twin", "YYA").preferred(), "the capital, though smaller");
        assertFalse(named(e, "Twin", "ZZA").preferred());
        assertTrue(named(e, "Suda", "YYA").preferred(), "the larger town");
        assertTrue(named(e, "Suda", "ZZA").kind().equals("town") && !named(e, "Suda", "ZZA").preferred());
        assertTrue(e.stream().filter(x -> x.name().equals("Suda") && x.kind().equals("admin1"))
                .noneMatch(GazetteerEntry::preferred), "a region yields to its namesake town");
        assertEquals("capital", e.get(0).kind(), "capitals come first in the file");
    }

    @Test
    void linesRoundTrip() {
        GazetteerEntry e = new GazetteerEntry("1", "Sant Julià", "Sant Julia", List.of("San Julia", "Sant Julia"),
                "AND", "Sant Julià de Loria", "town", 42.46372, 1.49129, 8022, true, false);
        GazetteerEntry back = GazetteerEntry.parse(e.toTsv());
        assertEquals(e.names(), back.names());
        assertEquals(e.alternates(), back.alternates());
        assertEquals(42.4637, back.lat(), 1e-9);
        assertTrue(back.preferred());
    }
}
