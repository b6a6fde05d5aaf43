package io.articleingest.local;

import io.articleingest.cli.AuditCommand;
import io.articleingest.cli.EventTable;
import io.articleingest.cli.QueryCommand;
import io.articleingest.handler.IngestHandler;
import io.articleingest.pipeline.Pipeline;
import io.articleingest.pipeline.model.Article;
import io.articleingest.store.DynamoDbExtractionStore;
import io.articleingest.store.EventQueries;
import io.articleingest.store.S3ObjectSource;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The Docker-free local stack: DynamoDB Local and S3Proxy as HTTP servers, the bucket and tables
 * of {@code template.yaml}, and the template's S3 → Lambda trigger emulated, so that any file
 * put into the bucket — by this program (the samples), {@code aws s3 cp} or any S3 client — is
 * ingested by the real handler and can be queried.
 *
 * <pre>
 * mvn -q -Plocal test-compile exec:java                         # run until Ctrl-C
 * mvn -q -Plocal test-compile exec:java -Dexec.args="--once"    # ingest the samples, print, exit
 * mvn -q -Plocal test-compile exec:java -Dexec.args="invoke events/s3-put.json"
 * mvn -q -Plocal test-compile exec:java -Dexec.args="query events --type ASSAULT --from 2025-11-01"
 * </pre>
 */
public final class LocalStack implements AutoCloseable {

    public static final String BUCKET = "article-ingest-local";
    static final String USAGE = """
            usage: LocalStack [--once] [--in-memory] [--data DIR] [--samples DIR] [--ddb-port N] [--s3-port N]
                   LocalStack invoke EVENT_FILE... [--env-vars events/env.json]
                   LocalStack query …   (see: query --help)
                   LocalStack audit [--bucket B] [--deep] [--repair]
                   LocalStack load [--uploads 1000] [--clients 8] [--bad-percent 5]""";

    /** Settings of a run. Ports 0 mean free ones (tests). */
    public record Options(boolean once, boolean inMemory, Path data, Path samples, int dynamoPort, int s3Port) {
        static Options parse(String[] args) {
            boolean once = false;
            boolean inMemory = false;
            Path data = Path.of(".local-stack");
            Path samples = Path.of("samples");
            int ddb = 8000;
            int s3 = 8080;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--once" -> once = true;
                    case "--in-memory" -> inMemory = true;
                    case "--data" -> data = Path.of(args[++i]);
                    case "--samples" -> samples = Path.of(args[++i]);
                    case "--ddb-port" -> ddb = Integer.parseInt(args[++i]);
                    case "--s3-port" -> s3 = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
                }
            }
            return new Options(once, inMemory, data, samples, ddb, s3);
        }
    }

    private final Emulators emulators;
    private final LambdaTrigger trigger;
    private final EventQueries queries;
    private final Map<String, String> tables;
    private final PrintStream out;
    private final PrintStream functionLog;
    private final Path functionLogFile;
    private final Map<String, Long> uploadStarted = new ConcurrentHashMap<>();
    private final Map<String, LambdaTrigger.Invocation> lastInvocation = new ConcurrentHashMap<>();
    private volatile boolean printAsIngested;
    private final java.util.concurrent.atomic.AtomicLong finished = new java.util.concurrent.atomic.AtomicLong();
    private final long startMillis;

    private LocalStack(Options options, PrintStream out) throws IOException {
        long t0 = System.nanoTime();
        this.out = out;
        SamTemplate template = SamTemplate.load();
        String function = template.resources(SamTemplate.FUNCTION).keySet().iterator().next();
        Path dynamoDir = null;
        Path s3Dir = null;
        if (options.inMemory()) {
            functionLogFile = Files.createTempFile("article-ingest-function", ".log");
        } else {
            dynamoDir = Files.createDirectories(options.data().resolve("dynamodb"));
            s3Dir = Files.createDirectories(options.data().resolve("s3"));
            functionLogFile = options.data().resolve("function.log");
        }
        OutputStream logStream = new FileOutputStream(functionLogFile.toFile(), true);
        functionLog = new PrintStream(logStream, true, StandardCharsets.UTF_8);
        // local table names: the stack's prefix and the logical id ("ArticlesTable" -> "…-articles")
        tables = new LinkedHashMap<>();
        template.resources(SamTemplate.TABLE).keySet().forEach(id -> tables.put(id,
                BUCKET + "-" + id.replaceAll("Table$", "").toLowerCase(Locale.ROOT)));
        Map<String, String> env = template.environment(function, tables);
        IngestHandler[] handler = new IngestHandler[1];
        trigger = new LambdaTrigger(template.s3EventSources(function), () -> handler[0], functionLog, this::finished);
        emulators = Emulators.start(options.dynamoPort(), options.s3Port(), dynamoDir, s3Dir,
                store -> new TriggeringBlobStore(store, trigger));
        DynamoDbClient dynamo = emulators.dynamoClient();
        S3Client s3 = emulators.s3Client();
        List<String> existing = dynamo.listTables().tableNames();
        tables.forEach((id, name) -> {
            if (!existing.contains(name)) {
                dynamo.createTable(template.createTableRequest(id, name));
            } else {
                addMissingIndexes(dynamo, template.createTableRequest(id, name));
            }
        });
        if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(BUCKET))) {
            s3.createBucket(b -> b.bucket(BUCKET));
        }
        handler[0] = new IngestHandler(new S3ObjectSource(s3),
                new DynamoDbExtractionStore(dynamo, env.get("ARTICLES_TABLE"), env.get("EVENTS_TABLE"),
                        Clock.systemUTC()),
                Pipeline.standard(), Long.parseLong(env.get("MAX_OBJECT_BYTES")));
        queries = new EventQueries(dynamo, env.get("ARTICLES_TABLE"), env.get("EVENTS_TABLE"));
        startMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    /** A data folder from an older build may lack an index the template has since gained: add it. */
    private static void addMissingIndexes(DynamoDbClient dynamo, CreateTableRequest declared) {
        List<String> present = new ArrayList<>();
        var table = dynamo.describeTable(b -> b.tableName(declared.tableName())).table();
        if (table.hasGlobalSecondaryIndexes()) {
            table.globalSecondaryIndexes().forEach(i -> present.add(i.indexName()));
        }
        for (GlobalSecondaryIndex index : declared.globalSecondaryIndexes()) {
            if (!present.contains(index.indexName())) {
                dynamo.updateTable(b -> b.tableName(declared.tableName())
                        .attributeDefinitions(declared.attributeDefinitions())
                        .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName(index.indexName())
                                .keySchema(index.keySchema()).projection(index.projection()))));
            }
        }
    }

    /** Starts the emulators, creates bucket and tables, builds the function; prints nothing yet. */
    public static LocalStack start(Options options, PrintStream out) throws IOException {
        return new LocalStack(options, out);
    }

    public Emulators emulators() {
        return emulators;
    }

    public EventQueries queries() {
        return queries;
    }

    public LambdaTrigger trigger() {
        return trigger;
    }

    public long startMillis() {
        return startMillis;
    }

    public Map<String, String> tableNames() {
        return tables;
    }

    /** How many invocations have finished since the start. */
    public long invocationsFinished() {
        return finished.get();
    }

    /** The last invocation for a key, if any finished. */
    public Optional<LambdaTrigger.Invocation> lastInvocation(String key) {
        return Optional.ofNullable(lastInvocation.get(key));
    }

    void printBanner(Options options) {
        String s3 = emulators.s3Endpoint().toString();
        String ddb = emulators.dynamoEndpoint().toString();
        out.printf("article-ingest local stack (DynamoDB Local + S3Proxy, no Docker) started in %.1f s%n",
                startMillis / 1000.0);
        out.printf("  S3        %s   bucket %s%n", s3, BUCKET);
        out.printf("  DynamoDB  %s   tables %s%n", ddb, String.join(", ", tables.values()));
        out.printf("  data      %s%n", options.inMemory() ? "in memory (--in-memory)"
                : options.data().toAbsolutePath() + " (kept across restarts)");
        out.printf("  function log  %s%n%n", functionLogFile);
        out.println("  In another terminal:");
        out.println("    export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1");
        out.printf("    aws --endpoint-url %s s3 cp my-article.html s3://%s/%n", s3, BUCKET);
        out.printf("    AWS_ENDPOINT_URL_DYNAMODB=%s java -jar target/article-ingest.jar query events --type ASSAULT%n",
                ddb);
        out.println();
    }

    /** Uploads every sample through the S3 API, as a user would; returns their keys. */
    public List<String> uploadSamples(Path samples) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(samples)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> keys = new ArrayList<>();
        long t0 = System.nanoTime();
        S3Client s3 = emulators.s3Client();
        for (Path f : files) {
            String key = f.getFileName().toString();
            upload(s3, key, Files.readAllBytes(f));
            keys.add(key);
        }
        out.printf("uploaded %d sample articles from %s/ in %d ms%n", keys.size(), samples,
                (System.nanoTime() - t0) / 1_000_000);
        return keys;
    }

    public void upload(S3Client s3, String key, byte[] content) {
        uploadStarted.put(key, System.nanoTime());
        s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromBytes(content));
    }

    /** Waits until every uploaded key is ingested, showing progress (count and rate). */
    public void awaitIngested(List<String> keys, long timeoutSeconds) throws Exception {
        long t0 = System.nanoTime();
        long deadline = t0 + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        long lastReport = 0;
        int done;
        do {
            Thread.sleep(25);
            done = (int) keys.stream().filter(lastInvocation::containsKey).count();
            long now = System.nanoTime();
            if (done == keys.size() || now - lastReport > 1_000_000_000L) {
                lastReport = now;
                out.printf("  ingested %d/%d (%.1f files/s)%n", done, keys.size(), done / Math.max(1e-3, (now - t0) / 1e9));
            }
        } while (done < keys.size() && System.nanoTime() < deadline);
        trigger.awaitIdle(timeoutSeconds, TimeUnit.SECONDS);
    }

    /** Summary and events of the article stored for a key, read back from DynamoDB. */
    public boolean printArticle(String key) {
        Optional<Article> article = queries.articleOf(BUCKET, key);
        LambdaTrigger.Invocation inv = lastInvocation.get(key);
        if (article.isEmpty()) {
            out.printf("== %s  NOT STORED%s%n", key, inv != null && inv.error() != null ? ": " + inv.error() : "");
            return false;
        }
        out.printf("== %s%s%n", EventTable.summary(article.get()),
                inv == null ? "" : String.format("   (stored %d ms after upload)", inv.millis()));
        List<io.articleingest.pipeline.model.Event> events = queries.eventsOf(article.get().articleId());
        if (!events.isEmpty()) {
            EventTable.printEvents(out, events);
        }
        return true;
    }

    private void finished(LambdaTrigger.Invocation inv) {
        finished.incrementAndGet();
        Long started = uploadStarted.remove(inv.key());
        LambdaTrigger.Invocation timed = started == null ? inv : new LambdaTrigger.Invocation(inv.eventName(),
                inv.bucket(), inv.key(), inv.result(), inv.error(), (System.nanoTime() - started) / 1_000_000);
        lastInvocation.put(inv.key(), timed);
        if (!printAsIngested) {
            return;
        }
        if (inv.error() != null) {
            out.printf("!! %s %s failed: %s (see the function log)%n", inv.eventName(), inv.key(), inv.error());
        } else if (inv.result().contains("\"deleted\"")) {
            out.printf("-- %s deleted: its records are gone%n", inv.key());
        } else if (inv.result().contains("\"absent\"")) {
            out.printf("-- %s: no such object, no records%n", inv.key());
        } else if (inv.result().contains("\"unchanged\"")) {
            out.printf("-- %s %s: the records already match the object in the bucket%n", inv.key(), inv.eventName());
        } else {
            printArticle(inv.key());
        }
    }

    @Override
    public void close() {
        trigger.shutdown();
        try {
            emulators.close();
        } catch (RuntimeException e) {
            out.println("warning: " + e.getMessage()); // the process exits anyway, which frees the ports
        }
        functionLog.close();
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("invoke")) {
            System.exit(LocalInvoke.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("query")) {
            System.exit(query(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("load")) {
            LoadRun.main(java.util.Arrays.copyOfRange(args, 1, args.length));
        }
        if (args.length > 0 && args[0].equals("audit")) {
            System.exit(audit(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(run(options, System.out));
    }

    /** The main job: start, ingest the samples, print; then serve until Ctrl-C unless {@code once}. */
    public static int run(Options options, PrintStream out) throws Exception {
        LocalStack stack = start(options, out);
        CountDownLatch stopped = new CountDownLatch(1);
        try {
            stack.printBanner(options);
            List<String> keys = stack.uploadSamples(options.samples());
            stack.awaitIngested(keys, 120);
            int lost = 0;
            for (String key : keys) {
                if (!stack.printArticle(key)) {
                    lost++;
                }
            }
            out.printf("%n%d of %d sample articles stored%s%n", keys.size() - lost, keys.size(),
                    lost == 0 ? "" : " — " + lost + " LOST");
            if (options.once()) {
                return lost == 0 ? 0 : 1;
            }
            stack.printAsIngested = true;
            out.printf("%nWatching s3://%s — put files there (aws s3 cp …); Ctrl-C to stop.%n", BUCKET);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stack.close();
                stopped.countDown();
            }));
            stopped.await();
            return 0;
        } finally {
            if (options.once()) {
                stack.close();
            }
        }
    }

    /**
     * {@code audit [--bucket B] [--deep] [--repair]} against the running stack (default ports, or
     * AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL_DYNAMODB); the bucket defaults to the stack's.
     */
    private static int audit(String[] args) {
        String s3Endpoint = Optional.ofNullable(System.getenv("AWS_ENDPOINT_URL_S3")).orElse("http://127.0.0.1:8080");
        String ddbEndpoint = Optional.ofNullable(System.getenv("AWS_ENDPOINT_URL_DYNAMODB")).orElse("http://127.0.0.1:8000");
        List<String> withBucket = new ArrayList<>(List.of(args));
        if (!withBucket.contains("--bucket")) {
            withBucket.addAll(List.of("--bucket", BUCKET));
        }
        return AuditCommand.run(withBucket.toArray(String[]::new),
                LocalInvoke.s3Client(Map.of("AWS_ENDPOINT_URL_S3", s3Endpoint, "AWS_REGION", Emulators.REGION.id(),
                        "AWS_ACCESS_KEY_ID", Emulators.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", Emulators.SECRET_KEY)),
                LocalInvoke.dynamoClient(ddbEndpoint, Emulators.REGION.id(), Emulators.ACCESS_KEY, Emulators.SECRET_KEY),
                QueryCommand.LOCAL_ARTICLES_TABLE, QueryCommand.LOCAL_EVENTS_TABLE, System.out, System.err);
    }

    /** {@code query …} against the running stack's DynamoDB (default port) or AWS_ENDPOINT_URL_DYNAMODB. */
    private static int query(String[] args) throws Exception {
        String endpoint = Optional.ofNullable(System.getenv("AWS_ENDPOINT_URL_DYNAMODB")).orElse("http://127.0.0.1:8000");
        DynamoDbClient dynamo = LocalInvoke.dynamoClient(endpoint, Emulators.REGION.id(), Emulators.ACCESS_KEY,
                Emulators.SECRET_KEY);
        return QueryCommand.run(args, new EventQueries(dynamo, QueryCommand.LOCAL_ARTICLES_TABLE,
                QueryCommand.LOCAL_EVENTS_TABLE), System.out, System.err);
    }
}
