package io.articleingest.pipeline.knowledge;

import java.util.Arrays;
import java.util.List;

/**
 * One line of the generated world gazetteer ({@code knowledge/gazetteer/world-places.tsv}): a populated
 * place or a first-level region from GeoNames. The column order is defined here once, for the builder
 * that writes the file and the loader that reads it.
 *
 * @param id           GeoNames id of a populated place, or the GeoNames admin-1 code of a region ("NG.27")
 * @param name         GeoNames name ("Maiduguri", "Borno State")
 * @param asciiName    the name in ASCII letters ("Sant Julia de Loria")
 * @param alternates   a populated place's other names: a few Latin-script spellings from GeoNames; a
 *                     region's own name without or with its designation ("Borno", "Rakhine State")
 * @param country      ISO 3166-1 alpha-3
 * @param admin1       name of the first-level region the place lies in (a region: its own name)
 * @param kind         capital, city, town (populated places) or admin1 (a first-level region)
 * @param lat          WGS84 latitude; null for a region GeoNames lists no populated place in
 * @param lon          WGS84 longitude; null likewise
 * @param population   GeoNames population; 0 for regions
 * @param preferred    the reading to pick among generated places that share the name
 * @param ordinaryWord the name is also an ordinary English word ("Mobile", "Police")
 */
public record GazetteerEntry(String id, String name, String asciiName, List<String> alternates, String country,
                             String admin1, String kind, Double lat, Double lon, long population, boolean preferred,
                             boolean ordinaryWord) {

    /** The header line naming the columns. */
    public static final String COLUMNS =
            "id\tname\tascii_name\talternates\tcountry\tadmin1\tkind\tlat\tlon\tpopulation\tpreferred\tordinary_word";

    /** The name and, when it differs, its ASCII spelling. */
    public List<String> names() {
        return name.equals(asciiName) || asciiName.isEmpty() ? List.of(name) : List.of(name, asciiName);
    }

    /** The names that are the place's own: its names, and a region's name with or without designation. */
    public List<String> ownNames() {
        if (!kind.equals("admin1")) {
            return names();
        }
        List<String> own = new java.util.ArrayList<>(names());
        own.addAll(alternates);
        return own;
    }

    /** Other spellings of a populated place's name (a region has none). */
    public List<String> otherSpellings() {
        return kind.equals("admin1") ? List.of() : alternates;
    }

    public String toTsv() {
        return String.join("\t", id, name, asciiName, String.join(",", alternates), country, admin1, kind,
                coordinate(lat), coordinate(lon),
                Long.toString(population), preferred ? "1" : "0", ordinaryWord ? "1" : "0");
    }

    private static String coordinate(Double degrees) {
        return degrees == null ? "" : String.format(java.util.Locale.ROOT, "%.4f", degrees);
    }

    /** Reads a line written by {@link #toTsv()}. */
    public static GazetteerEntry parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 12) {
            throw new IllegalArgumentException("gazetteer line has " + f.length + " columns, not 12: " + line);
        }
        List<String> alternates = f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split(","));
        return new GazetteerEntry(f[0], f[1], f[2], alternates, f[4], f[5], f[6], f[7].isEmpty() ? null
                : Double.valueOf(f[7]), f[8].isEmpty() ? null : Double.valueOf(f[8]), Long.parseLong(f[9]),
                f[10].equals("1"), f[11].equals("1"));
    }
}
