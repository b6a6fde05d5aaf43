package io.articleingest.cli;

import io.articleingest.pipeline.ArticleParser;
import io.articleingest.pipeline.ParsedArticle;
import io.articleingest.pipeline.Pipeline;
import io.articleingest.pipeline.classify.TopicClassifier;
import io.articleingest.pipeline.extract.EventExtractor;
import io.articleingest.pipeline.model.RawDocument;
import io.articleingest.pipeline.text.Sentence;
import io.articleingest.pipeline.text.SentenceSplitter;
import io.articleingest.pipeline.text.Tokenizer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code bench --sizes}: the warm cost of one article of each size, built from the given articles
 * by {@link SizedArticle}, against the 5 KB one of the same run, stage by stage, so that a stage
 * whose time grows faster than the text shows as a per-KB time that climbs with the size. Also the
 * 5 KB figures the warm target is stated in: articles per second and the ratio to reading and
 * tokenising alone.
 */
final class LinearityBench {

    static final int BASELINE_KB = 5;
    /** Passes through every size; each size's runs are spread over them. */
    private static final int ROUNDS = 5;
    /** The warm-up's floor in time per timed iteration asked for: 5 s at the default 200. */
    private static final long WARM_UP_NANOS_PER_ITERATION = 25_000_000L;
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 11, 30);

    private final ArticleParser parser;
    private final TopicClassifier classifier;
    private final EventExtractor extractor;
    private final Pipeline pipeline;

    LinearityBench(ArticleParser parser, TopicClassifier classifier, EventExtractor extractor) {
        this.parser = parser;
        this.classifier = classifier;
        this.extractor = extractor;
        this.pipeline = new Pipeline(parser, classifier, extractor);
    }

    /** What one size costs: median total, the floor, and each stage's mean, all in ms per article. */
    private record SizeCost(int kb, int bytes, int runs, double totalMs, double floorMs, Map<String, Double> stageMs) {
        double perKb() {
            return totalMs / (bytes / 1024.0);
        }
    }

    /**
     * @param sourceBodies the text the sized articles are cycled from
     * @param sizesKb      the sizes wanted; the 5 KB baseline is added when missing
     * @param iterations   runs of the 5 KB article; other sizes run over as many KB (at least 5 runs each)
     */
    void report(PrintStream out, List<String> sourceBodies, List<Integer> sizesKb, int iterations) {
        TreeSet<Integer> sizes = new TreeSet<>(sizesKb);
        sizes.add(BASELINE_KB);
        List<SizeRuns> runs = new ArrayList<>();
        for (int kb : sizes) {
            int times = Math.max(ROUNDS, iterations * BASELINE_KB / kb);
            runs.add(new SizeRuns(kb, document(sourceBodies, kb), times));
        }
        RawDocument baselineDoc = runs.stream().filter(r -> r.kb == BASELINE_KB).findFirst().orElseThrow().doc;
        // warm-up: let the JIT compile every path on the baseline before anything is timed; on a
        // busy machine its compiler threads are slow, hence a floor in seconds as well as passes
        long warmUntil = System.nanoTime() + iterations * WARM_UP_NANOS_PER_ITERATION;
        for (int i = 0; i < Math.max(20, iterations) || System.nanoTime() < warmUntil; i++) {
            pipeline.process(baselineDoc, PUBLISHED);
            readAndTokenize(baselineDoc);
        }
        // one pass of each size untimed (a long text's first run compiles its long loops and grows
        // the heap), then rounds that go through every size in turn, so that a burst of load on a
        // shared machine falls on all sizes alike rather than on one
        runs.forEach(r -> pipeline.process(r.doc, PUBLISHED));
        for (int round = 0; round < ROUNDS; round++) {
            for (SizeRuns r : runs) {
                for (int i = 0; i < r.times / ROUNDS; i++) {
                    r.runOnce();
                }
            }
        }
        print(out, sourceBodies.size(), runs.stream().map(SizeRuns::cost).toList());
    }

    private RawDocument document(List<String> sourceBodies, int kb) {
        String text = SizedArticle.of(sourceBodies, kb * 1024);
        return RawDocument.ofFile("sized-" + kb + "kb.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    /** The timings of one size, gathered over the rounds. */
    private final class SizeRuns {
        final int kb;
        final RawDocument doc;
        final int times;
        final List<Double> total = new ArrayList<>();
        final List<Double> floor = new ArrayList<>();
        final Map<String, Long> nanos = new LinkedHashMap<>();

        SizeRuns(int kb, RawDocument doc, int times) {
            this.kb = kb;
            this.doc = doc;
            this.times = times;
        }

        /** The whole pipeline, then the floor, then the pipeline again stage by stage. */
        void runOnce() {
            long t0 = System.nanoTime();
            pipeline.process(doc, PUBLISHED);
            long t1 = System.nanoTime();
            readAndTokenize(doc);
            long t2 = System.nanoTime();
            total.add((t1 - t0) / 1e6);
            floor.add((t2 - t1) / 1e6);
            ParsedArticle parsed = BenchCommand.parse(parser, doc).withPublished(PUBLISHED, "default");
            long t3 = System.nanoTime();
            classifier.classify(parsed);
            var contexts = classifier.contextEvidence(parsed);
            long t4 = System.nanoTime();
            nanos.merge("parse", t3 - t2, Long::sum);
            nanos.merge("classify", t4 - t3, Long::sum);
            extractor.extract(parsed, "bench", contexts, nanos);
        }

        SizeCost cost() {
            Map<String, Double> stageMs = new LinkedHashMap<>();
            nanos.forEach((stage, n) -> stageMs.put(stage, n / 1e6 / total.size()));
            return new SizeCost(kb, doc.content().length, total.size(), BenchCommand.median(total), BenchCommand.median(floor), stageMs);
        }
    }

    /**
     * The floor the warm target is stated against: decoding and parsing the document, splitting
     * its sentences and tokenising them, with nothing recognised. Returns the token count.
     */
    int readAndTokenize(RawDocument doc) {
        ParsedArticle parsed = BenchCommand.parse(parser, doc);
        int tokens = 0;
        for (Sentence s : SentenceSplitter.split(parsed.body(), parsed::isHeading)) {
            tokens += Tokenizer.tokenize(s.text(), s.start()).size();
        }
        return tokens;
    }

    private static void print(PrintStream out, int sources, List<SizeCost> costs) {
        SizeCost base = costs.stream().filter(c -> c.kb() == BASELINE_KB).findFirst().orElseThrow();
        SizeCost largest = costs.get(costs.size() - 1);
        out.printf(Locale.ROOT, "sizes: one article per size, its text cycled from the %d given; total and floor are "
                + "medians of the runs, stages their means%n", sources);
        out.printf(Locale.ROOT, "%8s %5s %11s %9s %9s %9s %10s%n", "size_kb", "runs", "total_ms", "ms_per_kb",
                "vs_5kb", "per_kb_vs", "floor_ms");
        for (SizeCost c : costs) {
            out.printf(Locale.ROOT, "%8d %5d %11.2f %9.3f %8.1fx %8.2fx %10.2f%n", c.kb(), c.runs(), c.totalMs(),
                    c.perKb(), c.totalMs() / base.totalMs(), c.perKb() / base.perKb(), c.floorMs());
        }
        out.printf(Locale.ROOT, "stage_us_per_kb (a stage whose figure climbs with the size grows faster than the "
                + "text; growth = largest size's figure / the 5 KB one)%n");
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-20s", "stage"));
        costs.forEach(c -> header.append(String.format(Locale.ROOT, " %9s", c.kb() + "kb")));
        out.println(header.append(String.format(Locale.ROOT, " %7s", "growth")));
        for (String stage : base.stageMs().keySet()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-20s", stage));
            costs.forEach(c -> row.append(String.format(Locale.ROOT, " %9.2f", usPerKb(c, stage))));
            double growth = usPerKb(largest, stage) / usPerKb(base, stage);
            out.println(row.append(String.format(Locale.ROOT, " %6.2fx", growth)));
        }
        out.printf(Locale.ROOT, "warm_5kb: %.0f articles/s on this thread, %.1fx the read+tokenize floor (%.3f ms)%n",
                1000 / base.totalMs(), base.totalMs() / base.floorMs(), base.floorMs());
    }

    private static double usPerKb(SizeCost c, String stage) {
        return c.stageMs().getOrDefault(stage, 0.0) * 1000 / (c.bytes() / 1024.0);
    }
}
