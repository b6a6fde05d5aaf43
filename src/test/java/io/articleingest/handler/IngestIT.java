package io.articleingest.handler;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articleingest.local.Emulators;
import io.articleingest.local.LocalContext;
import io.articleingest.local.RuntimeInvoke;
import io.articleingest.local.S3Events;
import io.articleingest.local.SamTemplate;
import io.articleingest.pipeline.Pipeline;
import io.articleingest.pipeline.model.Article;
import io.articleingest.pipeline.model.ArticleIds;
import io.articleingest.pipeline.model.ExtractionResult;
import io.articleingest.store.DynamoDbExtractionStore;
import io.articleingest.store.ExtractionFixtures;
import io.articleingest.store.ExtractionItems;
import io.articleingest.store.ExtractionStore.Outcome;
import io.articleingest.store.ExtractionStore;
import io.articleingest.store.S3ObjectSource;
import io.articleingest.store.Sequencer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * The handler and the store against DynamoDB Local and S3Proxy, with the tables the template
 * declares: what an upload, a repeated or late event, an overwrite and a delete leave in DynamoDB.
 */
class IngestIT {

    private static final String BUCKET = "article-ingest-local";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private static Emulators emulators;
    private static DynamoDbClient dynamo;
    private static S3Client s3;
    private static Map<String, String> environment;

    @BeforeAll
    static void startEmulatorsWithTheTemplatesTables() {
        emulators = Emulators.start();
        dynamo = emulators.dynamoClient();
        s3 = emulators.s3Client();
        SamTemplate template = SamTemplate.load();
        Map<String, String> tableNames = new HashMap<>();
        template.resources(SamTemplate.TABLE).keySet().forEach(id -> {
            tableNames.put(id, "it-" + id);
            dynamo.createTable(template.createTableRequest(id, "it-" + id));
        });
        String function = template.resources(SamTemplate.FUNCTION).keySet().iterator().next();
        environment = template.environment(function, tableNames);
        s3.createBucket(b -> b.bucket(BUCKET));
    }

    @AfterAll
    static void stopEmulators() {
        emulators.close();
    }

    private static String articlesTable() {
        return environment.get("ARTICLES_TABLE");
    }

    private static String eventsTable() {
        return environment.get("EVENTS_TABLE");
    }

    private static ExtractionStore store() {
        return new DynamoDbExtractionStore(dynamo, articlesTable(), eventsTable(), Clock.systemUTC());
    }

    private static IngestHandler handler(long maxObjectBytes) {
        return new IngestHandler(new S3ObjectSource(s3), store(), PIPELINE, maxObjectBytes);
    }

    private static IngestHandler handler() {
        return handler(Long.parseLong(environment.get("MAX_OBJECT_BYTES")));
    }

    private static Map<String, Integer> invoke(IngestHandler handler, S3Event event) {
        try {
            JsonNode counts = JSON.readTree(handler.handleRequest(event, new LocalContext(QUIET)));
            Map<String, Integer> out = new HashMap<>();
            counts.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asInt()));
            return out;
        } catch (IOException e) {
            throw new AssertionError("the handler returned no JSON", e);
        }
    }

    private static PutObjectResponse upload(String key, byte[] content, Map<String, String> metadata) {
        return s3.putObject(b -> b.bucket(BUCKET).key(key).metadata(metadata), RequestBody.fromBytes(content));
    }

    /** Uploads and sends the ObjectCreated event S3 would send; returns the event's sequencer. */
    private static String uploadAndNotify(IngestHandler handler, String key, byte[] content,
                                          Map<String, String> metadata) {
        PutObjectResponse put = upload(key, content, metadata);
        String sequencer = S3Events.nextSequencer();
        invoke(handler, S3Events.parse(S3Events.createdJson(BUCKET, key, content.length, put.eTag(),
                put.versionId(), sequencer, Instant.now())));
        return sequencer;
    }

    private static Map<String, AttributeValue> article(String key) {
        return dynamo.getItem(r -> r.tableName(articlesTable()).consistentRead(true)
                .key(ExtractionItems.articleKey(ArticleIds.of(BUCKET, key)))).item();
    }

    /** Every item of the article in both tables, keyed by table and sort key. */
    private static Map<String, Map<String, AttributeValue>> allItems(String key) {
        Map<String, Map<String, AttributeValue>> items = new HashMap<>();
        for (String table : List.of(articlesTable(), eventsTable())) {
            dynamo.queryPaginator(r -> r.tableName(table).consistentRead(true)
                    .keyConditionExpression("articleId = :id")
                    .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(ArticleIds.of(BUCKET, key)))))
                    .items().forEach(i -> items.put(table + "/" + i.get("sk").s(), i));
        }
        return items;
    }

    private static List<Map<String, AttributeValue>> query(String table, String index, String partitionAttribute,
                                                           String partition, String sortAttribute, String from,
                                                           String to) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        dynamo.queryPaginator(r -> r.tableName(table).indexName(index)
                .keyConditionExpression("#p = :p AND #s BETWEEN :from AND :to")
                .expressionAttributeNames(Map.of("#p", partitionAttribute, "#s", sortAttribute))
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(partition),
                        ":from", AttributeValue.fromS(from), ":to", AttributeValue.fromS(to))))
                .items().forEach(out::add);
        return out;
    }

    private static long itemsWithPrefix(Map<String, Map<String, AttributeValue>> items, String prefix) {
        return items.keySet().stream().filter(k -> k.startsWith(eventsTable() + "/" + prefix)).count();
    }

    private static byte[] articleText(String key) {
        Path sample = Path.of("samples", key);
        try {
            if (Files.exists(sample)) {
                return Files.readAllBytes(sample);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        String body = "Two brothers were killed on Saturday by an Israeli drone near Bani Suheila, east of Khan Yunis,"
                + " the Gaza civil defence said.";
        String text = key.endsWith(".html") ? "<html><body><article><h1>Strike near Khan Yunis</h1><p>" + body
                + "</p></article></body></html>"
                : key.endsWith(".md") ? "# Strike near Khan Yunis\n\n" + body + "\n"
                : "Strike near Khan Yunis\n\n" + body + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // ---- the sample events of events/ -------------------------------------------------------

    static Stream<Path> sampleEvents() throws IOException {
        return Files.list(Path.of("events")).filter(p -> p.getFileName().toString().startsWith("s3-")).sorted();
    }

    @ParameterizedTest
    @MethodSource("sampleEvents")
    void everySampleEventIsHandled(Path file) {
        S3Event event = EventLoader.loadS3Event(file.toString());
        if (event.getRecords() == null || event.getRecords().isEmpty()) {
            assertEquals(Map.of(), invoke(handler(), event), "s3:TestEvent must be ignored");
            return;
        }
        var record = event.getRecords().get(0);
        String key = record.getS3().getObject().getUrlDecodedKey();
        upload(key, articleText(key), Map.of());
        if (record.getEventName().startsWith("ObjectRemoved")) {
            invoke(handler(), EventLoader.loadS3Event("events/s3-put.json"));
            assertFalse(article(key).isEmpty(), "the put before the delete stored nothing");
            s3.deleteObject(b -> b.bucket(BUCKET).key(key));
            assertEquals(Map.of("deleted", 1), invoke(handler(), event));
            assertEquals(Map.of(), allItems(key));
        } else {
            invoke(handler(), event);
            Article stored = ExtractionItems.toArticle(article(key));
            assertEquals(key, stored.key(), "the key is stored decoded");
            assertEquals(Article.PROCESSED, stored.status(), String.valueOf(stored.rejectionReason()));
            assertEquals(stored.eventCount(), itemsWithPrefix(allItems(key), ExtractionItems.EVENT_PREFIX));
        }
    }

    // ---- uploads through the handler ---------------------------------------------------------

    @Test
    void anUploadIsStoredWithItsMetadataAndEveryEventIsIndexed() {
        String key = "it/metadata date.txt";
        String text = "Egypt hosts talks\n\nEgyptian mediators met Hamas and Israeli officials in Cairo to discuss"
                + " a ceasefire, officials said.\n";
        uploadAndNotify(handler(), key, text.getBytes(StandardCharsets.UTF_8), Map.of("published", "2025-11-30"));

        Map<String, AttributeValue> item = article(key);
        Article stored = ExtractionItems.toArticle(item);
        assertEquals(Article.PROCESSED, stored.status());
        assertEquals("2025-11-30", stored.publishedAt());
        assertEquals("metadata", stored.publishedSource());
        assertEquals(text.getBytes(StandardCharsets.UTF_8).length, stored.sizeBytes());
        assertEquals(ExtractionItems.COMPLETE, item.get("storeState").s());
        assertTrue(item.containsKey("ingestedAt") && item.containsKey("sequencer"), item.keySet().toString());
        Map<String, Map<String, AttributeValue>> items = allItems(key);
        assertEquals(stored.eventCount(), itemsWithPrefix(items, ExtractionItems.EVENT_PREFIX));
        for (var eventItem : items.values()) {
            if (eventItem.get("sk").s().startsWith(ExtractionItems.EVENT_PREFIX)) {
                String date = eventItem.get("eventDate").s();
                assertTrue(query(eventsTable(), "EventsByTypeMonth", "typeMonth", eventItem.get("typeMonth").s(),
                        "eventDate", date, date).stream().anyMatch(i -> i.get("sk").equals(eventItem.get("sk"))));
            }
        }
        assertEquals(List.of(item.get("articleId")), dynamo.query(r -> r.tableName(articlesTable())
                .indexName("ArticlesByObject").keyConditionExpression("objectUri = :uri")
                .expressionAttributeValues(Map.of(":uri", AttributeValue.fromS("s3://" + BUCKET + "/" + key))))
                .items().stream().map(i -> i.get("articleId")).toList());
    }

    @Test
    void aDuplicateDeliveryChangesNothing() {
        String key = "it/duplicate.md";
        byte[] content = articleText(key);
        PutObjectResponse put = upload(key, content, Map.of());
        S3Event event = S3Events.parse(S3Events.createdJson(BUCKET, key, content.length, put.eTag(), put.versionId(),
                S3Events.nextSequencer(), Instant.now()));
        assertEquals(Map.of("stored", 1), invoke(handler(), event));
        var before = allItems(key);
        assertEquals(Map.of("duplicate", 1), invoke(handler(), event));
        assertEquals(before, allItems(key));
    }

    @Test
    void anOverwriteReplacesTheArticle() {
        String key = "it/overwritten.txt";
        uploadAndNotify(handler(), key, "First version\n\nTalks began in Cairo on Monday.\n".getBytes(StandardCharsets.UTF_8), Map.of());
        String firstSha = article(key).get("contentSha256").s();
        uploadAndNotify(handler(), key, "Second version\n\nTalks ended in Doha on Friday.\n".getBytes(StandardCharsets.UTF_8), Map.of());
        Map<String, AttributeValue> second = article(key);
        assertNotEquals(firstSha, second.get("contentSha256").s());
        assertEquals("Second version", second.get("title").s());
    }

    @Test
    void anOlderEventArrivingLateDoesNotWin() {
        String key = "it/late.txt";
        byte[] content = articleText(key);
        PutObjectResponse put = upload(key, content, Map.of());
        String older = S3Events.nextSequencer();
        String newer = S3Events.nextSequencer();
        invoke(handler(), S3Events.parse(S3Events.createdJson(BUCKET, key, content.length, put.eTag(),
                put.versionId(), newer, Instant.now())));
        var stored = allItems(key);
        assertEquals(Map.of("superseded", 1), invoke(handler(), S3Events.parse(S3Events.createdJson(BUCKET, key,
                content.length, put.eTag(), put.versionId(), older, Instant.now()))));
        assertEquals(stored, allItems(key));
        assertEquals(Map.of("superseded", 1), invoke(handler(), S3Events.parse(S3Events.removedJson(BUCKET, key,
                null, older, Instant.now()))), "a delete older than the stored put must not remove it");
        assertEquals(stored, allItems(key));
    }

    @Test
    void anEventForAnObjectDeletedMeanwhileIsSkipped() {
        String key = "it/already-gone.txt";
        assertEquals(Map.of("missing", 1), invoke(handler(), S3Events.parse(S3Events.createdJson(BUCKET, key, 10,
                "e", null, S3Events.nextSequencer(), Instant.now()))));
        assertEquals(Map.of(), allItems(key));
    }

    @Test
    void refusedDocumentsAreStoredAsRejectedWithTheirReason() {
        Map<String, byte[]> refused = Map.of(
                "it/report.pdf", "%PDF-1.7 not an article".getBytes(StandardCharsets.US_ASCII),
                "it/binary.txt", new byte[] {0x00, 0x01, 0x02, (byte) 0xFF, 0x00, 0x10, 0x00},
                "it/empty.md", new byte[0],
                "it/large.html", ("<html><body><p>" + "words ".repeat(100) + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        IngestHandler smallLimit = handler(200);
        refused.forEach((key, content) -> {
            assertEquals(Map.of("rejected", 1), Map.copyOf(invokeUpload(smallLimit, key, content)), key);
            Article stored = ExtractionItems.toArticle(article(key));
            assertEquals(Article.REJECTED, stored.status(), key);
            assertEquals(content.length, stored.sizeBytes(), key);
            assertEquals(0, stored.eventCount(), key);
            assertEquals(1, allItems(key).size(), key + ": a rejected article has no other items");
        });
        assertTrue(ExtractionItems.toArticle(article("it/report.pdf")).rejectionReason().contains("unsupported"));
        assertTrue(ExtractionItems.toArticle(article("it/empty.md")).rejectionReason().contains("empty"));
        assertEquals("too large: " + refused.get("it/large.html").length + " bytes > 200",
                ExtractionItems.toArticle(article("it/large.html")).rejectionReason());
    }

    private static Map<String, Integer> invokeUpload(IngestHandler handler, String key, byte[] content) {
        PutObjectResponse put = upload(key, content, Map.of());
        return invoke(handler, S3Events.parse(S3Events.createdJson(BUCKET, key, content.length, put.eTag(),
                put.versionId(), S3Events.nextSequencer(), Instant.now())));
    }

    @Test
    void theLambdaRuntimePathTakesItsConfigurationFromTheEnvironment(@TempDir Path dir) throws Exception {
        String key = "it/runtime path.txt";
        byte[] content = articleText(key);
        PutObjectResponse put = upload(key, content, Map.of());
        Path event = dir.resolve("event.json");
        Files.writeString(event, S3Events.createdJson(BUCKET, key, content.length, put.eTag(), put.versionId(),
                S3Events.nextSequencer(), Instant.now()));
        ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RuntimeInvoke.class.getName(), event.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        java.environment().putAll(environment);
        // a host name, as host.docker.internal under sam local: the SDK picks path-style by itself only for IPs
        java.environment().putAll(Map.of("AWS_ENDPOINT_URL_S3", "http://localhost:" + emulators.s3Endpoint().getPort(),
                "AWS_ENDPOINT_URL_DYNAMODB", emulators.dynamoEndpoint().toString(), "AWS_REGION", "us-east-1",
                "AWS_ACCESS_KEY_ID", Emulators.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", Emulators.SECRET_KEY));
        Process process = java.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertEquals("{\"stored\":1}", output.strip());
        assertEquals(Article.PROCESSED, ExtractionItems.toArticle(article(key)).status());
    }

    @Test
    void storageErrorsPropagateSoThatLambdaRetries() {
        String key = "it/storage-error.txt";
        byte[] content = articleText(key);
        PutObjectResponse put = upload(key, content, Map.of());
        IngestHandler withoutTables = new IngestHandler(new S3ObjectSource(s3),
                new DynamoDbExtractionStore(dynamo, "it-no-such-table", "it-no-such-table", Clock.systemUTC()),
                PIPELINE, 1000);
        S3Event event = S3Events.parse(S3Events.createdJson(BUCKET, key, content.length, put.eTag(), put.versionId(),
                S3Events.nextSequencer(), Instant.now()));
        assertThrows(ResourceNotFoundException.class, () -> withoutTables.handleRequest(event, new LocalContext(QUIET)));
    }

    // ---- the store with hand-built events ----------------------------------------------------

    @Test
    void everyAccessPatternIsAnsweredByAQuery() {
        String key = "it/access-patterns.txt";
        ExtractionResult result = ExtractionFixtures.airstrike(BUCKET, key);
        assertEquals(Outcome.STORED, store().save(result, S3Events.nextSequencer()));
        String articleId = result.article().articleId();

        Map<String, Map<String, AttributeValue>> items = allItems(key);
        assertEquals(result.article().eventCount(), itemsWithPrefix(items, ExtractionItems.EVENT_PREFIX));
        // topics below the assign threshold (0.3) are stored without their evidence
        assertEquals(result.article().toString().replace("evidence=[mediators]", "evidence=[]"),
                ExtractionItems.toArticle(article(key)).toString());
        result.events().forEach(e -> assertEquals(e,
                ExtractionItems.toEvent(items.get(eventsTable() + "/EVENT#" + e.eventId()))));

        assertHitsArticle(articleId, query(eventsTable(), "EventsByTypeMonth", "typeMonth", "ASSAULT#2025-11",
                "eventDate", "2025-11-01", "2025-11-30"));
        assertHitsArticle(articleId, query(eventsTable(), "EventsByActor", "actorMonth", "COUNTRY#ISR#2025-11",
                "eventDate", "2025-11-29", "2025-11-29"));
        assertHitsArticle(articleId, query(eventsTable(), "EventsByActor", "actorMonth", "NAME#egypt#2025-11",
                "eventDate", "2025-11-01", "2025-11-30"));
        assertHitsArticle(articleId, query(eventsTable(), "EventsByPlace", "placeMonth", "NAME#bani suheila#2025-11",
                "eventDate", "2025-11-01", "2025-11-30"));
        assertHitsArticle(articleId, query(eventsTable(), "EventsByPlace", "placeMonth", "ADMIN1#khan yunis#2025-11",
                "eventDate", "2025-11-01", "2025-11-30"));
        assertHitsArticle(articleId, query(articlesTable(), "ArticlesByTopic", "topicMonth", "medtop:16000000#2025-11",
                "publishedDate", "2025-11-01", "2025-11-30"));
        assertTrue(query(eventsTable(), "EventsByTypeMonth", "typeMonth", "ASSAULT#2025-11", "eventDate",
                "2025-11-01", "2025-11-28").stream().noneMatch(i -> i.get("articleId").s().equals(articleId)),
                "the date range must exclude later events");
    }

    private static void assertHitsArticle(String articleId, List<Map<String, AttributeValue>> hits) {
        assertTrue(hits.stream().anyMatch(i -> i.get("articleId").s().equals(articleId)), hits.toString());
    }

    @Test
    void anOverwriteLeavesNoStaleEventsOrIndexItems() {
        String key = "it/overwrite-store.txt";
        ExtractionStore store = store();
        store.save(ExtractionFixtures.airstrike(BUCKET, key), S3Events.nextSequencer());
        ExtractionResult newer = ExtractionFixtures.ceasefire(BUCKET, key);
        assertEquals(Outcome.STORED, store.save(newer, S3Events.nextSequencer()));

        Map<String, Map<String, AttributeValue>> items = allItems(key);
        List<String> sortKeys = items.keySet().stream().sorted().toList();
        assertEquals(1, itemsWithPrefix(items, ExtractionItems.EVENT_PREFIX), sortKeys.toString());
        assertEquals(0, itemsWithPrefix(items, "ACTOR#COUNTRY#ISR"), sortKeys.toString());
        assertEquals(0, itemsWithPrefix(items, "PLACE#NAME#bani suheila"), sortKeys.toString());
        assertFalse(items.containsKey(articlesTable() + "/TOPIC#medtop:16000000"), sortKeys.toString());
        assertTrue(items.containsKey(articlesTable() + "/TOPIC#medtop:11000000"), sortKeys.toString());
        assertEquals(newer.events().get(0),
                ExtractionItems.toEvent(items.get(eventsTable() + "/EVENT#" + newer.events().get(0).eventId())));
        assertHitsArticle(newer.article().articleId(), query(eventsTable(), "EventsByTypeMonth", "typeMonth",
                "AGREE#2025-12", "eventDate", "2025-12", "2025-12-31"));
    }

    @Test
    void anOlderExtractionDoesNotReplaceANewerOne() {
        String key = "it/out-of-order-store.txt";
        ExtractionStore store = store();
        String older = S3Events.nextSequencer();
        String newer = S3Events.nextSequencer();
        store.save(ExtractionFixtures.ceasefire(BUCKET, key), newer);
        var stored = allItems(key);
        assertEquals(Outcome.SUPERSEDED, store.save(ExtractionFixtures.airstrike(BUCKET, key), older));
        assertEquals(stored, allItems(key));
    }

    @Test
    void aWriteInterruptedAfterTheArticleItemIsCompletedByTheRetry() {
        String key = "it/interrupted.txt";
        ExtractionResult result = ExtractionFixtures.airstrike(BUCKET, key);
        String sequencer = S3Events.nextSequencer();
        // what a crash right after the gate leaves behind: the article item alone, still WRITING
        dynamo.putItem(r -> r.tableName(articlesTable()).item(ExtractionItems.articleItem(result.article(),
                Sequencer.normalise(sequencer), Instant.now(), ExtractionItems.WRITING)));
        assertEquals(Outcome.STORED, store().save(result, sequencer));
        assertEquals(2, itemsWithPrefix(allItems(key), ExtractionItems.EVENT_PREFIX));
        assertEquals(ExtractionItems.COMPLETE, article(key).get("storeState").s());
    }

    @Test
    void aDeleteRemovesTheArticleItsEventsAndIndexItems() {
        String key = "it/deleted-store.txt";
        ExtractionStore store = store();
        store.save(ExtractionFixtures.airstrike(BUCKET, key), S3Events.nextSequencer());
        assertTrue(allItems(key).size() > 10);
        assertEquals(Outcome.DELETED, store.delete(BUCKET, key, S3Events.nextSequencer()));
        assertEquals(Map.of(), allItems(key));
        assertEquals(Outcome.DELETED, store.delete(BUCKET, key, S3Events.nextSequencer()), "a repeated delete");
    }
}
