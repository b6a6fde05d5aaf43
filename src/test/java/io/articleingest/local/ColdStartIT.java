package io.articleingest.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One run of each cold-start variant against the deployment jar (about 20 s): every child JVM gets
 * its result (a handler child fails unless its event is stored) and reports its phases. The
 * figures themselves are printed by the command, not asserted.
 */
class ColdStartIT {

    @Test
    void everyVariantRunsToItsResultAndTheReportNamesTheTargets() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Map<String, ColdStart.Samples> samples = ColdStart.run(1, ProcessHandle.current().info().command().orElseThrow(),
                Files.readAllBytes(Path.of("samples/ceasefire-talks-cairo.html")), false,
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertEquals(List.of("hello", "sdk", "handler", "restore"), List.copyOf(samples.keySet()));
        samples.values().forEach(s -> assertTrue(s.median("wallMs") > 0));
        assertEquals(List.of("wallMs", "clientsMs", "firstMs", "secondMs"), samples.get("sdk").names());
        assertEquals(List.of("wallMs", "initMs", "parseMs", "eventMs"), samples.get("handler").names());
        assertEquals(List.of("wallMs", "initMs", "primingMs", "parseMs", "eventMs", "secondParseMs", "secondEventMs"),
                samples.get("restore").names());
        String report = printed.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("(c) handler wall / (b) SDK wall"), report);
        assertTrue(report.contains("(d) restore first event / (b) warm second request"), report);
        assertTrue(report.lines().filter(l -> l.contains("its warm second event")).allMatch(l -> l.endsWith("(for reference)")),
                "a comparison without a target names none: " + report);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        ColdStart.Samples s = new ColdStart.Samples();
        for (double ms : new double[] {40, 10, 30, 20}) {
            s.add(Map.of("wallMs", ms));
        }

        assertEquals(25, s.median("wallMs"));
        assertEquals(10, s.min("wallMs"));
        assertEquals(40, s.max("wallMs"));
    }
}
