package io.articleingest.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's main command with --once: start, ingest every sample, print, exit 0. */
class MainJobIT {

    @Test
    void theMainJobIngestsEverySampleAndPrintsTheEventTables() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = LocalStack.run(new LocalStack.Options(true, true, null, Path.of("samples"), 0, 0),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, printed);
        assertTrue(printed.contains("started in"), printed);
        assertTrue(printed.matches("(?s).*\\n(\\d+) of \\1 sample articles stored\\n.*"), printed);
        assertTrue(printed.contains("actor -> recipient"), printed);
        assertTrue(printed.contains("ingested"), printed);
    }
}
