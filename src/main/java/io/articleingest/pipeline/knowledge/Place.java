package io.articleingest.pipeline.knowledge;

/**
 * A gazetteer entry: a named place with its country, hierarchy and coordinates.
 *
 * @param generated from the generated world gazetteer (GeoNames), not curated: its names count as
 *                  places only where they read as names of places (MentionFinding's GazetteerNames)
 */
public record Place(String name, String country, String admin1, String region, String kind, Double lat, Double lon,
                    boolean preferred, boolean generated) {

    /** How specific a kind of place is: a camp or neighbourhood beats a town, a town a region. */
    public int specificity() {
        return switch (kind == null ? "" : kind) {
            case "neighbourhood", "camp", "crossing", "village", "port", "site" -> 5;
            case "town" -> 4;
            case "city", "capital" -> 3;
            case "governorate", "admin1", "province", "district" -> 2;
            case "region", "sea", "strait" -> 1;
            default -> 0; // countries
        };
    }
}
