package io.articleingest.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.articleingest.pipeline.model.Article;
import io.articleingest.pipeline.model.ArticleIds;
import io.articleingest.pipeline.model.Event;
import io.articleingest.store.EventQueries.Page;
import io.articleingest.store.EventQueries;
import io.articleingest.store.EventQuery;
import io.articleingest.store.Names;
import io.articleingest.store.StoredEvent;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code query}: the console for stored results, against the local stack or real AWS alike. It
 * reads with Query on the tables' GSIs (and GetItem/BatchGetItem), never Scan; the filters
 * combine. The AWS SDK takes endpoint, region and credentials from the environment
 * ({@code AWS_ENDPOINT_URL_DYNAMODB} for the local stack), the table names come from
 * {@code ARTICLES_TABLE} and {@code EVENTS_TABLE} (default: the local stack's).
 */
public final class QueryCommand implements Command {

    public static final String LOCAL_ARTICLES_TABLE = "article-ingest-local-articles";
    public static final String LOCAL_EVENTS_TABLE = "article-ingest-local-events";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FORMATS = List.of("table", "json", "csv");
    private static final List<String> EVENT_OPTIONS = List.of("--type", "--actor", "--place", "--status", "--key",
            "--article");
    private static final CommandSpec SPEC = CommandSpec.of("query",
                    "Stored events or articles, filtered, newest first (Query on the GSIs, never Scan).")
            .synopsis("events [--type TYPE] [--actor NAME|CODE] [--place NAME|CODE] [--status STATUS]\n"
                    + "                    [--key BUCKET/KEY | --article ID] [--from DATE] [--to DATE]"
                    + " [--format table|json|csv] [--limit N]")
            .synopsis("articles --topic CODE|LABEL [--from DATE] [--to DATE] [--format table|json|csv] [--limit N]")
            .option("--type", "TYPE", "PLOVER event type: ASSAULT, ACCUSE, … (any case)")
            .option("--actor", "NAME|CODE", "actor or recipient: a name (any case, accents optional) or a code (ISR)")
            .option("--place", "NAME|CODE", "place, its province/governorate, or its country code (PSE)")
            .option("--status", "STATUS", String.join("|", Vocabulary.STATUSES))
            .option("--key", "BUCKET/KEY", "the events of one uploaded object (also s3://BUCKET/KEY)")
            .option("--article", "ID", "the events of one article, by articleId")
            .option("--topic", "CODE|LABEL", "IPTC Media Topic: medtop:16000000, 16000000 or its label")
            .option("--from", "DATE", "first day: YYYY-MM-DD, or YYYY-MM / YYYY for the first day of it")
            .option("--to", "DATE", "last day: YYYY-MM-DD, or YYYY-MM / YYYY for the last day of it")
            .option("--format", "FORMAT", "table (default), json (one object a line) or csv")
            .flag("--json", "the same as --format json")
            .option("--limit", "N", "at most N rows, the newest (default 100)")
            .operands(1, 1, "events or articles")
            .note("""
                    Filters combine (all must hold). Without --from/--to the window covers all the stored data;
                    the window searched is printed on stderr. Reads only with Query on the indexes (EventsByTypeMonth,
                    EventsByActor, EventsByPlace, ArticlesByTopic) and GetItem/BatchGetItem: never a Scan.
                    Environment: AWS_ENDPOINT_URL_DYNAMODB (local stack: http://127.0.0.1:8000), AWS_REGION,
                    ARTICLES_TABLE, EVENTS_TABLE (default: the local stack's tables).""");

    private final Supplier<EventQueries> queries;

    /** @param queries the tables to read, built only once the arguments are known to be right */
    public QueryCommand(Supplier<EventQueries> queries) {
        this.queries = queries;
    }

    /** The tables of the environment: AWS, or the endpoint in {@code AWS_ENDPOINT_URL_DYNAMODB}. */
    static EventQueries fromEnvironment() {
        return new EventQueries(AwsClients.dynamo(AwsClients.endpointFromEnvironment("DYNAMODB")),
                AwsClients.environment("ARTICLES_TABLE", LOCAL_ARTICLES_TABLE),
                AwsClients.environment("EVENTS_TABLE", LOCAL_EVENTS_TABLE));
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        String target = args.operands().get(0);
        if (!target.equals("events") && !target.equals("articles")) {
            throw new UsageException("query events or query articles, not '" + target + "'");
        }
        String format = args.has("--json") ? "json" : args.value("--format", "table").toLowerCase(Locale.ROOT);
        oneOf("--format", format, FORMATS);
        int limit = args.positiveInt("--limit", 100);
        Optional<LocalDate> from = day(args, "--from", true);
        Optional<LocalDate> to = day(args, "--to", false);
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new UsageException("--from " + from.get() + " is after --to " + to.get());
        }
        if (target.equals("articles")) {
            for (String option : EVENT_OPTIONS) {
                if (args.has(option)) {
                    throw new UsageException(option + " applies to query events, not query articles");
                }
            }
            String topic = topic(args.value("--topic").orElseThrow(() ->
                    new UsageException("query articles needs --topic CODE|LABEL")));
            EventQueries q = queries.get();
            window(err, from, to, q.articlePeriods(), "article");
            return printArticles(q.byTopic(topic, from.orElse(null), to.orElse(null), limit), format, out, err);
        }
        if (args.has("--topic")) {
            throw new UsageException("--topic applies to query articles, not query events");
        }
        EventQuery query = eventQuery(args, from.orElse(null), to.orElse(null), limit, err);
        EventQueries q = queries.get();
        if (query.articleId() == null) {
            window(err, from, to, q.eventPeriods(), "event");
        } else {
            err.println("window: " + (from.isEmpty() && to.isEmpty() ? "all dates" : span(from, to))
                    + " of article " + query.articleId());
        }
        Page<StoredEvent> page = q.find(query);
        int status = printEvents(page, format, out, err);
        if (page.rows().isEmpty() && (query.actor() != null || query.place() != null)) {
            err.println("(actors and places match stored names, e.g. 'Israel', 'Khan Yunis', or codes, e.g. ISR, PSE)");
        }
        return status;
    }

    private static EventQuery eventQuery(Arguments args, LocalDate from, LocalDate to, int limit, PrintStream err) {
        List<String> types = Vocabulary.eventTypes();
        Optional<String> type = args.value("--type").map(t -> t.strip().toUpperCase(Locale.ROOT));
        type.ifPresent(t -> oneOf("--type", t, types));
        Optional<String> status = args.value("--status").map(t -> t.strip().toLowerCase(Locale.ROOT));
        status.ifPresent(s -> oneOf("--status", s, Vocabulary.STATUSES));
        if (args.has("--key") && args.has("--article")) {
            throw new UsageException("--key and --article both name an article: give one");
        }
        String articleId = args.value("--article").orElse(args.value("--key").map(QueryCommand::articleIdOf)
                .orElse(null));
        return new EventQuery(type.map(List::of).orElse(types), countryOrName(args, "--actor", err),
                countryOrName(args, "--place", err), status.orElse(null), articleId, from, to, limit);
    }

    /**
     * A country's name stands for its code, so that "israel" finds every actor of ISR (Israel Defense
     * Forces included) and every place in it; other names are matched as given.
     */
    private static String countryOrName(Arguments args, String option, PrintStream err) {
        String value = args.value(option).filter(v -> !v.isBlank()).orElse(null);
        if (value == null || EventQuery.isCode(value)) {
            return value;
        }
        String code = Vocabulary.countryCodes().get(Names.fold(value));
        if (code != null) {
            err.println(option + " " + value + ": the country " + code + " (any " + (option.equals("--actor")
                    ? "actor or recipient of " : "place in ") + code + ")");
        }
        return code == null ? value : code;
    }

    /** {@code BUCKET/KEY} or {@code s3://BUCKET/KEY} → the article id the store files it under. */
    private static String articleIdOf(String objectKey) {
        String bk = objectKey.startsWith("s3://") ? objectKey.substring("s3://".length()) : objectKey;
        int slash = bk.indexOf('/');
        if (slash <= 0 || slash == bk.length() - 1) {
            throw new UsageException("--key takes BUCKET/KEY (or s3://BUCKET/KEY), got '" + objectKey + "'");
        }
        return ArticleIds.of(bk.substring(0, slash), bk.substring(slash + 1));
    }

    private static String topic(String given) {
        Map<String, String> topics = Vocabulary.topics();
        String wanted = given.strip();
        for (Map.Entry<String, String> t : topics.entrySet()) {
            if (t.getKey().equals(wanted) || t.getKey().equals("medtop:" + wanted)
                    || t.getValue().equalsIgnoreCase(wanted)) {
                return t.getKey();
            }
        }
        throw new UsageException("unknown --topic '" + given + "'; valid: " + topics.entrySet().stream()
                .map(t -> t.getKey() + " (" + t.getValue() + ")").collect(Collectors.joining(", ")));
    }

    private static void oneOf(String option, String value, List<String> valid) {
        if (!valid.contains(value)) {
            throw new UsageException("unknown " + option + " '" + value + "'; valid: " + String.join(", ", valid));
        }
    }

    /** YYYY-MM-DD, or a month or year: its first day for {@code --from}, its last for {@code --to}. */
    private static Optional<LocalDate> day(Arguments args, String option, boolean first) {
        return args.value(option, "a date YYYY-MM-DD (or YYYY-MM, YYYY)", v -> switch (v.length()) {
            case 4 -> first ? Year.parse(v).atDay(1) : Year.parse(v).atMonth(12).atEndOfMonth();
            case 7 -> first ? YearMonth.parse(v).atDay(1) : YearMonth.parse(v).atEndOfMonth();
            default -> LocalDate.parse(v);
        });
    }

    /** Says on stderr which dates are searched: the given range, or all the periods holding data. */
    private static void window(PrintStream err, Optional<LocalDate> from, Optional<LocalDate> to,
                               List<String> periods, String what) {
        if (from.isPresent() || to.isPresent()) {
            err.println("window: " + span(from, to) + " (--from/--to)");
        } else if (periods.isEmpty()) {
            err.println("window: none: no " + what + " is stored yet");
        } else {
            List<String> sorted = periods.stream().sorted().toList();
            err.println("window: " + firstDay(sorted.get(0)) + " to " + lastDay(sorted.get(sorted.size() - 1))
                    + " (all stored " + what + "s, " + periods.size() + (periods.size() == 1 ? " period" : " periods")
                    + "; --from/--to to narrow it)");
        }
    }

    private static String span(Optional<LocalDate> from, Optional<LocalDate> to) {
        return from.map(LocalDate::toString).orElse("(earliest)") + " to " + to.map(LocalDate::toString)
                .orElse("(latest)");
    }

    private static LocalDate firstDay(String period) {
        return period.length() == 4 ? Year.parse(period).atDay(1) : YearMonth.parse(period).atDay(1);
    }

    private static LocalDate lastDay(String period) {
        return period.length() == 4 ? Year.parse(period).atMonth(12).atEndOfMonth()
                : YearMonth.parse(period).atEndOfMonth();
    }

    private static int printEvents(Page<StoredEvent> page, String format, PrintStream out, PrintStream err)
            throws Exception {
        switch (format) {
            case "json" -> {
                for (StoredEvent e : page.rows()) {
                    ObjectNode row = JSON.valueToTree(e.event());
                    row.put("bucket", e.bucket()).put("key", e.key()).put("title", e.title())
                            .put("publishedAt", e.publishedAt()).put("eventDate", e.eventDate());
                    out.println(JSON.writeValueAsString(row));
                }
            }
            case "csv" -> {
                out.println(Csv.line("date", "type", "modes", "actors", "recipients", "place", "country", "killed",
                        "injured", "status", "key", "title", "sentence", "eventId"));
                for (StoredEvent e : page.rows()) {
                    Event v = e.event();
                    out.println(Csv.line(e.eventDate(), v.eventType(), String.join(" ", v.modes()),
                            EventTable.names(v.actors()), EventTable.names(v.recipients()),
                            v.location() == null ? "" : v.location().name(),
                            v.location() == null ? "" : v.location().country(), number(v.fatalities()),
                            number(v.injuries()), v.status(), e.key(), e.title(), v.sentence(), v.eventId()));
                }
            }
            default -> {
                List<String[]> rows = new ArrayList<>();
                rows.add(new String[] {"date", "type", "actor -> recipient", "place", "killed", "status", "key",
                    "title"});
                for (StoredEvent e : page.rows()) {
                    Event v = e.event();
                    rows.add(new String[] {e.eventDate(), v.eventType() + (v.modes().isEmpty() ? ""
                            : "/" + v.modes().get(0)), EventTable.names(v.actors()) + " -> "
                            + EventTable.names(v.recipients()), v.location() == null ? "-" : v.location().name(),
                        v.fatalities() == null ? "-" : String.valueOf(v.fatalities()), v.status(),
                        String.valueOf(e.key()), EventTable.shorten(e.title(), 40)});
                }
                EventTable.print(out, rows);
            }
        }
        count(page, "events", format, out, err);
        return 0;
    }

    private static int printArticles(Page<Article> page, String format, PrintStream out, PrintStream err)
            throws Exception {
        switch (format) {
            case "json" -> {
                for (Article a : page.rows()) {
                    out.println(JSON.writeValueAsString(a));
                }
            }
            case "csv" -> {
                out.println(Csv.line("published", "bucket", "key", "title", "topics", "events", "status"));
                for (Article a : page.rows()) {
                    out.println(Csv.line(a.publishedAt(), a.bucket(), a.key(), a.title(), a.topics().stream()
                            .filter(t -> t.score() >= 0.3).map(t -> t.code()).collect(Collectors.joining(" ")),
                            String.valueOf(a.eventCount()), a.status()));
                }
            }
            default -> EventTable.printArticles(out, page.rows());
        }
        count(page, "articles", format, out, err);
        return 0;
    }

    /** "12 events" under a table; on stderr for json and csv, whose stdout is data only. */
    private static void count(Page<?> page, String what, String format, PrintStream out, PrintStream err) {
        String line = page.rows().size() + " " + what + (page.more() ? " (the newest " + page.rows().size()
                + "; more match: raise --limit or narrow --from/--to)" : "");
        (format.equals("table") ? out : err).println(line);
    }

    private static String number(Integer n) {
        return n == null ? "" : String.valueOf(n);
    }
}
