package io.articleingest.cli;

import io.articleingest.pipeline.ArticleParser;
import io.articleingest.pipeline.Pipeline;
import io.articleingest.pipeline.RejectedDocumentException;
import io.articleingest.pipeline.model.RawDocument;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench [--iterations N] FILE...}: what the pipeline costs. Prints the one-off cost of
 * loading the dictionaries (the cold-start share of the pipeline) and the warm cost per article
 * of parsing alone (the baseline, measured in the same run) and of the whole pipeline, with their
 * ratio. Numbers are printed, never asserted: machines here are noisy.
 */
public final class BenchCommand implements Command {

    private static final CommandSpec SPEC = CommandSpec.of("bench",
                    "Prints the dictionary load time and the warm cost per article, against parsing alone.")
            .synopsis("[--iterations N] FILE...")
            .option("--iterations", "N", "timed passes over the files (default 200)")
            .operands(1, Integer.MAX_VALUE, "FILE...");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws IOException {
        int iterations = args.positiveInt("--iterations", 200);
        List<RawDocument> docs = new ArrayList<>();
        for (Path p : args.operandPaths()) {
            docs.add(RawDocument.ofFile(p.getFileName().toString(), Files.readAllBytes(p)));
        }
        long t0 = System.nanoTime();
        Pipeline pipeline = Pipeline.standard();
        double loadMs = (System.nanoTime() - t0) / 1e6;
        ArticleParser parser = new ArticleParser();
        LocalDate published = LocalDate.of(2025, 11, 30);
        long bytes = docs.stream().mapToLong(d -> d.content().length).sum();
        // warm-up: let the JIT compile both paths before measuring
        for (int i = 0; i < Math.max(20, iterations / 5); i++) {
            parseAll(parser, docs);
            docs.forEach(d -> pipeline.process(d, published));
        }
        long p0 = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            parseAll(parser, docs);
        }
        double parseMs = (System.nanoTime() - p0) / 1e6 / iterations / docs.size();
        long f0 = System.nanoTime();
        int events = 0;
        for (int i = 0; i < iterations; i++) {
            for (RawDocument d : docs) {
                events += pipeline.process(d, published).events().size();
            }
        }
        double fullMs = (System.nanoTime() - f0) / 1e6 / iterations / docs.size();
        out.printf("articles=%d avg_kb=%.1f iterations=%d events_per_pass=%d%n", docs.size(),
                bytes / 1024.0 / docs.size(), iterations, events / iterations);
        out.printf("dictionary_load_ms=%.0f (cold, once per container)%n", loadMs);
        out.printf("parse_ms_per_article=%.3f (baseline)%n", parseMs);
        out.printf("pipeline_ms_per_article=%.3f (parse+classify+extract, warm)%n", fullMs);
        out.printf("pipeline_vs_parse=%.1fx%n", fullMs / parseMs);
        return 0;
    }

    private static void parseAll(ArticleParser parser, List<RawDocument> docs) {
        for (RawDocument d : docs) {
            try {
                parser.parse(d);
            } catch (RejectedDocumentException e) {
                throw new IllegalArgumentException(d.key() + ": " + e.getMessage(), e);
            }
        }
    }
}
