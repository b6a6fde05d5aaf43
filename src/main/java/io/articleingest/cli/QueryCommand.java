package io.articleingest.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.articleingest.pipeline.Pipeline;
import io.articleingest.pipeline.model.Article;
import io.articleingest.pipeline.model.Event;
import io.articleingest.store.EventQueries;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code query}: the console for stored results, on the GSIs (Query, never Scan), against the
 * local stack or real AWS alike — the AWS SDK takes endpoint, region and credentials from the
 * environment ({@code AWS_ENDPOINT_URL_DYNAMODB} for the local stack), the table names from
 * {@code ARTICLES_TABLE} and {@code EVENTS_TABLE} (default: the local stack's).
 */
public final class QueryCommand {

    static final String USAGE = """
            usage: query events (--type ASSAULT | --actor ISR|Hamas | --place "Khan Yunis"|PSE | --article ID
                                 | --key BUCKET/KEY) [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
                   query articles --topic medtop:16000000 [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
            dates default to the last 90 days""";
    public static final String LOCAL_ARTICLES_TABLE = "article-ingest-local-articles";
    public static final String LOCAL_EVENTS_TABLE = "article-ingest-local-events";
    private static final ObjectMapper JSON = new ObjectMapper();

    private QueryCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        var builder = DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create());
        String cliRegion = System.getenv("AWS_DEFAULT_REGION");
        if (System.getenv("AWS_REGION") == null && cliRegion != null && !cliRegion.isBlank()) {
            builder.region(Region.of(cliRegion)); // the aws CLI's variable, which the Java SDK does not read
        }
        DynamoDbClient dynamo = builder.build();
        return run(args, new EventQueries(dynamo, env("ARTICLES_TABLE", LOCAL_ARTICLES_TABLE),
                env("EVENTS_TABLE", LOCAL_EVENTS_TABLE)), out, err);
    }

    /** The command on given queries (the local stack and tests pass their own client). */
    public static int run(String[] args, EventQueries queries, PrintStream out, PrintStream err) throws Exception {
        if (args.length == 0 || !(args[0].equals("events") || args[0].equals("articles"))) {
            err.println(USAGE);
            return 2;
        }
        Map<String, String> opts = new HashMap<>();
        boolean json = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--json")) {
                json = true;
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                opts.put(args[i].substring(2), args[++i]);
            } else {
                err.println("query: unexpected argument " + args[i] + "\n" + USAGE);
                return 2;
            }
        }
        LocalDate to = opts.containsKey("to") ? LocalDate.parse(opts.get("to")) : LocalDate.now();
        LocalDate from = opts.containsKey("from") ? LocalDate.parse(opts.get("from")) : to.minusDays(90);
        if (args[0].equals("articles")) {
            if (!opts.containsKey("topic")) {
                err.println(USAGE);
                return 2;
            }
            List<Article> articles = queries.byTopic(opts.get("topic"), from, to);
            if (json) {
                for (Article a : articles) {
                    out.println(JSON.writeValueAsString(a));
                }
            } else {
                EventTable.printArticles(out, articles);
                out.println(articles.size() + " articles");
            }
            return 0;
        }
        List<Event> events;
        if (opts.containsKey("type")) {
            events = queries.byType(opts.get("type").toUpperCase(java.util.Locale.ROOT), from, to);
        } else if (opts.containsKey("actor")) {
            events = queries.byActor(opts.get("actor"), from, to);
        } else if (opts.containsKey("place")) {
            events = queries.byPlace(opts.get("place"), from, to);
        } else if (opts.containsKey("article")) {
            events = queries.eventsOf(opts.get("article"));
        } else if (opts.containsKey("key")) {
            String bk = opts.get("key");
            int slash = bk.indexOf('/');
            if (slash <= 0) {
                err.println("query: --key takes BUCKET/KEY");
                return 2;
            }
            events = queries.eventsOf(Pipeline.articleId(bk.substring(0, slash), bk.substring(slash + 1)));
        } else {
            err.println(USAGE);
            return 2;
        }
        if (json) {
            for (Event e : events) {
                out.println(JSON.writeValueAsString(e));
            }
        } else {
            EventTable.printEvents(out, new ArrayList<>(events));
            out.println(events.size() + " events");
        }
        return 0;
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
