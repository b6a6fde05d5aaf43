package io.articleingest.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code audit --bucket B [--deep] [--repair]}: which objects of a bucket have no up-to-date
 * article record, and which records have no object (see {@link BucketAudit}); with
 * {@code --repair}, each of them is re-driven through the function's own handler and the bucket
 * audited again. Exit status 0 when everything matches (after the repair), 1 otherwise. Endpoints,
 * region and credentials come from the environment as for {@code query}.
 */
public final class AuditCommand implements Command {

    /** The bucket's objects and the tables of its records. */
    public record Target(S3Client s3, DynamoDbClient dynamo, String articlesTable, String eventsTable) {
    }

    /** template.yaml's MaxObjectBytes default */
    public static final long DEFAULT_MAX_OBJECT_BYTES = 10_485_760;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<Target> target;
    private final String defaultBucket;
    private final CommandSpec spec;

    /**
     * @param target        built only once the arguments are known to be right
     * @param defaultBucket the bucket audited without {@code --bucket} (the local stack's), or null
     *                      when {@code --bucket} is required
     */
    public AuditCommand(Supplier<Target> target, String defaultBucket) {
        this.target = target;
        this.defaultBucket = defaultBucket;
        this.spec = CommandSpec.of("audit",
                        "Objects without up-to-date records and records without objects; --repair re-drives them.")
                .synopsis(defaultBucket == null ? "--bucket BUCKET [--deep] [--repair]"
                        : "[--bucket BUCKET] [--deep] [--repair]")
                .option("--bucket", "BUCKET", defaultBucket == null ? "the articles bucket"
                        : "the articles bucket (default " + defaultBucket + ")")
                .flag("--deep", "also count each article's event items against its eventCount")
                .flag("--repair", "re-drive every finding through the ingest handler, then audit again")
                .operands(0, 0, "")
                .note("""
                        Findings: MISSING (an object without a record), STALE (a record of another version, or one
                        left unfinished), ORPHANED (a record without its object). Lists the bucket and the
                        ArticlesByBucket index: never a Scan. Exit status 0 when everything matches, 1 otherwise.
                        Environment: AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL_DYNAMODB, AWS_REGION, ARTICLES_TABLE,
                        EVENTS_TABLE (default: the local stack's tables), MAX_OBJECT_BYTES (for --repair).""");
    }

    /** The bucket and tables of the environment: AWS, or the endpoints in {@code AWS_ENDPOINT_URL_S3}/{@code _DYNAMODB}. */
    static Target fromEnvironment() {
        return new Target(AwsClients.s3(AwsClients.endpointFromEnvironment("S3")),
                AwsClients.dynamo(AwsClients.endpointFromEnvironment("DYNAMODB")),
                AwsClients.environment("ARTICLES_TABLE", QueryCommand.LOCAL_ARTICLES_TABLE),
                AwsClients.environment("EVENTS_TABLE", QueryCommand.LOCAL_EVENTS_TABLE));
    }

    @Override
    public CommandSpec spec() {
        return spec;
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) {
        String bucket = args.value("--bucket").filter(b -> !b.isBlank()).orElse(defaultBucket);
        if (bucket == null) {
            throw new UsageException("missing --bucket BUCKET");
        }
        boolean deep = args.has("--deep");
        Target t = target.get();
        BucketAudit audit = new BucketAudit(t.s3(), t.dynamo(), t.articlesTable(), t.eventsTable(),
                ArticleParser::triggers);
        Report report = audit.run(bucket, deep);
        print(report, out);
        if (!args.has("--repair") || report.problems().isEmpty()) {
            return report.problems().isEmpty() ? 0 : 1;
        }
        long maxObjectBytes = Long.parseLong(AwsClients.environment("MAX_OBJECT_BYTES",
                String.valueOf(DEFAULT_MAX_OBJECT_BYTES)));
        DynamoDbExtractionStore store = new DynamoDbExtractionStore(t.dynamo(), t.articlesTable(), t.eventsTable(),
                Clock.systemUTC());
        Redrive redrive = new Redrive(new IngestHandler(new S3ObjectSource(t.s3()), store, Pipeline.standard(),
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
}
