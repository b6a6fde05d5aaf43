package io.articleingest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articleingest.eval.GoldScorer;
import io.articleingest.pipeline.Pipeline;
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
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code eval GOLD_DIR ARTICLES_DIR [--per-article] [--json] [--floor f1=0.8,actor=0.9]}: extracts
 * every gold article (resolving dates against the gold's publication date) and prints what
 * {@code score.py --per-article} prints. {@code eval --results FILE.jsonl GOLD_DIR} scores an
 * existing results file instead. With {@code --floor}, exits 1 when a figure falls below it.
 */
public final class EvalCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        List<String> positional = new ArrayList<>();
        Path resultsFile = null;
        boolean perArticle = false;
        boolean json = false;
        Map<String, Double> floors = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--results" -> resultsFile = Path.of(args[++i]);
                case "--per-article" -> perArticle = true;
                case "--json" -> json = true;
                case "--floor" -> {
                    for (String f : args[++i].split(",")) {
                        String[] kv = f.split("=");
                        floors.put(kv[0].strip(), Double.parseDouble(kv[1]));
                    }
                }
                default -> positional.add(args[i]);
            }
        }
        if (positional.isEmpty() || resultsFile == null && positional.size() < 2) {
            err.println("usage: eval GOLD_DIR ARTICLES_DIR [--per-article] [--json] [--floor f1=0.8,…]\n"
                    + "       eval --results RESULTS.jsonl GOLD_DIR [--per-article] [--json]");
            return 2;
        }
        Path goldDir = Path.of(positional.get(0));
        Map<String, JsonNode> golds = readGold(goldDir);
        Map<String, JsonNode> results = resultsFile != null ? readResults(resultsFile)
                : extractAll(golds, Path.of(positional.get(1)));
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
        Map<String, Double> summary = GoldScorer.summary(total);
        out.println(json ? JSON.writeValueAsString(summary) : GoldScorer.summaryLine(total));
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
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode g = JSON.readTree(f.toFile());
                golds.put(Path.of(g.path("article").asText()).getFileName().toString(), g);
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

    private static Map<String, JsonNode> extractAll(Map<String, JsonNode> golds, Path articles) throws IOException {
        Pipeline pipeline = Pipeline.standard();
        Map<String, JsonNode> results = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> g : golds.entrySet()) {
            Path file = articles.resolve(g.getKey());
            if (!Files.exists(file)) {
                continue;
            }
            String published = g.getValue().path("publishedAt").asText(null);
            ExtractionResult r = ExtractCommand.extract(pipeline, file,
                    published == null ? null : LocalDate.parse(published));
            results.put(g.getKey(), JSON.valueToTree(r));
        }
        return results;
    }
}
