package io.articleingest.local;

import io.articleingest.cli.Arguments;
import io.articleingest.cli.AuditCommand;
import io.articleingest.cli.AwsClients;
import io.articleingest.cli.Command;
import io.articleingest.cli.CommandSpec;
import io.articleingest.cli.Commands;
import io.articleingest.cli.EventTable;
import io.articleingest.cli.Main;
import io.articleingest.cli.QueryCommand;
import io.articleingest.cli.UsageException;
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
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
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
 * mvn -q -Plocal package exec:java                         # run until Ctrl-C
 * mvn -q -Plocal package exec:java -Dexec.args="--once"    # ingest the samples, print, exit
 * mvn -q -Plocal exec:java -Dexec.args="invoke events/s3-put.json"
 * mvn -q -Plocal exec:java -Dexec.args="query events --type ASSAULT --from 2025-11"
 * </pre>
 */
public final class LocalStack implements AutoCloseable {

    public static final String BUCKET = "article-ingest-local";
    static final String PROGRAM = "mvn -q -Plocal exec:java -Dexec.args=\"…\"";
    static final int DEFAULT_DYNAMO_PORT = 8000;
    static final int DEFAULT_S3_PORT = 8080;

    /** Settings of a run. Ports 0 mean free ones (tests). */
    public record Options(boolean once, boolean inMemory, Path data, Path samples, int dynamoPort, int s3Port) {

        static final CommandSpec SPEC = CommandSpec.of("LocalStack",
                        "The Docker-free local stack: DynamoDB Local and S3Proxy with the template's bucket, tables and"
                                + " S3 trigger;\ningests samples/, prints what was stored, then watches the bucket.")
                .synopsis("[--once] [--in-memory] [--data DIR] [--samples DIR] [--ddb-port N] [--s3-port N]")
                .synopsis("invoke EVENT_FILE... [--env-vars events/env.json]    (invoke --help)")
                .synopsis("query events|articles …                              (query --help)")
                .synopsis("audit [--bucket BUCKET] [--deep] [--repair]          (audit --help)")
                .synopsis("load [--uploads N] [--clients N] [--bad-percent P]   (load --help)")
                .synopsis("coldstart [--runs N] [--java PATH] [--diet]          (coldstart --help)")
                .flag("--once", "ingest the samples, print, stop (exit 1 if one is lost)")
                .flag("--in-memory", "keep nothing: tables and objects in memory")
                .option("--data", "DIR", "folder kept across restarts (default .local-stack)")
                .option("--samples", "DIR", "articles uploaded at start (default samples)")
                .option("--ddb-port", "N", "DynamoDB Local's port (default " + DEFAULT_DYNAMO_PORT + ")")
                .option("--s3-port", "N", "S3Proxy's port (default " + DEFAULT_S3_PORT + ")")
                .operands(0, 0, "");

        static Options of(Arguments args) {
            return new Options(args.has("--once"), args.has("--in-memory"), Path.of(args.value("--data", ".local-stack")),
                    Path.of(args.value("--samples", "samples")), port(args, "--ddb-port", DEFAULT_DYNAMO_PORT),
                    port(args, "--s3-port", DEFAULT_S3_PORT));
        }

        private static int port(Arguments args, String option, int fallback) {
            int port = args.positiveInt(option, fallback);
            if (port > 65535) {
                throw new UsageException(option + " takes a port number up to 65535, got " + port);
            }
            return port;
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
            // absolute: S3Proxy's filesystem store resolves a relative base folder inconsistently (lists
            // nothing, loses multipart uploads)
            Path data = options.data().toAbsolutePath().normalize();
            dynamoDir = Files.createDirectories(data.resolve("dynamodb"));
            s3Dir = Files.createDirectories(data.resolve("s3"));
            functionLogFile = data.resolve("function.log");
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
        requireFree(options.dynamoPort(), "DynamoDB Local", "--ddb-port");
        requireFree(options.s3Port(), "S3Proxy", "--s3-port");
        emulators = Emulators.start(options.dynamoPort(), options.s3Port(), dynamoDir, s3Dir,
                store -> new TriggeringBlobStore(store, trigger));
        DynamoDbClient dynamo = emulators.dynamoClient();
        S3Client s3 = emulators.s3Client();
        List<String> existing = dynamo.listTables().tableNames();
        tables.forEach((id, name) -> {
            if (!existing.contains(name)) {
                template.createTable(dynamo, id, name);
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

    /** A port in use fails the start with one line that names the option choosing another. */
    private static void requireFree(int port, String server, String option) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new PortTakenException("port " + port + " (" + server + ") is already in use, by another local stack?"
                    + " Stop it, or start this one with " + option + " N (e.g. " + option + " " + (port + 10000) + ")");
        }
    }

    /** The stack cannot start because a port it needs is taken. */
    static final class PortTakenException extends IllegalStateException {
        PortTakenException(String message) {
            super(message);
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
        out.println("  In another terminal, from this folder (java -jar: built by the main command, or mvn -q -DskipTests"
                + " package):");
        hints().forEach(h -> out.println("    " + h));
        out.println();
    }

    /** The commands the banner suggests; a test runs them as printed. */
    List<String> hints() {
        String s3 = emulators.s3Endpoint().toString();
        String ddb = emulators.dynamoEndpoint().toString();
        return List.of("export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1",
                "aws --endpoint-url " + s3 + " s3 cp samples/airstrike-khan-yunis.txt s3://" + BUCKET + "/copies/",
                "aws --endpoint-url " + s3 + " s3 ls --recursive s3://" + BUCKET + "/",
                "AWS_ENDPOINT_URL_DYNAMODB=" + ddb + " java -jar target/article-ingest.jar query events --type ASSAULT",
                "AWS_ENDPOINT_URL_DYNAMODB=" + ddb + " java -jar target/article-ingest.jar query events --actor israel"
                        + " --place \"khan yunis\" --format csv");
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

    public static void main(String[] args) {
        System.exit(main(args, System.out, System.err));
    }

    /** {@code invoke …}, {@code query …}, {@code audit …}, {@code load …}, or the stack itself; the exit status is returned (tests call this). */
    static int main(String[] args, PrintStream out, PrintStream err) {
        Map<String, Command> commands = new LinkedHashMap<>();
        commands.put("invoke", new LocalInvoke());
        commands.put("query", new QueryCommand(LocalStack::queriesOfRunningStack));
        commands.put("audit", new AuditCommand(LocalStack::runningStack, BUCKET));
        commands.put("load", new LoadRun());
        commands.put("coldstart", new ColdStart());
        if (args.length > 0 && commands.containsKey(args[0])) {
            return Main.dispatch(PROGRAM, commands, args[0], Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        return Commands.run(new Command() {
            @Override
            public CommandSpec spec() {
                return Options.SPEC;
            }

            @Override
            public int run(Arguments parsed, PrintStream o, PrintStream e) throws Exception {
                return LocalStack.run(Options.of(parsed), o);
            }
        }, args, out, err);
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

    /** The running stack's tables: on the default port, or at AWS_ENDPOINT_URL_DYNAMODB. */
    private static EventQueries queriesOfRunningStack() {
        return new EventQueries(AwsClients.dynamo(runningEndpoint("DYNAMODB", DEFAULT_DYNAMO_PORT)),
                QueryCommand.LOCAL_ARTICLES_TABLE, QueryCommand.LOCAL_EVENTS_TABLE);
    }

    /** The running stack's bucket and tables: on the default ports, or at AWS_ENDPOINT_URL_S3/_DYNAMODB. */
    private static AuditCommand.Target runningStack() {
        return new AuditCommand.Target(AwsClients.s3(runningEndpoint("S3", DEFAULT_S3_PORT)),
                AwsClients.dynamo(runningEndpoint("DYNAMODB", DEFAULT_DYNAMO_PORT)),
                QueryCommand.LOCAL_ARTICLES_TABLE, QueryCommand.LOCAL_EVENTS_TABLE);
    }

    private static String runningEndpoint(String service, int defaultPort) {
        return Optional.ofNullable(AwsClients.endpointFromEnvironment(service)).orElse("http://127.0.0.1:" + defaultPort);
    }
}
