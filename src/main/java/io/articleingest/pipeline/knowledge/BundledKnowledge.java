package io.articleingest.pipeline.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bundled dictionaries as the function reads them. {@code src/main/resources/knowledge/*.yaml}
 * stay the files people edit; the build ({@link #main}, in Maven's {@code process-classes} phase)
 * writes each as compact JSON beside it, which a fresh JVM reads in about half the time (no YAML
 * parser to load, a simpler grammar to scan). A user's extra dictionary is still YAML, read with
 * {@link #yaml()}, whose parser then loads.
 */
public final class BundledKnowledge {

    /** The system property the build names the classes folder in (pom.xml, exec-maven-plugin). */
    static final String CLASSES_FOLDER = "articleingest.classes";
    private static final ObjectMapper JSON = new ObjectMapper();

    private BundledKnowledge() {
    }

    /** The parser of YAML dictionaries, loaded on first use (a function without extra dictionaries never does). */
    public static ObjectMapper yaml() {
        return Yaml.MAPPER;
    }

    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());
    }

    /** {@code knowledge/NAME.yaml} as the build compiled it ({@code NAME} without extension). */
    public static JsonNode read(String name) {
        String path = "knowledge/" + name + ".json";
        try (InputStream in = BundledKnowledge.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource missing: " + path + " (the build writes it from "
                        + name + ".yaml in the process-classes phase: mvn process-classes)");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled dictionary " + path, e);
        }
    }

    /**
     * The build step, on the classes folder named by the system property {@value #CLASSES_FOLDER}.
     * Not by argument: the local stack's {@code mvn -Plocal package exec:java -Dexec.args="…"} hands
     * its arguments to every exec:java run of the build, this one included.
     */
    public static void main(String[] ignored) throws IOException {
        compile(Path.of(System.getProperty(CLASSES_FOLDER)));
    }

    /** Every {@code knowledge/*.yaml} under the classes folder gets its {@code .json}. */
    static void compile(Path classesFolder) throws IOException {
        for (Path yaml : yamlFiles(classesFolder.resolve("knowledge"))) {
            String name = yaml.getFileName().toString();
            Path json = yaml.resolveSibling(name.substring(0, name.length() - ".yaml".length()) + ".json");
            JSON.writeValue(json.toFile(), yaml().readTree(yaml.toFile()));
        }
    }

    private static List<Path> yamlFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
