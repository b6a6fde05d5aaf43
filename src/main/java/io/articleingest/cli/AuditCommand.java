package io.articleingest.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articleingest.handler.AwsClients;
import io.articleingest.handler.IngestHandler;
import io.articleingest.handler.Redrive;
import io.articleingest.pipeline.ArticleParser;
import io.articleingest.pipeline.Pipeline;
import io.articleingest.store.BucketAudit;
import io.articleingest.store.BucketAudit.Finding;
import io.articleingest.store.BucketAudit.Problem;
import io.articleingest.store.BucketAudit.Report;
import io.articleingest.store.DynamoDbExtractionStore;
import io.articleingest.store.S3ObjectSource;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code audit --bucket B [--deep] [--repair]}: which objects of a bucket have no up-to-date
 * article record, and which records have no object (see {@link BucketAudit}); with
 * {@code --repair}, each of them is re-driven through the function's own handler and the bucket
 * audited again. Exit status 0 when everything matches (after the repair), 1 otherwise. Endpoints,
 * region and credentials come from the environment as for {@code query}.
 */
public final class AuditCommand {

    static final String USAGE = """
            usage: audit --bucket BUCKET [--deep] [--repair]
              lists objects without an up-to-date article record (MISSING, STALE) and records whose object is
              gone (ORPHANED); --deep also counts each article's event items; --repair re-drives every one of
              them through the ingest handler, then audits again. Tables: ARTICLES_TABLE, EVENTS_TABLE.""";
    private static final long DEFAULT_MAX_OBJECT_BYTES = 10_485_760;
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String cliRegion = System.getenv("AWS_DEFAULT_REGION");
        if (System.getenv("AWS_REGION") == null && cliRegion != null && !cliRegion.isBlank()) {
            System.setProperty("aws.region", cliRegion); // the aws CLI's variable, which the Java SDK does not read
        }
        S3Client s3 = AwsClients.s3(System.getenv("AWS_ENDPOINT_URL_S3") != null || System.getenv("AWS_ENDPOINT_URL") != null);
        DynamoDbClient dynamo = AwsClients.dynamo();
        return run(args, s3, dynamo, env("ARTICLES_TABLE", QueryCommand.LOCAL_ARTICLES_TABLE),
                env("EVENTS_TABLE", QueryCommand.LOCAL_EVENTS_TABLE), out, err);
    }

    /** The command on given clients (the local stack and tests pass their own). */
    public static int run(String[] args, S3Client s3, DynamoDbClient dynamo, String articlesTable, String eventsTable,
                          PrintStream out, PrintStream err) {
        String bucket = null;
        boolean deep = false;
        boolean repair = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bucket" -> bucket = i + 1 < args.length ? args[++i] : null;
                case "--deep" -> deep = true;
                case "--repair" -> repair = true;
                default -> {
                    err.println("audit: unexpected argument " + args[i] + "\n" + USAGE);
                    return 2;
                }
            }
        }
        if (bucket == null) {
            err.println(USAGE);
            return 2;
        }
        BucketAudit audit = new BucketAudit(s3, dynamo, articlesTable, eventsTable,
                key -> ArticleParser.SUPPORTED_SUFFIXES.stream().anyMatch(key::endsWith));
        Report report = audit.run(bucket, deep);
        print(report, out);
        if (!repair || report.problems().isEmpty()) {
            return report.problems().isEmpty() ? 0 : 1;
        }
        long maxObjectBytes = Long.parseLong(env("MAX_OBJECT_BYTES", String.valueOf(DEFAULT_MAX_OBJECT_BYTES)));
        DynamoDbExtractionStore store = new DynamoDbExtractionStore(dynamo, articlesTable, eventsTable,
                Clock.systemUTC());
        Redrive redrive = new Redrive(new IngestHandler(new S3ObjectSource(s3), store, Pipeline.standard(),
                maxObjectBytes));
        Map<String, Integer> outcomes = new TreeMap<>();
        for (Problem p : report.problems()) {
            if (p.finding() == Finding.STALE) {
                store.markStale(bucket, p.key()); // rewritten even when they name the current object
            }
            String result = redrive.key(bucket, p.key(), p.finding() != Finding.ORPHANED, null);
            counts(result).forEach((outcome, n) -> outcomes.merge(outcome, n, Integer::sum));
        }
        out.printf("repaired %d keys through the ingest handler: %s%n", report.problems().size(), outcomes);
        Report after = audit.run(bucket, deep);
        out.print("after repair: ");
        print(after, out);
        return after.problems().isEmpty() ? 0 : 1;
    }

    private static void print(Report r, PrintStream out) {
        out.printf("audit s3://%s: %d objects, %d records; %d up to date, %d missing, %d stale, %d orphaned%n",
                r.bucket(), r.objects(), r.records(), r.upToDate(), r.count(Finding.MISSING), r.count(Finding.STALE),
                r.count(Finding.ORPHANED));
        r.problems().forEach(p -> out.printf("  %-8s %s  (%s)%n", p.finding(), p.key(), p.detail()));
    }

    private static Map<String, Integer> counts(String handlerResult) {
        try {
            return JSON.readValue(handlerResult, new TypeReference<Map<String, Integer>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the handler returned no counts: " + handlerResult, e);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
