package io.articleingest.tools.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.articleingest.pipeline.knowledge.GazetteerEntry;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds {@code src/main/resources/knowledge/gazetteer/world-places.tsv} from the npm packages pinned
 * in {@code src/test/resources/gazetteer/world-gazetteer.yaml} (GeoNames data, CC BY 4.0), with the
 * ISO codes of {@code countries.yaml} and without the places {@code places.yaml} already curates.
 * Run from the project folder:
 * <pre>mvn -q -o test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.mainClass=io.articleingest.tools.gazetteer.WorldGazetteerBuilder -Dexec.classpathScope=test</pre>
 * An optional argument names another output file.
 */
public final class WorldGazetteerBuilder {

    static final Path KNOWLEDGE = Path.of("src/main/resources/knowledge");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern GEONAMES_SOURCE = Pattern.compile("GeoNames (\\d+)");

    private WorldGazetteerBuilder() {
    }

    public static void main(String[] args) throws Exception {
        Path out = args.length > 0 ? Path.of(args[0]) : KNOWLEDGE.resolve("gazetteer/world-places.tsv");
        JsonNode config;
        try (InputStream in = WorldGazetteerBuilder.class.getResourceAsStream("/gazetteer/world-gazetteer.yaml")) {
            config = YAML.readTree(in);
        }
        Path work = Files.createTempDirectory("world-gazetteer");
        JsonNode packages = config.path("packages");
        Path cities = NpmPackage.fetch(packages.path("cities"), work).resolve(packages.path("cities").path("file").asText());
        Path admin1 = NpmPackage.fetch(packages.path("admin1"), work).resolve(packages.path("admin1").path("file").asText());
        Path words = NpmPackage.fetch(packages.path("words"), work);

        Map<String, String> admin1Names = new HashMap<>();
        JSON.readTree(admin1.toFile()).forEach(r -> admin1Names.put(r.path("code").asText(), r.path("name").asText()));
        Set<String> ordinaryWords = new HashSet<>();
        for (JsonNode list : packages.path("words").path("lists")) {
            JSON.readTree(words.resolve(list.asText() + ".json").toFile())
                    .forEach(w -> ordinaryWords.add(w.asText().toLowerCase(java.util.Locale.ROOT)));
        }
        GazetteerSelection selection = new GazetteerSelection(config, admin1Names, ordinaryWords, iso3(),
                curatedGeoNamesIds());
        try (Stream<String> lines = Files.lines(cities, StandardCharsets.UTF_8)) {
            lines.forEach(selection::add);
        }
        List<GazetteerEntry> entries = selection.entries();
        write(out, entries, config);
        System.out.printf("%s: %d populated places, %d first-level regions%n", out,
                entries.stream().filter(e -> !e.kind().equals("admin1")).count(),
                entries.stream().filter(e -> e.kind().equals("admin1")).count());
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** ISO 3166-1 alpha-2 → alpha-3, from countries.yaml. */
    static Map<String, String> iso3() throws IOException {
        Map<String, String> codes = new HashMap<>();
        YAML.readTree(KNOWLEDGE.resolve("countries.yaml").toFile()).forEach(c -> {
            if (c.hasNonNull("iso2")) {
                codes.put(c.path("iso2").asText(), c.path("code").asText());
            }
        });
        return codes;
    }

    /** The GeoNames ids that places.yaml cites as the source of a curated place. */
    static Set<String> curatedGeoNamesIds() throws IOException {
        Set<String> ids = new HashSet<>();
        YAML.readTree(KNOWLEDGE.resolve("places.yaml").toFile()).forEach(p -> {
            Matcher m = GEONAMES_SOURCE.matcher(p.path("source").asText(""));
            if (m.find()) {
                ids.add(m.group(1));
            }
        });
        return ids;
    }

    private static void write(Path out, List<GazetteerEntry> entries, JsonNode config) throws IOException {
        Files.createDirectories(out.getParent());
        JsonNode packages = config.path("packages");
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# World gazetteer: populated places of " + config.path("minPopulation").asText()
                    + "+ inhabitants, capitals and seats of first-level regions, and first-level regions.\n");
            w.write("# Data: GeoNames (https://www.geonames.org), licensed CC BY 4.0: cities500 from the npm package "
                    + spec(packages.path("cities")) + ", admin-1 names from " + spec(packages.path("admin1"))
                    + ";\n# ordinary-word flags from SCOWL (" + spec(packages.path("words")) + ").\n");
            w.write("# Generated by io.articleingest.tools.gazetteer.WorldGazetteerBuilder (src/test/java) from"
                    + " src/test/resources/gazetteer/world-gazetteer.yaml: do not edit; curate in places.yaml.\n");
            w.write("# A region's point is the populated place nearest to the centroid of its populated places"
                    + " (none when GeoNames files no populated place under its code); its population is left 0.\n");
            w.write(GazetteerEntry.COLUMNS + "\n");
            for (GazetteerEntry e : entries) {
                w.write(e.toTsv());
                w.write('\n');
            }
        }
    }

    private static String spec(JsonNode p) {
        return p.path("name").asText() + "@" + p.path("version").asText();
    }
}
