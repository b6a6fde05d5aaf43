package io.articleingest.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.articleingest.local.SamTemplate;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code sam build} deploys: the template names the makefile build, and the Makefile's
 * {@code build-<Function>} target, run as SAM runs it (with ARTIFACTS_DIR), puts the jar with the
 * handlers, and nothing of the local stack, in the artifact's lib/.
 */
class DeploymentJarIT {

    private final SamTemplate template = SamTemplate.load();

    /** Runs the function's Makefile target as sam build does; MVN=true reuses the jar this build made. */
    private JarFile samBuild(String function, Path artifacts) throws Exception {
        assumeTrue(onPath("make"), "make is not installed");
        assertEquals("makefile", template.resource(function).path("Metadata").path("BuildMethod").asText(), function);
        Path codeUri = Path.of(template.functionProperty(function, "CodeUri").asText());
        assertTrue(Files.readString(codeUri.resolve("Makefile")).contains("build-" + function + ":"), function);
        ProcessBuilder pb = new ProcessBuilder("make", "build-" + function, "MVN=true").directory(codeUri.toFile())
                .redirectErrorStream(true);
        pb.environment().put("ARTIFACTS_DIR", artifacts.toString());
        Process make = pb.start();
        String log = new String(make.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(make.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, make.exitValue(), log);
        return new JarFile(artifacts.resolve("lib/article-ingest.jar").toFile());
    }

    @Test
    void samBuildPutsTheHandlersInLib(@TempDir Path artifacts) throws Exception {
        for (String fn : template.resources(SamTemplate.FUNCTION).keySet()) {
            String handlerClass = template.functionProperty(fn, "Handler").asText().split("::")[0];
            try (JarFile jar = samBuild(fn, artifacts)) {
                assertNotNull(jar.getEntry(handlerClass.replace('.', '/') + ".class"), fn + ": " + handlerClass);
                // the Lambda runtime's S3 event serializer loads joda-time from the function's jar
                assertNotNull(jar.getEntry("org/joda/time/DateTime.class"), "joda-time");
            }
        }
    }

    @Test
    void noEmulatorOrTestClassIsInTheJar(@TempDir Path artifacts) throws Exception {
        List<String> forbidden = List.of("io/articleingest/local/", "org/gaul/", "com/amazonaws/services/dynamodbv2/",
                "org/eclipse/jetty/", "org/junit/", "ch/qos/logback/", "org/apache/http/", "io/netty/");
        for (String fn : template.resources(SamTemplate.FUNCTION).keySet()) {
            try (JarFile jar = samBuild(fn, artifacts)) {
                List<String> found = jar.stream().map(e -> e.getName())
                        .filter(name -> forbidden.stream().anyMatch(name::startsWith)).limit(5).toList();
                assertEquals(List.of(), found);
                assertTrue(jar.size() > 100, "suspiciously small jar");
            }
        }
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
