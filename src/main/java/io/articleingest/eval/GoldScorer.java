package io.articleingest.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The reference metric of {@code shared/eval/score.py}, ported line for line so that the
 * project's {@code eval} command prints the same figures: events match gold when the gold
 * evidence occurs in the event's sentence and the type is acceptable (one-to-one, required gold
 * first); arguments are scored on matched events; topic_primary on the highest-scoring topic.
 */
public final class GoldScorer {

    /** Hits and totals per figure, in score.py's order of report. */
    public static final class Tally {
        private final Map<String, int[]> counts = new LinkedHashMap<>();

        void add(String name, boolean ok, int n) {
            int[] c = counts.computeIfAbsent(name, k -> new int[2]);
            c[0] += ok ? n : 0;
            c[1] += n;
        }

        void add(String name, boolean ok) {
            add(name, ok, 1);
        }

        public Double ratio(String name) {
            int[] c = counts.get(name);
            return c == null || c[1] == 0 ? null : (double) c[0] / c[1];
        }

        public void merge(Tally other) {
            other.counts.forEach((k, v) -> {
                int[] c = counts.computeIfAbsent(k, x -> new int[2]);
                c[0] += v[0];
                c[1] += v[1];
            });
        }
    }

    /** The score of one article, with the gold ids missed and the indexes of extra events. */
    public record ArticleScore(Tally tally, List<String> misses, List<Integer> extras) {
    }

    private static final Map<Character, String> QUOTES = Map.of('\u2018', "'", '\u2019', "'", '\u201c', "\"",
            '\u201d', "\"", '\u2013', "-", '\u2014', "-", '\u00a0', " ");
    private static final List<String> SUMMARY = List.of("recall_untyped", "actor", "recipient", "location", "date",
            "fatalities", "status", "modes", "topic_primary");

    private GoldScorer() {
    }

    static String norm(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            String r = QUOTES.get(c);
            if (r != null) {
                sb.append(r);
            } else {
                sb.append(c);
            }
        }
        return sb.toString().replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> tokensOf(JsonNode entity) {
        Set<String> out = new HashSet<>();
        if (entity == null || entity.isNull()) {
            return out;
        }
        if (entity.isTextual()) {
            out.add(norm(entity.asText()));
            return out;
        }
        for (String field : List.of("name", "country", "code", "text", "identifier", "sector")) {
            JsonNode v = entity.get(field);
            if (v != null && v.isTextual() && !v.asText().isEmpty()) {
                out.add(norm(v.asText()));
            }
        }
        return out;
    }

    static boolean entityMatches(JsonNode systemEntities, JsonNode goldTokens) {
        Set<String> gold = new HashSet<>();
        goldTokens.forEach(g -> gold.add(norm(g.asText())));
        if (systemEntities == null || !systemEntities.isArray()) {
            return false;
        }
        for (JsonNode e : systemEntities) {
            Set<String> toks = tokensOf(e);
            toks.retainAll(gold);
            if (!toks.isEmpty()) {
                return true;
            }
            String text = norm(e.isObject() ? textOrNull(e.get("text")) : e.asText());
            for (String g : gold) {
                if (g.length() > 3 && text.contains(g)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double r = 6371.0;
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dp / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
        return 2 * r * Math.asin(Math.sqrt(a));
    }

    static boolean locationMatches(JsonNode loc, JsonNode gold) {
        if (loc == null || loc.isNull() || loc.isEmpty()) {
            return false;
        }
        Set<String> names = new HashSet<>();
        gold.path("location").forEach(n -> names.add(norm(n.asText())));
        for (String field : List.of("name", "text", "admin1", "admin2", "city")) {
            JsonNode v = loc.get(field);
            if (v != null && v.isTextual() && !v.asText().isEmpty()) {
                String nv = norm(v.asText());
                if (names.contains(nv) || names.stream().anyMatch(nv::contains)) {
                    return true;
                }
            }
        }
        if (gold.has("lat") && loc.path("lat").isNumber() && loc.path("lon").isNumber()) {
            return km(loc.get("lat").asDouble(), loc.get("lon").asDouble(), gold.get("lat").asDouble(),
                    gold.get("lon").asDouble()) <= 30.0;
        }
        return false;
    }

    public static ArticleScore scoreArticle(JsonNode gold, JsonNode result) {
        Tally t = new Tally();
        List<JsonNode> events = new ArrayList<>();
        result.path("events").forEach(events::add);
        List<String> sysSent = new ArrayList<>();
        events.forEach(e -> sysSent.add(norm(textOrNull(e.get("sentence")))));
        Set<Integer> used = new HashSet<>();
        Map<String, Integer> matched = new LinkedHashMap<>();
        List<JsonNode> goldEvents = new ArrayList<>();
        gold.path("events").forEach(goldEvents::add);
        List<JsonNode> ordered = new ArrayList<>(goldEvents);
        ordered.sort((a, b) -> Boolean.compare(!required(a), !required(b))); // stable, like Python's sorted
        for (JsonNode g : ordered) {
            String ev = norm(g.path("evidence").asText());
            for (int i = 0; i < events.size(); i++) {
                if (used.contains(i) || !sysSent.get(i).contains(ev)) {
                    continue;
                }
                String type = events.get(i).path("eventType").asText(null);
                boolean typeOk = false;
                for (JsonNode gt : g.path("types")) {
                    typeOk |= gt.asText().equals(type);
                }
                if (typeOk) {
                    used.add(i);
                    matched.put(g.path("id").asText(), i);
                    break;
                }
            }
        }
        List<String> misses = new ArrayList<>();
        for (JsonNode g : goldEvents) {
            if (!required(g)) {
                continue;
            }
            String id = g.path("id").asText();
            t.add("recall", matched.containsKey(id));
            String ev = norm(g.path("evidence").asText());
            t.add("recall_untyped", sysSent.stream().anyMatch(s -> s.contains(ev)));
            if (!matched.containsKey(id)) {
                misses.add(id);
            }
        }
        t.add("precision", true, used.size());
        t.add("precision", false, events.size() - used.size());
        for (JsonNode g : goldEvents) {
            Integer idx = matched.get(g.path("id").asText());
            if (idx == null) {
                continue;
            }
            JsonNode e = events.get(idx);
            if (g.has("actor")) {
                t.add("actor", entityMatches(e.get("actors"), g.get("actor")));
            }
            if (g.has("recipient")) {
                t.add("recipient", entityMatches(e.get("recipients"), g.get("recipient")));
            }
            if (g.has("location")) {
                t.add("location", locationMatches(e.get("location"), g));
            }
            if (g.has("date")) {
                JsonNode d = e.get("date");
                String ds = d == null || d.isNull() ? "" : d.asText();
                t.add("date", ds.startsWith(g.get("date").asText()));
            }
            if (g.has("fatalities")) {
                JsonNode f = e.get("fatalities");
                JsonNode gf = g.get("fatalities");
                t.add("fatalities", f != null && !f.isNull() && gf.isNumber() && f.asDouble() == gf.asDouble()
                        || (f == null || f.isNull()) && gf.isNull());
            }
            if (g.has("status")) {
                String st = e.path("status").asText(null);
                boolean ok = false;
                for (JsonNode s : g.get("status")) {
                    ok |= s.asText().equals(st);
                }
                t.add("status", ok);
            }
            if (g.has("modes")) {
                Set<String> modes = new HashSet<>();
                e.path("modes").forEach(m -> modes.add(m.asText()));
                boolean ok = false;
                for (JsonNode m : g.get("modes")) {
                    ok |= modes.contains(m.asText());
                }
                t.add("modes", ok);
            }
        }
        List<JsonNode> topics = new ArrayList<>();
        result.path("article").path("topics").forEach(topics::add);
        topics.sort((a, b) -> Double.compare(b.path("score").asDouble(0), a.path("score").asDouble(0)));
        JsonNode want = gold.path("topics").path("required");
        if (want.isArray() && !want.isEmpty()) {
            boolean ok = false;
            if (!topics.isEmpty()) {
                String first = topics.get(0).path("code").asText(null);
                for (JsonNode w : want) {
                    ok |= w.asText().equals(first);
                }
            }
            t.add("topic_primary", ok);
        }
        List<Integer> extras = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (!used.contains(i)) {
                extras.add(i);
            }
        }
        return new ArticleScore(t, misses, extras);
    }

    /** An article with gold but no result: every required event missed. */
    public static Tally missingArticle(JsonNode gold) {
        Tally t = new Tally();
        for (JsonNode g : gold.path("events")) {
            if (required(g)) {
                t.add("recall", false);
                t.add("recall_untyped", false);
            }
        }
        return t;
    }

    private static boolean required(JsonNode g) {
        JsonNode r = g.get("required");
        return r == null || !r.isNull() && r.asBoolean(true); // score.py: g.get("required", True)
    }

    /** score.py's summary: f1, precision, recall, then the other figures present, rounded to 3. */
    public static Map<String, Double> summary(Tally total) {
        double p = total.ratio("precision") == null ? 0.0 : total.ratio("precision");
        double r = total.ratio("recall") == null ? 0.0 : total.ratio("recall");
        double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("f1", round3(f1));
        out.put("precision", round3(p));
        out.put("recall", round3(r));
        for (String name : SUMMARY) {
            Double v = total.ratio(name);
            if (v != null) {
                out.put(name, round3(v));
            }
        }
        return out;
    }

    /** Python's round(x, 3): correct rounding of the exact binary value. */
    static double round3(double v) {
        return new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** A float as Python's str() prints it for these values ("0.9", "1.0", "0.857"). */
    public static String pyFloat(double v) {
        String s = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    /** The one-line summary exactly as score.py prints it without --json. */
    public static String summaryLine(Tally total) {
        StringBuilder sb = new StringBuilder();
        summary(total).forEach((k, v) -> sb.append(sb.length() > 0 ? " " : "").append(k).append('=')
                .append(pyFloat(v)));
        return sb.toString();
    }
}
