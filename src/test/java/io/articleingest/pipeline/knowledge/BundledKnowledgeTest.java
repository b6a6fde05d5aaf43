package io.articleingest.pipeline.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON the function reads is what the YAML sources say, never a stale copy. */
class BundledKnowledgeTest {

    private static final Path SOURCES = Path.of("src/main/resources/knowledge");

    @Test
    void everyBundledDictionaryReadsAsItsYamlSource() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(SOURCES)) {
            sources = files.filter(p -> p.toString().endsWith(".yaml")).toList();
        }
        assertFalse(sources.isEmpty());
        for (Path yaml : sources) {
            String name = yaml.getFileName().toString().replace(".yaml", "");
            assertEquals(BundledKnowledge.yaml().readTree(yaml.toFile()), BundledKnowledge.read(name), name);
        }
    }

    @Test
    void theBuildStepWritesTheJsonBesideEachYaml(@TempDir Path classes) throws IOException {
        Path knowledge = Files.createDirectories(classes.resolve("knowledge"));
        Files.writeString(knowledge.resolve("tiny.yaml"), "countries:\n  - name: Norway\n    iso2: \"NO\"\n    seats: [Oslo]\n");

        BundledKnowledge.compile(classes);

        JsonNode json = BundledKnowledge.yaml().readTree(knowledge.resolve("tiny.json").toFile());
        assertEquals("NO", json.path("countries").path(0).path("iso2").asText());
        assertEquals(BundledKnowledge.yaml().readTree(knowledge.resolve("tiny.yaml").toFile()), json);
    }
}
