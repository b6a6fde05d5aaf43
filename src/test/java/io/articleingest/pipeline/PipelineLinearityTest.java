package io.articleingest.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.pipeline.model.RawDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Time per KB of the whole pipeline stays flat as hostile inputs grow: for each input shape, the
 * cost per KB at 8x the size is compared with the cost per KB at 1x (a size from 16 KB up whose
 * run takes at least 40 ms), measured in the same run (best of three, interleaved, after a
 * warm-up). Linear work gives a ratio near 1, quadratic work near 8; the
 * bound of 4 only catches superlinear growth, not a slow machine. Numbers are printed; ordinary
 * prose of the same sizes is the baseline the figures can be read against.
 */
class PipelineLinearityTest {

    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final int START = 16 * 1024;
    private static final int MAX_START = 1024 * 1024;
    /** Runs shorter than this are mostly timer and scheduler noise on a shared machine. */
    private static final double MIN_MILLIS = 40;
    private static final int GROWTH = 8;
    private static final double MAX_RATIO = 4.0;

    private static IntFunction<byte[]> repeated(String unit) {
        return size -> unit.repeat(Math.max(1, size / unit.length())).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, IntFunction<byte[]>> shapes() throws Exception {
        String prose = Files.readString(Path.of("samples", "airstrike-khan-yunis.txt"));
        Map<String, IntFunction<byte[]>> shapes = new LinkedHashMap<>();
        shapes.put("prose.txt (baseline)", repeated(prose + "\n"));
        shapes.put("line-without-breaks.txt", repeated("word and another "));
        shapes.put("tiny-sentences.txt", repeated("Go. "));
        shapes.put("capitalised.txt", repeated("Ali Hassan Omar Mohammed "));
        shapes.put("of-the.txt", repeated("the Minister of the Interior of the "));
        shapes.put("numbers.txt", repeated("1,000 "));
        shapes.put("quotes-dashes.txt", repeated("\"“‘« a — b – c - "));
        shapes.put("brackets.md", repeated("[(`*_"));
        shapes.put("headings.md", repeated("# # # # # # # # x\n"));
        shapes.put("backticks.md", repeated("`a"));
        shapes.put("emphasis.md", repeated("*a "));
        shapes.put("nested.html", size -> ("<html><body>" + "<div><blockquote>".repeat(size / 40) + "Talks ended."
                + "</blockquote></div>".repeat(size / 40) + "</body></html>").getBytes(StandardCharsets.UTF_8));
        shapes.put("paragraphs.json", size -> ("{\"title\": \"T\", \"paragraphs\": [" + "\"Hamas met Egypt in Cairo.\", "
                .repeat(size / 30) + "\"end\"]}").getBytes(StandardCharsets.UTF_8));
        return shapes;
    }

    private static double millis(String name, byte[] content) {
        RawDocument doc = RawDocument.ofFile(name.replace(" (baseline)", ""), content);
        long t0 = System.nanoTime();
        PIPELINE.process(doc, LocalDate.of(2025, 11, 30));
        return (System.nanoTime() - t0) / 1e6;
    }

    /** Best time per KB of three runs, the two sizes interleaved so that a busy moment of the machine hits both. */
    private static double[] bestMillisPerKb(String name, byte[] small, byte[] large) {
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int run = 0; run < 3; run++) {
            best[0] = Math.min(best[0], millis(name, small) / (small.length / 1024.0));
            best[1] = Math.min(best[1], millis(name, large) / (large.length / 1024.0));
        }
        return best;
    }

    @Test
    void timePerKbStaysFlatAsHostileInputsGrow() throws Exception {
        Map<String, IntFunction<byte[]>> shapes = shapes();
        shapes.forEach((name, make) -> millis(name, make.apply(START))); // warm-up
        List<String> superlinear = new ArrayList<>();
        System.out.printf("%-26s %9s %12s %12s %7s%n", "input", "size", "ms/KB 1x", "ms/KB 8x", "ratio");
        for (Map.Entry<String, IntFunction<byte[]>> shape : shapes.entrySet()) {
            // a size whose run takes long enough to time reliably, then eight times that
            int size = START;
            while (size < MAX_START && millis(shape.getKey(), shape.getValue().apply(size)) < MIN_MILLIS) {
                size *= 2;
            }
            double[] perKb = bestMillisPerKb(shape.getKey(), shape.getValue().apply(size),
                    shape.getValue().apply(size * GROWTH));
            double ratio = perKb[1] / perKb[0];
            System.out.printf("%-26s %7d KB %12.3f %12.3f %7.2f%n", shape.getKey(), size / 1024, perKb[0], perKb[1], ratio);
            if (ratio > MAX_RATIO) {
                superlinear.add(shape.getKey() + " " + String.format("%.1f", ratio) + "x");
            }
        }
        assertTrue(superlinear.isEmpty(), "time per KB grows with the input: " + superlinear);
    }
}
