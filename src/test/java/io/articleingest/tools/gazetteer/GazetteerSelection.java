package io.articleingest.tools.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import io.articleingest.pipeline.knowledge.GazetteerEntry;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What goes into the world gazetteer, from GeoNames' cities500 lines and admin-1 names: every populated
 * place of {@code minPopulation}+ inhabitants, every capital and seat of a first-level region, and every
 * first-level region (its point: the populated place nearest to the centroid of its populated places,
 * so that the point lies inside the region; none when GeoNames files no populated place under its code,
 * as for regions newer than the dump). Places a curated entry already
 * holds (same GeoNames id) are left out. Rows come ranked — capitals, then populated places by population,
 * then regions by the population of their places — and the first of several rows sharing a name is marked
 * preferred.
 */
final class GazetteerSelection {

    private static final Pattern LATIN_NAME = Pattern.compile("\\p{Lu}[A-Za-z.'\\- ]*[a-z]");

    private final JsonNode config;
    private final Map<String, String> admin1Names;
    private final Set<String> ordinaryWords;
    private final Map<String, String> iso3;
    private final Set<String> curatedIds;
    private final Set<String> excludedCodes = new HashSet<>();
    private final List<String> designations = new ArrayList<>();

    /** Populated places of one first-level region: where they lie and how many live there. */
    private static final class RegionPlaces {
        final List<double[]> points = new ArrayList<>();
        long population;
    }

    private final Map<String, RegionPlaces> regions = new HashMap<>();
    private final List<GazetteerEntry> places = new ArrayList<>();

    /**
     * @param config      the build file (world-gazetteer.yaml)
     * @param admin1Names GeoNames admin-1 code ("NG.27") → name
     * @param ordinaryWords lower-case ordinary English words
     * @param iso3        ISO alpha-2 → alpha-3
     * @param curatedIds  GeoNames ids of curated places
     */
    GazetteerSelection(JsonNode config, Map<String, String> admin1Names, Set<String> ordinaryWords,
                       Map<String, String> iso3, Set<String> curatedIds) {
        this.config = config;
        this.admin1Names = admin1Names;
        this.ordinaryWords = ordinaryWords;
        this.iso3 = iso3;
        this.curatedIds = curatedIds;
        config.path("excludedFeatureCodes").forEach(c -> excludedCodes.add(c.asText()));
        config.path("designations").forEach(d -> designations.add(d.asText()));
    }

    /** Takes one line of a GeoNames dump (19 tab-separated columns). */
    void add(String line) {
        String[] f = line.split("\t", -1);
        if (f.length < 15 || !f[6].equals("P") || excludedCodes.contains(f[7])) {
            return;
        }
        double lat = Double.parseDouble(f[4]);
        double lon = Double.parseDouble(f[5]);
        long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        String admin1Code = f[8] + "." + f[10];
        RegionPlaces region = regions.computeIfAbsent(admin1Code, k -> new RegionPlaces());
        region.points.add(new double[] {lat, lon});
        region.population += population;
        String code = f[7];
        boolean seat = code.equals("PPLC") || code.equals("PPLA");
        String country = iso3.get(f[8]);
        if (country == null || curatedIds.contains(f[0])
                || population < config.path("minPopulation").asLong() && !seat) {
            return;
        }
        String kind = code.equals("PPLC") ? "capital"
                : population >= config.path("cityPopulation").asLong() ? "city" : "town";
        places.add(new GazetteerEntry(f[0], f[1], f[2], alternates(f[1], f[2], f[3]), country,
                admin1Names.getOrDefault(admin1Code, ""), kind, lat, lon, population, false, ordinary(f[1], f[2])));
    }

    /** The rows, ranked, with {@code preferred} set. */
    List<GazetteerEntry> entries() {
        List<GazetteerEntry> ranked = new ArrayList<>(places);
        ranked.sort(Comparator.comparing((GazetteerEntry e) -> !e.kind().equals("capital"))
                .thenComparing(Comparator.comparingLong(GazetteerEntry::population).reversed())
                .thenComparing(e -> Long.parseLong(e.id())));
        List<String> codes = new ArrayList<>(admin1Names.keySet());
        codes.removeIf(c -> iso3.get(c.substring(0, c.indexOf('.'))) == null);
        codes.sort(Comparator.comparingLong(this::regionPopulation).reversed()
                .thenComparing(Comparator.naturalOrder()));
        codes.forEach(c -> ranked.add(region(c)));
        Map<String, GazetteerEntry> best = new HashMap<>();
        Map<String, Integer> sharing = new HashMap<>();
        for (GazetteerEntry e : ranked) {
            for (String n : keys(e)) {
                sharing.merge(n, 1, Integer::sum);
                best.merge(n, e, (a, b) -> better(b, a) ? b : a);
            }
        }
        List<GazetteerEntry> out = new ArrayList<>();
        for (GazetteerEntry e : ranked) {
            boolean preferred = keys(e).stream().anyMatch(n -> sharing.get(n) > 1 && best.get(n) == e);
            out.add(new GazetteerEntry(e.id(), e.name(), e.asciiName(), e.alternates(), e.country(), e.admin1(),
                    e.kind(), e.lat(), e.lon(), e.population(), preferred, e.ordinaryWord()));
        }
        return out;
    }

    private static Set<String> keys(GazetteerEntry e) {
        Set<String> keys = new HashSet<>();
        e.ownNames().forEach(n -> keys.add(n.toLowerCase(Locale.ROOT)));
        return keys;
    }

    /**
     * Which of two places sharing a name is meant: a capital; else a region's namesake town in the same
     * country ("Ayacucho" the city, not the region); else the larger population, a region counting the
     * people of its populated places ("Lagos" the Nigerian state, not the Portuguese town).
     */
    private boolean better(GazetteerEntry a, GazetteerEntry b) {
        boolean aCapital = a.kind().equals("capital");
        if (aCapital != b.kind().equals("capital")) {
            return aCapital;
        }
        boolean aRegion = a.kind().equals("admin1");
        if (aRegion != b.kind().equals("admin1") && a.country().equals(b.country())) {
            return !aRegion;
        }
        return weight(a) > weight(b);
    }

    private long weight(GazetteerEntry e) {
        return e.kind().equals("admin1") ? regionPopulation(e.id()) : e.population();
    }

    /** The people of a region's populated places (0 when GeoNames files none under its code). */
    private long regionPopulation(String code) {
        RegionPlaces places = regions.get(code);
        return places == null ? 0 : places.population;
    }

    /** A first-level region: its names with and without designation, and its representative point. */
    private GazetteerEntry region(String code) {
        String cc = code.substring(0, code.indexOf('.'));
        String name = admin1Names.get(code);
        String ascii = ascii(name);
        List<String> used = new ArrayList<>();
        config.path("countryDesignations").path(cc).forEach(d -> used.add(d.asText()));
        Set<String> alternates = new LinkedHashSet<>();
        for (String n : List.of(name, ascii)) {
            String d = designation(n);
            String bare = d == null ? n : n.substring(0, n.length() - d.length()).trim();
            if (d != null && !ordinaryWords.contains(bare.toLowerCase(Locale.ROOT))) {
                alternates.add(bare);
            }
            used.forEach(u -> alternates.add(bare + " " + u));
        }
        alternates.removeIf(a -> a.equalsIgnoreCase(name) || a.equalsIgnoreCase(ascii));
        RegionPlaces places = regions.get(code);
        double[] point = places == null ? null : representativePoint(places.points);
        return new GazetteerEntry(code, name, ascii, List.copyOf(alternates), iso3.get(cc), name, "admin1",
                point == null ? null : point[0], point == null ? null : point[1], 0, false, ordinary(name, ascii));
    }

    /** The designation word ending a region's name ("Borno State" → "State"), or null. */
    private String designation(String name) {
        for (String d : designations) {
            if (name.toLowerCase(Locale.ROOT).endsWith(" " + d.toLowerCase(Locale.ROOT))) {
                return name.substring(name.length() - d.length());
            }
        }
        return null;
    }

    /**
     * The populated place nearest to the centroid of the region's populated places (longitudes averaged
     * on the circle, so a region across the 180th meridian is not put on the other side of the world).
     */
    static double[] representativePoint(List<double[]> points) {
        double lat = 0;
        double sin = 0;
        double cos = 0;
        for (double[] p : points) {
            lat += p[0];
            sin += Math.sin(Math.toRadians(p[1]));
            cos += Math.cos(Math.toRadians(p[1]));
        }
        double centreLat = lat / points.size();
        double centreLon = Math.toDegrees(Math.atan2(sin, cos));
        double[] best = points.get(0);
        double bestDistance = Double.MAX_VALUE;
        for (double[] p : points) {
            double dLon = Math.abs(p[1] - centreLon);
            dLon = Math.min(dLon, 360 - dLon) * Math.cos(Math.toRadians(centreLat));
            double d = (p[0] - centreLat) * (p[0] - centreLat) + dLon * dLon;
            if (d < bestDistance) {
                bestDistance = d;
                best = p;
            }
        }
        return best;
    }

    /**
     * A few alternate names news might use: spellings of the same name ("Maidugari", "Akjab" is not
     * one of "Sittwe"), in Latin letters, capitalised and not an acronym, short, not an ordinary English
     * word, not the name again; in GeoNames' order. Other names GeoNames lists (former names, names in
     * other languages, nearby landmarks: Turabah's "Ramadan") would read as places in too many texts.
     */
    private List<String> alternates(String name, String ascii, String field) {
        JsonNode limits = config.path("alternates");
        Set<String> seen = new HashSet<>(List.of(name.toLowerCase(Locale.ROOT), ascii.toLowerCase(Locale.ROOT)));
        List<String> out = new ArrayList<>();
        for (String a : field.split(",")) {
            if (out.size() >= limits.path("perPlace").asInt()) {
                break;
            }
            String t = a.trim();
            if (LATIN_NAME.matcher(t).matches() && t.length() <= limits.path("maxLength").asInt()
                    && t.split(" ").length <= limits.path("maxWords").asInt() && !t.contains("  ")
                    && !ordinaryWords.contains(t.toLowerCase(Locale.ROOT)) && sameName(t, ascii)
                    && seen.add(t.toLowerCase(Locale.ROOT))) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Spellings of one name: once written the same way for sounds that transliterations spell
     * differently ("Shusha" and "Susa" for Şuşa, "Maiduguri" and "Majduguri"), their letters differ by at
     * most one edit in four (and at least one).
     */
    static boolean sameName(String a, String b) {
        String x = soundKey(a);
        String y = soundKey(ascii(b));
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()] <= Math.max(1, Math.max(x.length(), y.length()) / 4);
    }

    /** Letters only, with digraphs as one letter, doubled letters single, and "y", "j" and "i" alike. */
    private static String soundKey(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "").replaceAll("([sckzgtdp])h", "$1")
                .replace("ou", "u").replace("ee", "i").replaceAll("[yj]", "i").replaceAll("(.)\\1", "$1");
    }

    private boolean ordinary(String name, String ascii) {
        return ordinaryWords.contains(name.toLowerCase(Locale.ROOT))
                || ordinaryWords.contains(ascii.toLowerCase(Locale.ROOT));
    }

    /** Letters without their accents, typographic apostrophes as "'" ("Ta‘izz" → "Ta'izz"). */
    static String ascii(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[‘’ʻʼ`]", "'");
        return folded.chars().allMatch(c -> c < 128) ? folded : name;
    }
}
