package io.articleingest.handler;

import static io.articleingest.testing.EmulatedAws.BUCKET;
import static io.articleingest.testing.EmulatedAws.invoke;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import io.articleingest.local.Emulators;
import io.articleingest.local.LocalContext;
import io.articleingest.local.RuntimeInvoke;
import io.articleingest.local.S3Events;
import io.articleingest.pipeline.model.Article;
import io.articleingest.pipeline.model.ExtractionResult;
import io.articleingest.store.DynamoDbExtractionStore;
import io.articleingest.store.ExtractionFixtures;
import io.articleingest.store.ExtractionItems;
import io.articleingest.store.ExtractionStore;
import io.articleingest.store.ExtractionStore.Outcome;
import io.articleingest.store.ObjectSource.ObjectInfo;
import io.articleingest.store.S3ObjectSource;
import io.articleingest.testing.EmulatedAws;
import io.articleingest.testing.OnEmulatedAws;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * The handler and the store against DynamoDB Local and S3Proxy, with the tables the template
 * declares: what an upload, a repeated or late event, an overwrite and a delete leave in DynamoDB.
 */
class IngestIT extends OnEmulatedAws {

    private static final ObjectInfo FIXTURE_OBJECT = new ObjectInfo(2048, "v1", "etag1", "text/plain", null,
            Instant.parse("2025-11-30T10:00:00Z"));

    private static byte[] articleText(String key) {
        Path sample = Path.of("samples", key);
        try {
            if (Files.exists(sample)) {
                return Files.readAllBytes(sample);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        String body = "An Israeli drone killed two men in Bani Suheila, to the east of Khan Yunis, on Saturday,"
                + " the Gaza civil defence said.";
        String text = key.endsWith(".html") ? "<html><body><article><h1>Strike near Khan Yunis</h1><p>" + body
                + "</p></article></body></html>"
                : key.endsWith(".md") ? "# Strike near Khan Yunis\n\n" + body + "\n"
                : "Strike near Khan Yunis\n\n" + body + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<Map<String, AttributeValue>> query(String table, String index, String partitionAttribute,
                                                           String partition, String sortAttribute, String from,
                                                           String to) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        aws.dynamo().queryPaginator(r -> r.tableName(table).indexName(index)
                .keyConditionExpression("#p = :p AND #s BETWEEN :from AND :to")
                .expressionAttributeNames(Map.of("#p", partitionAttribute, "#s", sortAttribute))
                .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(partition),
                        ":from", AttributeValue.fromS(from), ":to", AttributeValue.fromS(to))))
                .items().forEach(out::add);
        return out;
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
            assertEquals(Map.of(), invoke(aws.handler(), event), "s3:TestEvent must be ignored");
            return;
        }
        var record = event.getRecords().get(0);
        String bucket = record.getS3().getBucket().getName();
        String key = record.getS3().getObject().getUrlDecodedKey();
        if (aws.s3().listBuckets().buckets().stream().noneMatch(b -> b.name().equals(bucket))) {
            aws.s3().createBucket(b -> b.bucket(bucket));
        }
        aws.s3().putObject(b -> b.bucket(bucket).key(key),
                software.amazon.awssdk.core.sync.RequestBody.fromBytes(articleText(key)));
        var queries = new io.articleingest.store.EventQueries(aws.dynamo(), aws.articlesTable(), aws.eventsTable());
        if (record.getEventName().startsWith("ObjectRemoved")) {
            invoke(aws.handler(), EventLoader.loadS3Event("events/s3-put.json"));
            assertTrue(queries.articleOf(bucket, key).isPresent(), "the put before the delete stored nothing");
            aws.s3().deleteObject(b -> b.bucket(bucket).key(key));
            assertEquals(Map.of("deleted", 1), invoke(aws.handler(), event));
            assertTrue(queries.articleOf(bucket, key).isEmpty());
        } else {
            invoke(aws.handler(), event);
            Article stored = queries.articleOf(bucket, key).orElseThrow();
            assertEquals(key, stored.key(), "the key is stored decoded");
            assertEquals(Article.PROCESSED, stored.status(), String.valueOf(stored.rejectionReason()));
            assertEquals(stored.eventCount(), queries.eventsOf(stored.articleId()).size());
        }
    }

    // ---- uploads through the handler ---------------------------------------------------------

    @Test
    void anUploadIsStoredWithItsMetadataAndEveryEventIsIndexed() {
        String key = "it/metadata date.txt";
        String text = "Egypt hosts talks\n\nEgyptian mediators met Hamas and Israeli officials in Cairo to discuss"
                + " a ceasefire, officials said.\n";
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        PutObjectResponse put = aws.upload(key, content, Map.of("published", "2025-11-30"));
        assertEquals(Map.of("stored", 1), invoke(aws.handler(), EmulatedAws.created(key, content.length, put)));

        Map<String, AttributeValue> item = aws.article(key);
        Article stored = ExtractionItems.toArticle(item);
        assertEquals(Article.PROCESSED, stored.status());
        assertEquals("2025-11-30", stored.publishedAt());
        assertEquals("metadata", stored.publishedSource());
        assertEquals(content.length, stored.sizeBytes());
        assertEquals(ExtractionItems.COMPLETE, item.get("storeState").s());
        assertEquals(put.eTag().replace("\"", ""), item.get(ExtractionItems.OBJECT_ETAG).s());
        assertTrue(item.containsKey("ingestedAt") && item.containsKey("sequencer"), item.keySet().toString());
        Map<String, Map<String, AttributeValue>> items = aws.allItems(key);
        assertEquals(stored.eventCount(), aws.itemsWithPrefix(items, ExtractionItems.EVENT_PREFIX));
        assertFalse(items.keySet().stream().anyMatch(k -> k.endsWith("/LEASE")), "the lease is released");
        for (var eventItem : items.values()) {
            if (eventItem.get("sk").s().startsWith(ExtractionItems.EVENT_PREFIX)) {
                String date = eventItem.get("eventDate").s();
                assertTrue(query(aws.eventsTable(), "EventsByTypeMonth", "typeMonth", eventItem.get("typeMonth").s(),
                        "eventDate", date, date).stream().anyMatch(i -> i.get("sk").equals(eventItem.get("sk"))));
            }
        }
        assertEquals(List.of(item.get("articleId")), aws.dynamo().query(r -> r.tableName(aws.articlesTable())
                .indexName("ArticlesByObject").keyConditionExpression("objectUri = :uri")
                .expressionAttributeValues(Map.of(":uri", AttributeValue.fromS("s3://" + BUCKET + "/" + key))))
                .items().stream().map(i -> i.get("articleId")).toList());
    }

    @Test
    void aDuplicateDeliveryChangesNothing() {
        String key = "it/duplicate.md";
        byte[] content = articleText(key);
        S3Event event = EmulatedAws.created(key, content.length, aws.upload(key, content));
        assertEquals(Map.of("stored", 1), invoke(aws.handler(), event));
        var before = aws.allItems(key);
        assertEquals(Map.of("unchanged", 1), invoke(aws.handler(), event));
        assertEquals(before, aws.allItems(key));
    }

    @Test
    void anOverwriteReplacesTheArticle() {
        String key = "it/overwritten.txt";
        aws.uploadAndNotify(aws.handler(), key, "First version\n\nTalks began in Cairo on Monday.\n".getBytes(StandardCharsets.UTF_8));
        String firstSha = aws.article(key).get("contentSha256").s();
        aws.uploadAndNotify(aws.handler(), key, "Second version\n\nTalks ended in Doha on Friday.\n".getBytes(StandardCharsets.UTF_8));
        Map<String, AttributeValue> second = aws.article(key);
        assertNotEquals(firstSha, second.get("contentSha256").s());
        assertEquals("Second version", second.get("title").s());
    }

    @Test
    void anEventForAStateS3NoLongerHoldsNeverWins() {
        String key = "it/late.txt";
        byte[] first = articleText(key);
        S3Event firstEvent = EmulatedAws.created(key, first.length, aws.upload(key, first));
        byte[] second = "Second version\n\nTalks ended in Doha on Friday.\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(Map.of("stored", 1), aws.uploadAndNotify(aws.handler(), key, second));
        var stored = aws.allItems(key);
        assertEquals(Map.of("unchanged", 1), invoke(aws.handler(), firstEvent), "the first upload's late event");
        assertEquals(stored, aws.allItems(key));
        assertEquals(Map.of("unchanged", 1), invoke(aws.handler(), EmulatedAws.removed(key, "an-old-version")),
                "a delete while the key holds an object (of a non-current version) must not remove its records");
        assertEquals(stored, aws.allItems(key));
    }

    @Test
    void anEventForAnObjectDeletedMeanwhileStoresNothing() {
        String key = "it/already-gone.txt";
        assertEquals(Map.of("absent", 1), invoke(aws.handler(), S3Events.parse(S3Events.createdJson(BUCKET, key, 10,
                "e", null, S3Events.nextSequencer(), Instant.now()))));
        assertEquals(Map.of(), aws.allItems(key));
    }

    @Test
    void refusedDocumentsAreStoredAsRejectedWithTheirReason() {
        Map<String, byte[]> refused = Map.of(
                "it/report.pdf", "%PDF-1.7 not an article".getBytes(StandardCharsets.US_ASCII),
                "it/binary.txt", new byte[] {0x00, 0x01, 0x02, (byte) 0xFF, 0x00, 0x10, 0x00},
                "it/empty.md", new byte[0],
                "it/large.html", ("<html><body><p>" + "words ".repeat(100) + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        IngestHandler smallLimit = aws.handler(200);
        refused.forEach((key, content) -> {
            assertEquals(Map.of("rejected", 1), aws.uploadAndNotify(smallLimit, key, content), key);
            Article stored = ExtractionItems.toArticle(aws.article(key));
            assertEquals(Article.REJECTED, stored.status(), key);
            assertEquals(content.length, stored.sizeBytes(), key);
            assertEquals(0, stored.eventCount(), key);
            assertEquals(1, aws.allItems(key).size(), key + ": a rejected article has no other items");
        });
        assertTrue(ExtractionItems.toArticle(aws.article("it/report.pdf")).rejectionReason().contains("unsupported"));
        assertTrue(ExtractionItems.toArticle(aws.article("it/empty.md")).rejectionReason().contains("empty"));
        assertEquals("too large: " + refused.get("it/large.html").length + " bytes > 200",
                ExtractionItems.toArticle(aws.article("it/large.html")).rejectionReason());
    }

    @Test
    void theLambdaRuntimePathTakesItsConfigurationFromTheEnvironment(@TempDir Path dir) throws Exception {
        String key = "it/runtime path.txt";
        byte[] content = articleText(key);
        PutObjectResponse put = aws.upload(key, content);
        Path event = dir.resolve("event.json");
        Files.writeString(event, S3Events.createdJson(BUCKET, key, content.length, put.eTag(), put.versionId(),
                S3Events.nextSequencer(), Instant.now()));
        ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RuntimeInvoke.class.getName(), event.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        java.environment().putAll(aws.environment());
        // a host name, as host.docker.internal under sam local: the SDK picks path-style by itself only for IPs
        java.environment().putAll(Map.of("AWS_ENDPOINT_URL_S3",
                "http://localhost:" + aws.emulators().s3Endpoint().getPort(),
                "AWS_ENDPOINT_URL_DYNAMODB", aws.emulators().dynamoEndpoint().toString(), "AWS_REGION", "us-east-1",
                "AWS_ACCESS_KEY_ID", Emulators.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", Emulators.SECRET_KEY));
        Process process = java.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertEquals("{\"stored\":1}", output.strip());
        assertEquals(Article.PROCESSED, ExtractionItems.toArticle(aws.article(key)).status());
    }

    @Test
    void storageErrorsPropagateSoThatLambdaRetries() {
        String key = "it/storage-error.txt";
        byte[] content = articleText(key);
        PutObjectResponse put = aws.upload(key, content);
        IngestHandler withoutTables = new IngestHandler(new S3ObjectSource(aws.s3()),
                new DynamoDbExtractionStore(aws.dynamo(), "it-no-such-table", "it-no-such-table", Clock.systemUTC()),
                EmulatedAws.PIPELINE, 1000);
        S3Event event = EmulatedAws.created(key, content.length, put);
        assertThrows(ResourceNotFoundException.class, () -> withoutTables.handleRequest(event,
                new LocalContext(new PrintStream(OutputStream.nullOutputStream()))));
    }

    @Test
    void aWriteInterruptedAfterTheArticleItemIsCompletedByTheNextDelivery() {
        String key = "it/interrupted.txt";
        byte[] content = articleText(key);
        S3Event event = EmulatedAws.created(key, content.length, aws.upload(key, content));
        assertEquals(Map.of("stored", 1), invoke(aws.handler(), event));
        var complete = aws.allItems(key);
        // what a crash right after the article item leaves behind: the article alone, still WRITING
        aws.allItems(key).forEach((tableAndSk, item) -> {
            String table = tableAndSk.substring(0, tableAndSk.indexOf('/'));
            aws.dynamo().deleteItem(r -> r.tableName(table).key(Map.of("articleId", item.get("articleId"),
                    "sk", item.get("sk"))));
        });
        Map<String, AttributeValue> writing = new java.util.HashMap<>(complete.get(aws.articlesTable() + "/ARTICLE"));
        writing.put(ExtractionItems.STORE_STATE, AttributeValue.fromS(ExtractionItems.WRITING));
        aws.dynamo().putItem(r -> r.tableName(aws.articlesTable()).item(writing));

        assertEquals(Map.of("stored", 1), invoke(aws.handler(), event), "the re-delivery must rewrite the article");
        var repaired = aws.allItems(key);
        assertEquals(complete.keySet(), repaired.keySet());
        assertEquals(ExtractionItems.COMPLETE, aws.article(key).get("storeState").s());
    }

    // ---- the store with hand-built events ----------------------------------------------------

    private static ExtractionStore store() {
        return aws.store(aws.dynamo());
    }

    @Test
    void everyAccessPatternIsAnsweredByAQuery() {
        String key = "it/access-patterns.txt";
        ExtractionResult result = ExtractionFixtures.airstrike(BUCKET, key);
        assertEquals(Outcome.STORED, store().save(result, FIXTURE_OBJECT, S3Events.nextSequencer()));
        String articleId = result.article().articleId();

        Map<String, Map<String, AttributeValue>> items = aws.allItems(key);
        assertEquals(result.article().eventCount(), aws.itemsWithPrefix(items, ExtractionItems.EVENT_PREFIX));
        // topics below the assign threshold (0.3) are stored without their evidence
        assertEquals(result.article().toString().replace("evidence=[mediators]", "evidence=[]"),
                ExtractionItems.toArticle(aws.article(key)).toString());
        result.events().forEach(e -> assertEquals(e,
                ExtractionItems.toEvent(items.get(aws.eventsTable() + "/EVENT#" + e.eventId()))));

        String events = aws.eventsTable();
        assertHitsArticle(articleId, query(events, "EventsByTypeMonth", "typeMonth", "ASSAULT#2025-11",
                "eventDate", "2025-11-01", "2025-11-30"));
        assertHitsArticle(articleId, query(events, "EventsByActor", "actorMonth", "COUNTRY#ISR#2025-11",
                "eventDate", "2025-11-29", "2025-11-29"));
        assertHitsArticle(articleId, query(events, "EventsByActor", "actorMonth", "NAME#egypt#2025-11",
                "eventDate", "2025-11-01", "2025-11-30"));
        assertHitsArticle(articleId, query(events, "EventsByPlace", "placeMonth", "NAME#bani suheila#2025-11",
                "eventDate", "2025-11-01", "2025-11-30"));
        assertHitsArticle(articleId, query(events, "EventsByPlace", "placeMonth", "ADMIN1#khan yunis#2025-11",
                "eventDate", "2025-11-01", "2025-11-30"));
        assertHitsArticle(articleId, query(aws.articlesTable(), "ArticlesByTopic", "topicMonth",
                "medtop:16000000#2025-11", "publishedDate", "2025-11-01", "2025-11-30"));
        assertTrue(query(events, "EventsByTypeMonth", "typeMonth", "ASSAULT#2025-11", "eventDate",
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
        store.save(ExtractionFixtures.airstrike(BUCKET, key), FIXTURE_OBJECT, S3Events.nextSequencer());
        ExtractionResult newer = ExtractionFixtures.ceasefire(BUCKET, key);
        ObjectInfo newerObject = new ObjectInfo(100, "v2", "etag2", "text/plain", null, Instant.now());
        assertEquals(Outcome.STORED, store.save(newer, newerObject, S3Events.nextSequencer()));

        Map<String, Map<String, AttributeValue>> items = aws.allItems(key);
        List<String> sortKeys = items.keySet().stream().sorted().toList();
        assertEquals(1, aws.itemsWithPrefix(items, ExtractionItems.EVENT_PREFIX), sortKeys.toString());
        assertEquals(0, aws.itemsWithPrefix(items, "ACTOR#COUNTRY#ISR"), sortKeys.toString());
        assertEquals(0, aws.itemsWithPrefix(items, "PLACE#NAME#bani suheila"), sortKeys.toString());
        assertFalse(items.containsKey(aws.articlesTable() + "/TOPIC#medtop:16000000"), sortKeys.toString());
        assertTrue(items.containsKey(aws.articlesTable() + "/TOPIC#medtop:11000000"), sortKeys.toString());
        assertEquals(newer.events().get(0),
                ExtractionItems.toEvent(items.get(aws.eventsTable() + "/EVENT#" + newer.events().get(0).eventId())));
        assertEquals(newerObject.state(), aws.article(key).get(ExtractionItems.OBJECT_STATE).s());
        assertEquals(Outcome.UNCHANGED, store.save(newer, newerObject, S3Events.nextSequencer()),
                "the same object state again");
    }

    @Test
    void aDeleteRemovesTheArticleItsEventsAndIndexItems() {
        String key = "it/deleted-store.txt";
        ExtractionStore store = store();
        store.save(ExtractionFixtures.airstrike(BUCKET, key), FIXTURE_OBJECT, S3Events.nextSequencer());
        assertTrue(aws.allItems(key).size() > 10);
        assertEquals(Outcome.DELETED, store.delete(BUCKET, key));
        assertEquals(Map.of(), aws.allItems(key));
        assertEquals(Outcome.DELETED, store.delete(BUCKET, key), "a repeated delete");
    }
}
