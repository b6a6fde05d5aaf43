package io.articleingest.cli;

import io.articleingest.pipeline.ArticleParser;
import io.articleingest.pipeline.Pipeline;
import io.articleingest.pipeline.model.RawDocument;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench --memory}: what a container needs for its first event, one fresh JVM per article
 * size, as Lambda runs it (serial collector, a heap of most of the function's memory): the peak
 * heap in use (the heap pools' peaks), the heap still live after a collection, the peak resident
 * set (VmHWM), and the smallest heap ({@code -Xmx}) the first event still completes in, found by
 * bisection. Run in the child JVM, {@code MemoryBench KB FILE...} loads the pipeline as the
 * handler does, processes one article of that size built from the files, and prints one line.
 */
public final class MemoryBench implements Command {

    /** Lambda's Java runtimes give the heap about 85% of the function's memory; 870 MB of 1 024. */
    static final int DEFAULT_HEAP_MB = 870;
    private static final int HEAP_STEP_MB = 8;
    private static final CommandSpec SPEC = CommandSpec.of("MemoryBench",
                    "One fresh JVM's first event on an article of KB kilobytes: peak heap and resident set.")
            .synopsis("KB FILE...")
            .operands(2, Integer.MAX_VALUE, "KB FILE...");

    public static void main(String[] args) {
        System.setProperty("slf4j.internal.verbosity", "ERROR"); // as Main: the SDK's "no providers" notice is noise
        System.exit(Commands.run(new MemoryBench(), args, System.out, System.err));
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    /** The child: load, one article, the figures on one line of {@code key=value}. */
    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws IOException {
        int kb = BenchCommand.kilobytes(args.operands().get(0)).get(0);
        List<String> bodies = new ArrayList<>();
        ArticleParser parser = new ArticleParser();
        for (String file : args.operands().subList(1, args.operands().size())) {
            Path p = Path.of(file);
            bodies.add(BenchCommand.parse(parser, RawDocument.ofFile(p.getFileName().toString(),
                    Files.readAllBytes(p))).body());
        }
        byte[] text = SizedArticle.of(bodies, kb * 1024).getBytes(StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        Pipeline pipeline = Pipeline.standard((Path) null);
        long t1 = System.nanoTime();
        int events = pipeline.process(RawDocument.ofFile("sized-" + kb + "kb.txt", text), LocalDate.of(2025, 11, 30))
                .events().size();
        long t2 = System.nanoTime();
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        String status = Files.readString(Path.of("/proc/self/status"));
        out.printf(Locale.ROOT, "kb=%d bytes=%d events=%d load_ms=%d process_ms=%d peak_heap_mb=%.1f live_heap_mb=%.1f "
                        + "rss_peak_mb=%.1f%n", kb, text.length, events, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                peakHeap / 1048576.0, live / 1048576.0, procStatusKb(status, "VmHWM") / 1024.0);
        return 0;
    }

    /** A field of /proc/self/status in kB ("VmHWM:     123456 kB"). */
    static long procStatusKb(String status, String field) {
        for (String line : status.split("\n")) {
            if (line.startsWith(field + ":")) {
                String value = line.substring(field.length() + 1).strip();
                if (!value.endsWith(" kB")) {
                    throw new IllegalArgumentException("/proc status " + field + " not in kB: " + line);
                }
                return Long.parseLong(value.substring(0, value.length() - 3).strip());
            }
        }
        throw new IllegalArgumentException("/proc status has no " + field);
    }

    /** The {@code key=value} pairs of the child's line. */
    public static Map<String, String> fields(String line) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : line.strip().split("\\s+")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return fields;
    }

    /** The parent ({@code bench --memory}): a child per size at {@code heapMb}, then the bisection. */
    static void report(PrintStream out, List<Integer> sizesKb, int heapMb, List<String> files)
            throws IOException, InterruptedException {
        out.printf(Locale.ROOT, "memory: a fresh JVM per size (-XX:+UseSerialGC -Xmx%dm) loads the pipeline and "
                + "handles one article; min_heap_mb: the smallest -Xmx (to %d MB) it still completes in%n", heapMb,
                HEAP_STEP_MB);
        out.printf(Locale.ROOT, "%8s %8s %9s %11s %13s %13s %12s %12s%n", "size_kb", "events", "load_ms",
                "process_ms", "peak_heap_mb", "live_heap_mb", "rss_peak_mb", "min_heap_mb");
        for (int kb : sizesKb) {
            long start = System.nanoTime();
            Map<String, String> f = child(kb, heapMb, files, 0);
            if (f == null) {
                out.printf(Locale.ROOT, "%8d failed with -Xmx%dm%n", kb, heapMb);
                continue;
            }
            long timeoutSeconds = 10 + 4 * TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            int fails = 0;
            int works = heapMb;
            while (works - fails > HEAP_STEP_MB) {
                int mid = (fails + works) / 2;
                if (child(kb, mid, files, timeoutSeconds) != null) {
                    works = mid;
                } else {
                    fails = mid;
                }
            }
            out.printf(Locale.ROOT, "%8d %8s %9s %11s %13s %13s %12s %12d%n", kb, f.get("events"), f.get("load_ms"),
                    f.get("process_ms"), f.get("peak_heap_mb"), f.get("live_heap_mb"), f.get("rss_peak_mb"), works);
        }
    }

    /** The child's figures, or null when it failed (out of memory) or ran past the timeout (0: none). */
    private static Map<String, String> child(int kb, int heapMb, List<String> files, long timeoutSeconds)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx" + heapMb + "m", "-cp", System.getProperty("java.class.path"),
                MemoryBench.class.getName(), String.valueOf(kb)));
        command.addAll(files);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] output;
        if (timeoutSeconds > 0 && !p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return null;
        }
        output = p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            return null;
        }
        Map<String, String> f = fields(new String(output, StandardCharsets.UTF_8));
        return f.containsKey("peak_heap_mb") ? f : null;
    }
}
