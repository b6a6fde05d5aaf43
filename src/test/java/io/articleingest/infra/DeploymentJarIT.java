package io.articleingest.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.local.SamTemplate;
import java.io.IOException;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The jar the template deploys (its CodeUri) holds the handlers and nothing of the local stack. */
class DeploymentJarIT {

    private final SamTemplate template = SamTemplate.load();

    private JarFile deploymentJar(String function) throws IOException {
        return new JarFile(template.functionProperty(function, "CodeUri").asText());
    }

    @Test
    void everyHandlerClassIsInTheJar() throws IOException {
        for (String fn : template.resources(SamTemplate.FUNCTION).keySet()) {
            String handlerClass = template.functionProperty(fn, "Handler").asText().split("::")[0];
            try (JarFile jar = deploymentJar(fn)) {
                assertNotNull(jar.getEntry(handlerClass.replace('.', '/') + ".class"), fn + ": " + handlerClass);
                // the Lambda runtime's S3 event serializer loads joda-time from the function's jar
                assertNotNull(jar.getEntry("org/joda/time/DateTime.class"), "joda-time");
            }
        }
    }

    @Test
    void noEmulatorOrTestClassIsInTheJar() throws IOException {
        List<String> forbidden = List.of("io/articleingest/local/", "org/gaul/", "com/amazonaws/services/dynamodbv2/",
                "org/eclipse/jetty/", "org/junit/", "ch/qos/logback/", "org/apache/http/", "io/netty/");
        for (String fn : template.resources(SamTemplate.FUNCTION).keySet()) {
            try (JarFile jar = deploymentJar(fn)) {
                List<String> found = jar.stream().map(e -> e.getName())
                        .filter(name -> forbidden.stream().anyMatch(name::startsWith)).limit(5).toList();
                assertEquals(List.of(), found);
                assertTrue(jar.size() > 100, "suspiciously small jar");
            }
        }
    }
}
