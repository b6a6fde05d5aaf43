package io.articleingest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articleingest.eval.GoldScorer;
import io.articleingest.pipeline.Pipeline;
import io.articleingest.pipeline.model.Article;
import io.articleingest.pipeline.model.ExtractionResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code eval GOLD_DIR ARTICLES_DIR [--per-article] [--json] [--floor f1=0.8,actor=0.9]}: extracts
 * every gold article (resolving dates against the gold's publication date) and prints what
 * {@code score.py --per-article} prints. {@code eval SET_DIR...}, where each folder holds
 * {@code gold/} and {@code articles/}, scores several sets at once: one line per set and a total.
 * {@code eval --results FILE.jsonl GOLD_DIR} scores an existing results file instead. With
 * {@code --floor}, exits 1 when a figure (of the total) falls below it.
 */
public final class EvalCommand implements Command {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CommandSpec SPEC = CommandSpec.of("eval",
                    "Extracts the gold articles and scores the events as score.py does (or scores a results file).")
            .synopsis("GOLD_DIR ARTICLES_DIR [--per-article] [--json] [--floor f1=0.8,…]")
            .synopsis("SET_DIR... [--per-article] [--json] [--floor f1=0.8,…]   (each SET_DIR holds gold/ and articles/)")
            .synopsis("--results RESULTS.jsonl GOLD_DIR [--per-article] [--json] [--floor f1=0.8,…]")
            .option("--results", "RESULTS.jsonl", "score this file of extract output instead of extracting")
            .flag("--per-article", "list each article's misses and extra events")
            .flag("--json", "print the summary as a JSON object (with several sets: one per set and the total)")
            .option("--floor", "NAME=X,…", "exit 1 when a figure is below its floor, e.g. f1=0.8,actor=0.9")
            .operands(1, Integer.MAX_VALUE, "GOLD_DIR");

    /** A folder of gold files and the folder of their articles. */
    private record GoldSet(String name, Path gold, Path articles) {
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws IOException {
        Optional<Path> resultsFile = args.value("--results").map(Path::of);
        List<Path> dirs = args.operandPaths();
        boolean sets = resultsFile.isEmpty() && dirs.stream().allMatch(d -> Files.isDirectory(d.resolve("gold")));
        if (!sets && resultsFile.isEmpty() && dirs.size() != 2) {
            throw new UsageException(dirs.size() < 2 ? "missing ARTICLES_DIR (or --results RESULTS.jsonl)"
                    : "unexpected argument " + dirs.get(2) + " (several sets are folders that hold gold/ and articles/)");
        }
        if (resultsFile.isPresent() && dirs.size() > 1) {
            throw new UsageException("unexpected argument " + dirs.get(1) + " (--results takes the place of ARTICLES_DIR)");
        }
        Map<String, Double> floors = floors(args.value("--floor", ""));
        boolean perArticle = args.has("--per-article");
        List<GoldSet> goldSets = sets ? dirs.stream().map(d -> new GoldSet(d.toString(), d.resolve("gold"),
                d.resolve("articles"))).toList() : List.of(new GoldSet("", dirs.get(0), dirs.size() > 1 ? dirs.get(1) : null));
        Pipeline pipeline = resultsFile.isPresent() ? null : Pipeline.standard();
        GoldScorer.Tally total = new GoldScorer.Tally();
        Map<String, Map<String, Double>> bySet = new LinkedHashMap<>();
        for (GoldSet set : goldSets) {
            Map<String, JsonNode> golds = readGold(set.gold());
            if (golds.isEmpty()) {
                throw new IOException("no gold files (*.json naming their \"article\") in " + set.gold());
            }
            Map<String, JsonNode> results = resultsFile.isPresent() ? readResults(resultsFile.get())
                    : extractAll(pipeline, golds, set.articles(), err);
            GoldScorer.Tally tally = score(golds, results, perArticle, out);
            total.merge(tally);
            bySet.put(set.name(), GoldScorer.summary(tally));
            if (sets && !args.has("--json")) {
                out.println(set.name() + ": " + GoldScorer.summaryLine(tally));
            }
        }
        Map<String, Double> summary = GoldScorer.summary(total);
        if (sets) {
            bySet.put("total", summary);
        }
        if (args.has("--json")) {
            out.println(JSON.writeValueAsString(sets ? bySet : summary));
        } else {
            out.println((sets ? "total: " : "") + GoldScorer.summaryLine(total));
        }
        int status = 0;
        for (Map.Entry<String, Double> floor : floors.entrySet()) {
            Double v = summary.get(floor.getKey());
            if (v == null || v < floor.getValue()) {
                err.println("eval: " + floor.getKey() + "=" + v + " is below the floor " + floor.getValue());
                status = 1;
            }
        }
        return status;
    }

    private static GoldScorer.Tally score(Map<String, JsonNode> golds, Map<String, JsonNode> results, boolean perArticle,
                                          PrintStream out) {
        GoldScorer.Tally total = new GoldScorer.Tally();
        for (Map.Entry<String, JsonNode> g : golds.entrySet()) {
            JsonNode r = results.get(g.getKey());
            if (r == null) {
                out.println(g.getKey() + ": no output for this article");
                total.merge(GoldScorer.missingArticle(g.getValue()));
                continue;
            }
            GoldScorer.ArticleScore score = GoldScorer.scoreArticle(g.getValue(), r);
            total.merge(score.tally());
            if (perArticle) {
                printArticle(out, g.getKey(), g.getValue(), r, score);
            }
        }
        return total;
    }

    /** {@code f1=0.8,actor=0.9} → {f1: 0.8, actor: 0.9}. */
    private static Map<String, Double> floors(String spec) {
        Map<String, Double> floors = new LinkedHashMap<>();
        for (String f : spec.split(",")) {
            if (f.isBlank()) {
                continue;
            }
            String[] kv = f.split("=");
            try {
                floors.put(kv[0].strip(), Double.parseDouble(kv[1]));
            } catch (RuntimeException e) {
                throw new UsageException("--floor takes NAME=X pairs separated by commas, got '" + f + "'");
            }
        }
        return floors;
    }

    private static void printArticle(PrintStream out, String key, JsonNode gold, JsonNode result,
                                     GoldScorer.ArticleScore score) {
        List<JsonNode> events = new ArrayList<>();
        result.path("events").forEach(events::add);
        out.printf("== %s: recall %s precision %s (%d events)%n", key, fmt(score.tally().ratio("recall")),
                fmt(score.tally().ratio("precision")), events.size());
        for (String id : score.misses()) {
            for (JsonNode g : gold.path("events")) {
                if (g.path("id").asText().equals(id)) {
                    List<String> types = new ArrayList<>();
                    g.path("types").forEach(t -> types.add("'" + t.asText() + "'"));
                    out.printf("   missed %s %s: %s%n", id, types, g.path("evidence").asText());
                }
            }
        }
        for (int i : score.extras()) {
            JsonNode e = events.get(i);
            String sentence = e.path("sentence").asText("");
            out.printf("   extra  %s: %s%n", e.path("eventType").asText(),
                    sentence.substring(0, Math.min(110, sentence.length())));
        }
    }

    private static String fmt(Double v) {
        return v == null ? "n/a" : String.format("%.2f", v);
    }

    private static Map<String, JsonNode> readGold(Path dir) throws IOException {
        Map<String, JsonNode> golds = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            throw new IOException((Files.exists(dir) ? "not a directory: " : "no such directory: ") + dir);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode g = JSON.readTree(f.toFile());
                if (g.hasNonNull("article")) {
                    golds.put(Path.of(g.path("article").asText()).getFileName().toString(), g);
                }
            }
        }
        return golds;
    }

    private static Map<String, JsonNode> readResults(Path file) throws IOException {
        Map<String, JsonNode> results = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                JsonNode r = JSON.readTree(line);
                String key = r.path("article").path("key").asText(r.path("input").asText(null));
                if (key != null) {
                    results.put(Path.of(key).getFileName().toString(), r);
                }
            }
        }
        return results;
    }

    private static Map<String, JsonNode> extractAll(Pipeline pipeline, Map<String, JsonNode> golds, Path articles,
                                                    PrintStream err) throws IOException {
        if (!Files.isDirectory(articles)) {
            throw new IOException((Files.exists(articles) ? "not a directory: " : "no such directory: ") + articles);
        }
        if (golds.keySet().stream().noneMatch(name -> Files.exists(articles.resolve(name)))) {
            throw new IOException("none of the " + golds.size() + " gold articles (" + golds.keySet().iterator().next()
                    + ", …) is in " + articles);
        }
        Map<String, JsonNode> results = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> g : golds.entrySet()) {
            Path file = articles.resolve(g.getKey());
            if (!Files.exists(file)) {
                continue;
            }
            String published = g.getValue().path("publishedAt").asText(null);
            ExtractionResult r = ExtractCommand.extract(pipeline, file,
                    published == null ? null : LocalDate.parse(published));
            if (Article.REJECTED.equals(r.article().status())) {
                // scored as an article with no events, but never silently: a crash would pass for a bad score
                err.println("warning: " + file + " was rejected: " + r.article().rejectionReason());
            }
            results.put(g.getKey(), JSON.valueToTree(r));
        }
        return results;
    }
}
