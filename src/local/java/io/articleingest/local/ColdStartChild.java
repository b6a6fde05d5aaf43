package io.articleingest.local;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import io.articleingest.handler.FunctionClients;
import io.articleingest.handler.FunctionClients.Timeouts;
import io.articleingest.handler.IngestConfig;
import io.articleingest.handler.IngestHandler;
import io.articleingest.pipeline.knowledge.BundledKnowledge;
import io.articleingest.store.ExtractionItems;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.crt.AwsCrtHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One fresh JVM of {@link ColdStart}, configured by the function's environment variables (tables,
 * emulator endpoints, credentials) as the Lambda runtime would be. It does its work, then prints
 * one line {@code done key=ms …} with the phases it timed itself; the parent times the whole JVM.
 * <ul>
 *   <li>{@code sdk url|crt BUCKET KEY}: the minimal SDK function — the function's S3 and DynamoDB
 *       clients (on the url-connection or the CRT HTTP client), one GetObject and one PutItem, then the
 *       same pair again (the floor's warm second request)</li>
 *   <li>{@code handler BUCKET KEY SIZE}: the function — handler class init (dictionaries, clients),
 *       then one S3 event for the key, read by the Lambda runtime's own event serializer, handled</li>
 *   <li>{@code restore BUCKET KEY SIZE SECOND_KEY}: the same, with the SnapStart checkpoint hook run
 *       first, as the snapshot would hold it, so that {@code eventMs} is the first event after a
 *       restore; then a second event, for another key, warm ({@code secondEventMs})</li>
 *   <li>{@code knowledge yaml|json NAME...}: reads the bundled dictionaries, from the YAML sources or
 *       from the JSON the build compiles them to ({@code readMs}, the parser's class loading included)</li>
 * </ul>
 */
public final class ColdStartChild {

    private ColdStartChild() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        PrintStream out = System.out;
        Map<String, Long> phases = switch (args[0]) {
            case "sdk" -> sdk(args[1], args[2], args[3], start);
            case "handler" -> handle(args[1], List.of(args[2]), Long.parseLong(args[3]), false, start);
            case "restore" -> handle(args[1], List.of(args[2], args[4]), Long.parseLong(args[3]), true, start);
            case "knowledge" -> knowledge(args[1], Arrays.copyOfRange(args, 2, args.length), start);
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        };
        StringBuilder line = new StringBuilder("done");
        phases.forEach((name, nanos) -> line.append(' ').append(name).append('=')
                .append(String.format(Locale.ROOT, "%.1f", nanos / 1e6)));
        out.println(line);
        out.flush();
    }

    private static Map<String, Long> sdk(String httpClient, String bucket, String key, long start) {
        IngestConfig config = IngestConfig.fromEnvironment();
        S3Client s3;
        DynamoDbClient dynamo;
        if ("crt".equals(httpClient)) {
            s3 = FunctionClients.s3Builder(crt(Timeouts.S3)).endpointOverride(config.s3Endpoint())
                    .forcePathStyle(config.s3PathStyle()).build();
            dynamo = FunctionClients.dynamoBuilder(crt(Timeouts.DYNAMO)).endpointOverride(config.dynamoEndpoint())
                    .build();
        } else {
            s3 = FunctionClients.s3(config.s3Endpoint(), config.s3PathStyle());
            dynamo = FunctionClients.dynamo(config.dynamoEndpoint());
        }
        Map<String, Long> phases = new LinkedHashMap<>();
        long built = System.nanoTime();
        phases.put("clientsMs", built - start);
        getAndPut(s3, dynamo, config.articlesTable(), bucket, key, 1);
        long first = System.nanoTime();
        phases.put("firstMs", first - built);
        getAndPut(s3, dynamo, config.articlesTable(), bucket, key, 2);
        phases.put("secondMs", System.nanoTime() - first);
        return phases;
    }

    /** As the function's clients are set up ({@link FunctionClients#httpClient}), on the CRT client. */
    private static SdkHttpClient crt(Timeouts timeouts) {
        return AwsCrtHttpClient.builder().connectionTimeout(Duration.ofSeconds(FunctionClients.CONNECT_SECONDS))
                .connectionMaxIdleTime(timeouts.attempt()).build();
    }

    private static void getAndPut(S3Client s3, DynamoDbClient dynamo, String table, String bucket, String key, int n) {
        int bytes = s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArrayUnsafe().length;
        Map<String, AttributeValue> item = new HashMap<>(ExtractionItems.key("coldstart-floor", "REQUEST#" + n));
        item.put("sizeBytes", AttributeValue.fromN(String.valueOf(bytes)));
        dynamo.putItem(r -> r.tableName(table).item(item));
    }

    /**
     * Builds the handler as the runtime does, primes it if asked, then handles one event per key. Each
     * event is first read as the runtime reads it ({@code parseMs}: after a restore the runtime's
     * serializer is as cold as ours was), then handled ({@code eventMs}, then {@code secondEventMs}…).
     */
    private static Map<String, Long> handle(String bucket, List<String> keys, long size, boolean primed, long start) {
        Map<String, Long> phases = new LinkedHashMap<>();
        IngestHandler handler = new IngestHandler();
        long built = System.nanoTime();
        phases.put("initMs", built - start);
        if (primed) {
            handler.beforeCheckpoint(null);
            phases.put("primingMs", System.nanoTime() - built);
        }
        for (int i = 0; i < keys.size(); i++) {
            long t0 = System.nanoTime();
            S3Event event = S3Events.parse(S3Events.createdJson(bucket, keys.get(i), size, null, null,
                    S3Events.nextSequencer(), Instant.now()));
            long parsed = System.nanoTime();
            String summary = handler.handleRequest(event, new LocalContext(System.err));
            phases.put(i == 0 ? "parseMs" : "secondParseMs", parsed - t0);
            phases.put(i == 0 ? "eventMs" : "secondEventMs", System.nanoTime() - parsed);
            if (!summary.equals("{\"stored\":1}")) {
                throw new IllegalStateException(keys.get(i) + " was not stored: " + summary);
            }
        }
        return phases;
    }

    private static Map<String, Long> knowledge(String form, String[] names, long start) {
        for (String name : names) {
            if (form.equals("json")) {
                BundledKnowledge.read(name);
                continue;
            }
            try (InputStream in = ColdStartChild.class.getClassLoader().getResourceAsStream("knowledge/" + name
                    + ".yaml")) {
                BundledKnowledge.yaml().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.of("readMs", System.nanoTime() - start);
    }
}
