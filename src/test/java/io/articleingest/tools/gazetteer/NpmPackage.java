package io.articleingest.tools.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A pinned npm package, fetched with the ordinary client ({@code npm pack NAME@VERSION}), checked
 * against the integrity hash the registry published for that version, and unpacked.
 */
final class NpmPackage {

    private NpmPackage() {
    }

    /** Packs and unpacks the package of {@code spec} (name, version, integrity) under {@code work}: its folder. */
    static Path fetch(JsonNode spec, Path work) throws IOException, InterruptedException {
        String name = spec.path("name").asText();
        String version = spec.path("version").asText();
        String integrity = spec.path("integrity").asText();
        Path dir = Files.createDirectories(work.resolve(name + "-" + version));
        String packed = run(dir, "npm", "pack", "--json", name + "@" + version);
        JsonNode info = new ObjectMapper().readTree(packed.substring(packed.indexOf('['))).get(0);
        if (!integrity.equals(info.path("integrity").asText())) {
            throw new IllegalStateException(name + "@" + version + ": integrity " + info.path("integrity").asText()
                    + " is not the pinned " + integrity);
        }
        run(dir, "tar", "-xzf", info.path("filename").asText());
        return dir.resolve("package");
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of(command)).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed in " + dir);
        }
        return out;
    }
}
