package io.articleingest.pipeline.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the generated world gazetteer ({@code knowledge/gazetteer/world-places.tsv}: GeoNames'
 * populated places of 15 000+ inhabitants, capitals, seats and first-level regions, CC BY 4.0) into
 * the entity dictionary, after the curated files, so that a curated place, country, demonym or actor
 * keeps its name. Every place's own names (a region's with or without its designation: "Borno") go in
 * before any other spelling of a town's name (Borna's "Borno"); among places sharing a name the file's
 * order and its {@code preferred} flag rank them (capital, then population).
 */
final class WorldGazetteer {

    static final String RESOURCE = "knowledge/gazetteer/world-places.tsv";

    private WorldGazetteer() {
    }

    /** Adds every entry's own names, then the other spellings; returns how many entries were read. */
    static int addTo(EntityDictionary entities) {
        List<GazetteerEntry> entries = read();
        for (GazetteerEntry e : entries) {
            Lexeme place = lexeme(e, e.preferred());
            e.names().forEach(n -> entities.addGazetteerName(n, place, e.ordinaryWord()));
            e.ownNames().stream().skip(e.names().size()).forEach(n -> entities.addGazetteerName(n, place, false));
        }
        for (GazetteerEntry e : entries) {
            if (e.otherSpellings().isEmpty()) {
                continue; // most places have none: no lexeme to build
            }
            Lexeme place = lexeme(e, false); // another spelling never outranks a place's own name
            e.otherSpellings().forEach(a -> entities.addOtherSpelling(a, place));
        }
        return entries.size();
    }

    private static Lexeme lexeme(GazetteerEntry e, boolean preferred) {
        Place place = new Place(e.name(), e.country(), e.admin1().isEmpty() ? null : e.admin1(), null, e.kind(),
                e.lat(), e.lon(), preferred, true);
        return new Lexeme("PLACE", e.name(), e.country(), null, place, false);
    }

    private static List<GazetteerEntry> read() {
        List<GazetteerEntry> out = new ArrayList<>(30_000);
        try (InputStream in = WorldGazetteer.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource missing: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#") && !line.equals(GazetteerEntry.COLUMNS)) {
                    out.add(GazetteerEntry.parse(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return out;
    }
}
