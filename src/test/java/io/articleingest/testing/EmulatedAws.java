package io.articleingest.testing;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articleingest.handler.IngestHandler;
import io.articleingest.local.Emulators;
import io.articleingest.local.LocalContext;
import io.articleingest.local.S3Events;
import io.articleingest.local.SamTemplate;
import io.articleingest.pipeline.Pipeline;
import io.articleingest.pipeline.model.ArticleIds;
import io.articleingest.store.DynamoDbExtractionStore;
import io.articleingest.store.ExtractionItems;
import io.articleingest.store.ExtractionStore;
import io.articleingest.store.S3ObjectSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * DynamoDB Local and S3Proxy with the template's tables and a bucket, and the function's handler
 * built on them as the Lambda runtime builds it — with the clients' real timeouts, and optional
 * interceptors in front of the emulators to inject faults at the SDK layer. No mocks.
 */
public final class EmulatedAws implements AutoCloseable {

    public static final String BUCKET = "article-ingest-it";
    public static final Pipeline PIPELINE = Pipeline.standard();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private final Emulators emulators;
    private final DynamoDbClient dynamo;
    private final S3Client s3;
    private final Map<String, String> environment;

    public EmulatedAws() {
        emulators = Emulators.start();
        dynamo = emulators.dynamoClient();
        s3 = emulators.s3Client();
        environment = SamTemplate.load().functionEnvironmentOnNewTables(dynamo, "it-");
        s3.createBucket(b -> b.bucket(BUCKET));
    }

    public Emulators emulators() {
        return emulators;
    }

    public DynamoDbClient dynamo() {
        return dynamo;
    }

    public S3Client s3() {
        return s3;
    }

    public Map<String, String> environment() {
        return environment;
    }

    public String articlesTable() {
        return environment.get("ARTICLES_TABLE");
    }

    public String eventsTable() {
        return environment.get("EVENTS_TABLE");
    }

    public long maxObjectBytes() {
        return Long.parseLong(environment.get("MAX_OBJECT_BYTES"));
    }

    public ExtractionStore store(DynamoDbClient client) {
        return new DynamoDbExtractionStore(client, articlesTable(), eventsTable(), Clock.systemUTC());
    }

    public IngestHandler handler() {
        return handler(maxObjectBytes());
    }

    public IngestHandler handler(long maxObjectBytes) {
        return new IngestHandler(new S3ObjectSource(s3), store(dynamo), PIPELINE, maxObjectBytes);
    }

    /** The handler with its DynamoDB and S3 calls passing through the given interceptors. */
    public IngestHandler handler(List<ExecutionInterceptor> dynamoFaults, List<ExecutionInterceptor> s3Faults) {
        return new IngestHandler(new S3ObjectSource(emulators.s3Client(s3Faults.toArray(ExecutionInterceptor[]::new))),
                store(emulators.dynamoClient(dynamoFaults.toArray(ExecutionInterceptor[]::new))), PIPELINE,
                maxObjectBytes());
    }

    public PutObjectResponse upload(String key, byte[] content) {
        return upload(key, content, Map.of());
    }

    /**
     * The test's own upload, tried once more when the emulator's connection fails to take the body:
     * the JDK's URL connection and S3Proxy's Jetty still now and then fail a request body three
     * attempts in a row ("Error writing request body to server", see Emulators#s3Client); that is the
     * harness's flake, not the function's (which reads objects, and on S3).
     */
    public PutObjectResponse upload(String key, byte[] content, Map<String, String> metadata) {
        java.util.function.Supplier<PutObjectResponse> put =
                () -> s3.putObject(b -> b.bucket(BUCKET).key(key).metadata(metadata), RequestBody.fromBytes(content));
        try {
            return put.get();
        } catch (software.amazon.awssdk.core.exception.SdkClientException e) {
            return put.get();
        }
    }

    public void deleteObject(String key) {
        s3.deleteObject(b -> b.bucket(BUCKET).key(key));
    }

    /** The ObjectCreated:Put event S3 sends for an upload. */
    public static S3Event created(String key, long size, PutObjectResponse put) {
        return S3Events.parse(S3Events.createdJson(BUCKET, key, size, put.eTag(), put.versionId(),
                S3Events.nextSequencer(), Instant.now()));
    }

    public static S3Event removed(String key, String versionId) {
        return S3Events.parse(S3Events.removedJson(BUCKET, key, versionId, S3Events.nextSequencer(), Instant.now()));
    }

    /** Uploads and delivers the event S3 would send; returns the handler's counts. */
    public Map<String, Integer> uploadAndNotify(IngestHandler handler, String key, byte[] content) {
        return invoke(handler, created(key, content.length, upload(key, content)));
    }

    /** The handler's result, e.g. {@code {stored=1}}. */
    public static Map<String, Integer> invoke(IngestHandler handler, S3Event event) {
        try {
            JsonNode counts = JSON.readTree(handler.handleRequest(event, new LocalContext(QUIET)));
            Map<String, Integer> out = new TreeMap<>();
            counts.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asInt()));
            return out;
        } catch (IOException e) {
            throw new AssertionError("the handler returned no JSON", e);
        }
    }

    public Map<String, AttributeValue> article(String key) {
        return dynamo.getItem(r -> r.tableName(articlesTable()).consistentRead(true)
                .key(ExtractionItems.articleKey(ArticleIds.of(BUCKET, key)))).item();
    }

    /** Every item of the key's article in both tables, keyed by table and sort key. */
    public Map<String, Map<String, AttributeValue>> allItems(String key) {
        Map<String, Map<String, AttributeValue>> items = new TreeMap<>();
        for (String table : List.of(articlesTable(), eventsTable())) {
            dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                    .keyConditionExpression("articleId = :id")
                    .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(ArticleIds.of(BUCKET, key)))))
                    .items().forEach(i -> items.put(table + "/" + i.get("sk").s(), i));
        }
        return items;
    }

    public long itemsWithPrefix(Map<String, Map<String, AttributeValue>> items, String prefix) {
        return items.keySet().stream().filter(k -> k.startsWith(eventsTable() + "/" + prefix)).count();
    }

    @Override
    public void close() {
        emulators.close();
    }
}
