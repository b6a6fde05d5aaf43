package io.articleingest.cli;

import io.articleingest.pipeline.model.Article;
import io.articleingest.pipeline.model.EntityRef;
import io.articleingest.pipeline.model.Event;
import io.articleingest.pipeline.model.Topic;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Events and articles as aligned text tables, for people reading a terminal. */
public final class EventTable {

    private static final String[] EVENT_HEADER = {"type", "actor -> recipient", "place", "date", "killed", "status"};

    private EventTable() {
    }

    /** One line per article: title, primary topic, number of events, status (and why, if rejected). */
    public static String summary(Article a) {
        String topic = a.topics().isEmpty() ? "-" : a.topics().get(0).label();
        String evidence = a.topics().isEmpty() ? "" : a.topics().get(0).evidence().stream().limit(3)
                .collect(Collectors.joining(", ", " (", ")"));
        if ("REJECTED".equals(a.status())) {
            return String.format("%s  REJECTED: %s", a.key(), a.rejectionReason());
        }
        return String.format("%s  \"%s\"  topic: %s%s  events: %d", a.key(), a.title(), topic, evidence,
                a.eventCount());
    }

    public static void printEvents(PrintStream out, List<Event> events) {
        List<String[]> rows = new ArrayList<>();
        rows.add(EVENT_HEADER);
        for (Event e : events) {
            rows.add(new String[] {e.eventType() + (e.modes().isEmpty() ? "" : "/" + e.modes().get(0)),
                names(e.actors()) + " -> " + names(e.recipients()),
                e.location() == null ? "-" : e.location().name(),
                e.date() == null ? "-" : e.date(),
                e.fatalities() == null ? "-" : String.valueOf(e.fatalities()),
                e.status()});
        }
        print(out, rows);
    }

    public static void printArticles(PrintStream out, List<Article> articles) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"published", "key", "title", "topics", "events"});
        for (Article a : articles) {
            rows.add(new String[] {String.valueOf(a.publishedAt()), a.key(), shorten(a.title(), 60),
                a.topics().stream().filter(t -> t.score() >= 0.3).limit(3).map(EventTable::withEvidence)
                        .collect(Collectors.joining("; ")), String.valueOf(a.eventCount())});
        }
        print(out, rows);
    }

    /** "conflict, war and peace 0.93 [airstrike, killed]": why the article carries the topic. */
    private static String withEvidence(Topic t) {
        return String.format("%s %.2f %s", t.label(), t.score(), t.evidence().stream().limit(2)
                .collect(Collectors.joining(", ", "[", "]")));
    }

    static String names(List<EntityRef> refs) {
        if (refs.isEmpty()) {
            return "?";
        }
        return refs.stream().map(r -> r.name() + (r.country() == null || r.country().equals(r.name()) ? ""
                : " (" + r.country() + ")")).distinct().collect(Collectors.joining(" + "));
    }

    static String shorten(String s, int max) {
        return s == null ? "-" : s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** Rows (the first is the header) as aligned columns, each cell cut at 64 characters. */
    static void print(PrintStream out, List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], Math.min(row[i].length(), 64));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.length; i++) {
                String cell = shorten(row[i], 64);
                line.append(cell).append(" ".repeat(Math.max(0, widths[i] - cell.length()))).append("  ");
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
