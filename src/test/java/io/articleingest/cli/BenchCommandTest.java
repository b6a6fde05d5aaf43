package io.articleingest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parts of {@code bench} that are not timings: inputs, parsing, what is printed. Timings are never asserted. */
class BenchCommandTest {

    private static final String STATUS = """
            Name:\tjava
            VmPeak:\t 5123456 kB
            VmHWM:\t  262144 kB
            VmRSS:\t  131072 kB
            Threads:\t17
            """;

    @Test
    void sizesAreWholeKilobytesOfAtLeastOne() {
        assertEquals(List.of(1, 10, 5000), BenchCommand.kilobytes("1, 10,5000"));
        assertThrows(IllegalArgumentException.class, () -> BenchCommand.kilobytes("0"));
        assertThrows(IllegalArgumentException.class, () -> BenchCommand.kilobytes("5MB"));
        CliRunner.Result r = CliRunner.run("bench", "--sizes", "1,big", "samples/football-derby.md");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("bench: --sizes takes whole KB numbers separated by commas, got '1,big'"),
                r.err());
    }

    @Test
    void peakResidentSetIsReadFromProcStatus() {
        assertEquals(262144, MemoryBench.procStatusKb(STATUS, "VmHWM"));
        assertEquals(131072, MemoryBench.procStatusKb(STATUS, "VmRSS"));
        assertThrows(IllegalArgumentException.class, () -> MemoryBench.procStatusKb(STATUS, "VmSwap"));
        assertThrows(IllegalArgumentException.class, () -> MemoryBench.procStatusKb(STATUS, "Threads"));
    }

    @Test
    void theChildsFiguresAreReadBackByName() {
        Map<String, String> f = MemoryBench.fields("kb=5 bytes=5119 events=31 peak_heap_mb=126.7 rss_peak_mb=256.7\n");
        assertEquals("5119", f.get("bytes"));
        assertEquals("126.7", f.get("peak_heap_mb"));
        assertEquals(5, f.size());
    }

    @Test
    void sizesPrintOneRowPerSizeWithTheFiveKilobyteBaselineAndOneRowPerStage() {
        CliRunner.Result r = CliRunner.run("bench", "--iterations", "1", "--sizes", "1,8", "samples/football-derby.md",
                "samples/airstrike-khan-yunis.txt");
        assertEquals(0, r.status(), r.err());
        String out = r.out();
        assertTrue(out.contains("read_tokenize_ms_per_article="), out);
        for (int kb : List.of(1, 5, 8)) {
            assertTrue(out.lines().anyMatch(l -> l.matches("\\s+" + kb + "\\s+\\d+\\s+[0-9.]+\\s+[0-9.]+\\s+[0-9.]+x.*")),
                    kb + " KB row missing:\n" + out);
        }
        for (String stage : List.of("parse", "classify", "tagging", "coreference", "articleMerging", "eventAssembly")) {
            assertTrue(out.lines().anyMatch(l -> l.startsWith(stage + " ")), stage + " row missing:\n" + out);
        }
        assertTrue(r.lastLine().startsWith("warm_5kb: "), r.lastLine());
    }
}
