package io.articleingest.cli;

import io.articleingest.pipeline.ArticleParser;
import io.articleingest.pipeline.ParsedArticle;
import io.articleingest.pipeline.Pipeline;
import io.articleingest.pipeline.RejectedDocumentException;
import io.articleingest.pipeline.classify.TopicClassifier;
import io.articleingest.pipeline.extract.EventExtractor;
import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.model.RawDocument;
import io.articleingest.pipeline.text.PartOfSpeechTagger;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bench [--iterations N] FILE...}: what the pipeline costs. Prints the one-off cost of
 * loading it (dictionaries and rules, the tagger's models, the topic model: the cold-start share
 * of the pipeline), the warm cost per article of parsing alone (the baseline, measured in the same
 * run) and of the whole pipeline, with their ratio, and where the extraction's time goes, stage by
 * stage. Numbers are printed, never asserted: machines here are noisy.
 */
public final class BenchCommand implements Command {

    private static final CommandSpec SPEC = CommandSpec.of("bench",
                    "Prints what loading the pipeline costs and its warm cost per article, against parsing alone.")
            .synopsis("[--iterations N] [--sizes KB,KB,...] FILE...")
            .synopsis("--memory [--sizes KB,KB,...] [--heap MB] FILE...")
            .option("--iterations", "N", "timed passes over the files (default 200)")
            .option("--sizes", "KB,KB,...", "also one article of each size (e.g. 1,10,100,1000,5000), its text "
                    + "cycled from the files, against a 5 KB one: cost per KB, stage by stage")
            .flag("--memory", "instead, a fresh JVM per size (default 5,5120) handles one article: peak heap, "
                    + "resident set, smallest heap that works")
            .option("--heap", "MB", "the children's -Xmx with --memory (default 870, Lambda's share of 1024 MB)")
            .operands(1, Integer.MAX_VALUE, "FILE...");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws IOException {
        int iterations = args.positiveInt("--iterations", 200);
        List<Integer> sizes = args.value("--sizes", "whole KB numbers separated by commas", BenchCommand::kilobytes)
                .orElse(List.of());
        if (args.has("--memory")) {
            try {
                MemoryBench.report(out, sizes.isEmpty() ? List.of(5, 5120) : sizes,
                        args.positiveInt("--heap", MemoryBench.DEFAULT_HEAP_MB), args.operands());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            return 0;
        }
        List<RawDocument> docs = new ArrayList<>();
        for (Path p : args.operandPaths()) {
            docs.add(RawDocument.ofFile(p.getFileName().toString(), Files.readAllBytes(p)));
        }
        long t0 = System.nanoTime();
        Knowledge knowledge = Knowledge.load(null);
        long t1 = System.nanoTime();
        PartOfSpeechTagger tagger = PartOfSpeechTagger.load();
        long t2 = System.nanoTime();
        TopicClassifier classifier = TopicClassifier.load();
        long t3 = System.nanoTime();
        EventExtractor extractor = EventExtractor.standard(knowledge, tagger);
        ArticleParser parser = new ArticleParser();
        Pipeline pipeline = new Pipeline(parser, classifier, extractor);
        long t4 = System.nanoTime();

        LocalDate published = LocalDate.of(2025, 11, 30);
        long bytes = docs.stream().mapToLong(d -> d.content().length).sum();
        List<ParsedArticle> parsed = new ArrayList<>();
        for (RawDocument d : docs) {
            parsed.add(parse(parser, d));
        }
        LinearityBench linearity = new LinearityBench(parser, classifier, extractor);
        long first0 = System.nanoTime();
        docs.forEach(d -> pipeline.process(d, published));
        double firstMs = (System.nanoTime() - first0) / 1e6 / docs.size();
        // warm-up: let the JIT compile every path before measuring
        for (int i = 0; i < Math.max(20, iterations / 5); i++) {
            docs.forEach(d -> parse(parser, d));
            docs.forEach(d -> pipeline.process(d, published));
        }
        long p0 = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            docs.forEach(d -> parse(parser, d));
        }
        double parseMs = (System.nanoTime() - p0) / 1e6 / iterations / docs.size();
        long r0 = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            docs.forEach(linearity::readAndTokenize);
        }
        double floorMs = (System.nanoTime() - r0) / 1e6 / iterations / docs.size();
        long f0 = System.nanoTime();
        int events = 0;
        for (int i = 0; i < iterations; i++) {
            for (RawDocument d : docs) {
                events += pipeline.process(d, published).events().size();
            }
        }
        double fullMs = (System.nanoTime() - f0) / 1e6 / iterations / docs.size();
        Map<String, Long> byStage = new LinkedHashMap<>();
        for (int i = 0; i < iterations; i++) {
            for (ParsedArticle a : parsed) {
                extractor.extract(a, "bench", classifier.contextEvidence(a), byStage);
            }
        }

        out.printf("articles=%d avg_kb=%.1f iterations=%d events_per_pass=%d%n", docs.size(),
                bytes / 1024.0 / docs.size(), iterations, events / iterations);
        out.printf("load_ms=%.0f (cold, once per container: dictionaries and rules %.0f, tagger models %.0f, "
                + "topic model %.0f, stages %.0f)%n", (t4 - t0) / 1e6, (t1 - t0) / 1e6, (t2 - t1) / 1e6,
                (t3 - t2) / 1e6, (t4 - t3) / 1e6);
        out.printf("first_article_ms=%.1f (right after loading, before the JIT has compiled anything)%n", firstMs);
        out.printf("parse_ms_per_article=%.3f (baseline)%n", parseMs);
        out.printf("read_tokenize_ms_per_article=%.3f (floor: parse, split sentences, tokenize)%n", floorMs);
        out.printf("pipeline_ms_per_article=%.3f (parse+classify+extract, warm)%n", fullMs);
        out.printf("pipeline_vs_parse=%.1fx pipeline_vs_read_tokenize=%.1fx%n", fullMs / parseMs, fullMs / floorMs);
        double total = byStage.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder stages = new StringBuilder("extract_ms_per_article_by_stage:");
        byStage.forEach((stage, nanos) -> stages.append(String.format(" %s=%.3f", stage,
                nanos / 1e6 / iterations / docs.size())));
        out.println(stages);
        out.printf("extract_ms_per_article=%.3f%n", total / 1e6 / iterations / docs.size());
        if (!sizes.isEmpty()) {
            linearity.report(out, parsed.stream().map(ParsedArticle::body).toList(), sizes, iterations);
        }
        return 0;
    }

    static ParsedArticle parse(ArticleParser parser, RawDocument d) {
        try {
            return parser.parse(d);
        } catch (RejectedDocumentException e) {
            throw new IllegalArgumentException(d.key() + ": " + e.getMessage(), e);
        }
    }

    /** "1,10,100": sizes in KB, each at least 1. */
    /** The median of timed runs (the mean of the middle two of an even count). */
    public static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static List<Integer> kilobytes(String list) {
        List<Integer> sizes = new ArrayList<>();
        for (String part : list.split(",")) {
            int kb = Integer.parseInt(part.strip());
            if (kb < 1) {
                throw new IllegalArgumentException("size below 1 KB: " + kb);
            }
            sizes.add(kb);
        }
        return sizes;
    }
}
