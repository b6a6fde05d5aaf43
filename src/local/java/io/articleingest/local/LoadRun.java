package io.articleingest.local;

import io.articleingest.cli.Arguments;
import io.articleingest.cli.Command;
import io.articleingest.cli.CommandSpec;
import io.articleingest.cli.QueryCommand;
import io.articleingest.store.BucketAudit;
import io.articleingest.store.BucketAudit.Finding;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code load}: a burst of uploads on the local stack, then an audit. {@code clients} threads
 * upload {@code uploads} generated articles through the S3 API (a tenth of them overwrite a key
 * the same client uploaded before; {@code badPercent} % are broken files), the stack's S3
 * trigger runs the function on each, and once it is idle the bucket is audited and every
 * article's event items are counted: lost (objects without records), duplicated (event items
 * beyond an article's count), stale (records of another version) must all be 0. Prints
 * throughput and the heap after garbage collection as the run goes (the function runs in this
 * JVM beside the emulators, so the figure includes their tables).
 */
public final class LoadRun implements Command {

    /** What a run measured. */
    public record Result(int uploads, long objects, long records, long lost, long duplicated, long stale,
                         long processed, long rejected, double uploadsPerSecond, double ingestedPerSecond,
                         List<Long> heapAfterGcMb) {
    }

    private static final String[] ACTORS = {"Israeli troops", "Hamas fighters", "Egyptian mediators", "Qatari envoys",
        "the United Nations", "Houthi rebels", "Ukrainian forces", "Russian troops", "Sudanese army", "police"};
    private static final String[] ACTS = {"attacked", "met", "accused", "shelled", "released", "threatened",
        "called on", "rejected", "welcomed", "arrested"};
    private static final String[] PLACES = {"Rafah", "Cairo", "Doha", "Khan Yunis", "Kharkiv", "Khartoum", "Sanaa",
        "Jenin", "Beirut", "Geneva"};

    private static final CommandSpec SPEC = CommandSpec.of("load",
                    "A burst of generated uploads on a fresh in-memory local stack, then an audit: nothing lost,"
                            + " duplicated or stale.")
            .synopsis("[--uploads N] [--clients N] [--bad-percent P]")
            .option("--uploads", "N", "articles uploaded (default 1000; a tenth overwrite an earlier key)")
            .option("--clients", "N", "concurrent S3 clients (default 8)")
            .option("--bad-percent", "P", "percentage of broken files: empty, binary, NULs, bad JSON (default 5)")
            .operands(0, 0, "")
            .note("Starts its own stack on free ports (a running one is not touched). Exit status 0 when the audit"
                    + " finds\nas many records as objects and nothing lost, duplicated or stale; 1 otherwise.");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        int badPercent = args.value("--bad-percent", "a whole number from 0 to 100", v -> {
            int p = Integer.parseInt(v);
            if (p < 0 || p > 100) {
                throw new IllegalArgumentException();
            }
            return p;
        }).orElse(5);
        Result r = run(args.positiveInt("--uploads", 1000), args.positiveInt("--clients", 8), badPercent, out);
        return r.lost() + r.duplicated() + r.stale() == 0 && r.objects() == r.records() ? 0 : 1;
    }

    public static Result run(int uploads, int clients, int badPercent, PrintStream out) throws Exception {
        LocalStack stack = LocalStack.start(new LocalStack.Options(true, true, null, Path.of("samples"), 0, 0),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            out.printf("load: %d uploads from %d clients (%d%% bad) on the local stack (started in %.1f s)%n",
                    uploads, clients, badPercent, stack.startMillis() / 1000.0);
            List<Long> heap = new ArrayList<>();
            heap.add(heapAfterGcMb());
            AtomicInteger sent = new AtomicInteger();
            AtomicInteger attempts = new AtomicInteger(); // HTTP requests of the uploads, the SDK's retries included
            ExecutionInterceptor countAttempts = new ExecutionInterceptor() {
                @Override
                public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                    attempts.incrementAndGet();
                }
            };
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            long t0 = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                int share = uploads / clients + (c < uploads % clients ? 1 : 0);
                running.add(pool.submit(() -> {
                    S3Client s3 = stack.emulators().s3Client(countAttempts);
                    Random random = new Random(client);
                    for (int n = 0; n < share; n++) {
                        boolean overwrite = n > 10 && random.nextInt(10) == 0;
                        int article = overwrite ? random.nextInt(n) : n;
                        boolean bad = random.nextInt(100) < badPercent;
                        String key = "load/client " + client + "/" + article + (bad ? badSuffix(article) : goodSuffix(article));
                        s3.putObject(b -> b.bucket(LocalStack.BUCKET).key(key),
                                software.amazon.awssdk.core.sync.RequestBody.fromBytes(bad ? broken(random)
                                        : article(random, key)));
                        sent.incrementAndGet();
                    }
                    return null;
                }));
            }
            int nextReport = uploads / 4;
            try {
                for (Future<?> f : running) {
                    f.get(30, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }
            double uploadSeconds = (System.nanoTime() - t0) / 1e9;
            while (true) {
                try {
                    stack.trigger().awaitIdle(2, TimeUnit.SECONDS);
                    break;
                } catch (IllegalStateException stillRunning) {
                    long done = stack.invocationsFinished();
                    if (done >= nextReport) {
                        heap.add(heapAfterGcMb());
                        out.printf("  %d/%d invocations done, heap after GC %d MB%n", done, uploads, heap.get(heap.size() - 1));
                        nextReport += uploads / 4;
                    }
                }
            }
            double ingestSeconds = (System.nanoTime() - t0) / 1e9;
            heap.add(heapAfterGcMb());

            DynamoDbClient dynamo = stack.emulators().dynamoClient();
            BucketAudit.Report audit = new BucketAudit(stack.emulators().s3Client(), dynamo,
                    QueryCommand.LOCAL_ARTICLES_TABLE, QueryCommand.LOCAL_EVENTS_TABLE,
                    io.articleingest.pipeline.ArticleParser::triggers)
                    .run(LocalStack.BUCKET, false);
            Map<String, Integer> eventItems = new HashMap<>();
            // a Scan, for this check only: the function and the audit never scan
            dynamo.scanPaginator(b -> b.tableName(QueryCommand.LOCAL_EVENTS_TABLE).projectionExpression("articleId, sk"))
                    .items().stream().filter(i -> i.get("sk").s().startsWith("EVENT#"))
                    .forEach(i -> eventItems.merge(i.get("articleId").s(), 1, Integer::sum));
            long duplicated = 0;
            long processed = 0;
            long rejected = 0;
            for (Map<String, AttributeValue> a : dynamo.scanPaginator(b -> b.tableName(QueryCommand.LOCAL_ARTICLES_TABLE)
                    .filterExpression("sk = :a").expressionAttributeValues(Map.of(":a", AttributeValue.fromS("ARTICLE"))))
                    .items()) {
                int counted = Integer.parseInt(a.get("eventCount").n());
                duplicated += Math.max(0, eventItems.getOrDefault(a.get("articleId").s(), 0) - counted);
                if ("REJECTED".equals(a.get("status").s())) {
                    rejected++;
                } else {
                    processed++;
                }
            }
            Result r = new Result(uploads, audit.objects(), audit.records(), audit.count(Finding.MISSING), duplicated,
                    audit.count(Finding.STALE) + audit.count(Finding.ORPHANED), processed, rejected,
                    uploads / uploadSeconds, uploads / ingestSeconds, heap);
            out.printf("uploaded %d files in %.1f s (%.0f uploads/s, %d PUT requests with the SDK's retries); %d invocations "
                            + "done after %.1f s (%.1f uploads ingested/s)%n", uploads, uploadSeconds, r.uploadsPerSecond(),
                    attempts.get(), stack.invocationsFinished(), ingestSeconds, r.ingestedPerSecond());
            out.printf("audit: %d objects, %d records (%d PROCESSED, %d REJECTED); lost %d, duplicated %d, stale %d%n",
                    r.objects(), r.records(), r.processed(), r.rejected(), r.lost(), r.duplicated(), r.stale());
            out.printf("heap after GC over the run (MB, emulators and function): %s%n", heap);
            audit.problems().stream().limit(20).forEach(p -> out.println("  " + p));
            return r;
        } finally {
            stack.close();
        }
    }

    private static String goodSuffix(int n) {
        return List.of(".txt", ".md", ".html", ".json").get(n % 4);
    }

    private static String badSuffix(int n) {
        return List.of(".txt", ".json", ".html").get(n % 3);
    }

    /** A short news story of random actors, acts, places and days, in the format its key announces. */
    private static byte[] article(Random random, String key) {
        StringBuilder body = new StringBuilder();
        int sentences = 3 + random.nextInt(8);
        for (int s = 0; s < sentences; s++) {
            body.append(pick(random, ACTORS)).append(' ').append(pick(random, ACTS)).append(' ')
                    .append(pick(random, ACTORS)).append(" in ").append(pick(random, PLACES)).append(" on ")
                    .append(List.of("Monday", "Tuesday", "Friday", "Sunday").get(random.nextInt(4)))
                    .append(", officials said. ");
        }
        String title = "Report " + random.nextInt(1_000_000) + " from " + pick(random, PLACES);
        String text;
        if (key.endsWith(".md")) {
            text = "# " + title + "\n\n" + body + "\n";
        } else if (key.endsWith(".html")) {
            text = "<html><body><article><h1>" + title + "</h1><p>" + body + "</p></article></body></html>";
        } else if (key.endsWith(".json")) {
            text = "{\"title\": \"" + title + "\", \"body\": \"" + body + "\"}";
        } else {
            text = title + "\n\n" + body + "\n";
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Broken files of the kinds users drop: empty, binary, NUL bytes, invalid JSON. */
    private static byte[] broken(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> new byte[0];
            case 1 -> new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3};
            case 2 -> "text\0with\0NULs".getBytes(StandardCharsets.UTF_8);
            default -> "{\"title\": \"unterminated".getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    /** Live heap: every heap pool's usage right after its last collection, after asking for one. */
    private static long heapAfterGcMb() {
        System.gc();
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                bytes += pool.getCollectionUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}
