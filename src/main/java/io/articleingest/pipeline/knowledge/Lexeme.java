package io.articleingest.pipeline.knowledge;

/**
 * What a dictionary phrase denotes.
 *
 * @param kind    COUNTRY ("Israel"), DEMONYM ("Israeli"), SEAT (a capital used for its government:
 *                "Washington"), ORG, PERSON, PLACE, or SECTOR (a role or group noun: "troops")
 * @param name    canonical name (for SECTOR: the noun as listed)
 * @param country ISO alpha-3 or PLOVER non-state code; null for sector words
 * @param sector  PLOVER sector code; null when the dictionary does not say
 * @param place   the gazetteer entry for PLACE (and COUNTRY, as a place of last resort)
 * @param plural  for DEMONYM and SECTOR: the word names people ("Israelis", "troops")
 */
public record Lexeme(String kind, String name, String country, String sector, Place place, boolean plural) {

    public boolean isPlaceLike() {
        return place != null;
    }
}
