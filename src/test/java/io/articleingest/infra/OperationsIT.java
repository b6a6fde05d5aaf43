package io.articleingest.infra;

import static io.articleingest.testing.EmulatedAws.invoke;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.handler.FunctionClients;
import io.articleingest.handler.FunctionClients.Timeouts;
import io.articleingest.handler.IngestHandler;
import io.articleingest.local.Emulators;
import io.articleingest.local.LocalContext;
import io.articleingest.local.SamTemplate;
import io.articleingest.testing.EmulatedAws;
import io.articleingest.testing.OnEmulatedAws;
import io.articleingest.testing.FaultInjector;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** What the function does to its surroundings: the calls it makes, what it logs, how long a dead endpoint holds it. */
class OperationsIT extends OnEmulatedAws {

    /** The IAM action each SDK operation needs. */
    private static final Map<String, String> ACTION_OF = Map.of("HeadObject", "s3:GetObject", "GetObject",
            "s3:GetObject", "GetItem", "dynamodb:GetItem", "PutItem", "dynamodb:PutItem", "UpdateItem",
            "dynamodb:UpdateItem", "DeleteItem", "dynamodb:DeleteItem", "Query", "dynamodb:Query", "BatchWriteItem",
            "dynamodb:BatchWriteItem");
    /** Granted for what the emulators cannot show: version reads (S3Proxy keeps no versions), 404s, the destination. */
    private static final Set<String> NOT_SEEN_LOCALLY = Set.of("s3:GetObjectVersion", "s3:ListBucket", "sqs:SendMessage");
    private static final String SECRET_WORDS = "Zanzibarian Quokkaville";


    @Test
    void thePolicyGrantsExactlyWhatTheHandlerCalls() {
        FaultInjector dynamoCalls = new FaultInjector();
        FaultInjector s3Calls = new FaultInjector();
        IngestHandler handler = aws.handler(List.of(dynamoCalls), List.of(s3Calls));
        byte[] first = "Talks resumed\n\nEgyptian mediators met Hamas officials in Cairo on Monday.\n".getBytes();
        byte[] second = "Talks ended\n\nQatar hosted the last round in Doha on Friday, officials said.\n".getBytes();
        String key = "ops/lifecycle.txt";
        aws.uploadAndNotify(handler, key, first);                          // store
        aws.uploadAndNotify(handler, key, first);                          // unchanged
        aws.uploadAndNotify(handler, key, second);                         // overwrite
        aws.deleteObject(key);
        invoke(handler, EmulatedAws.removed(key, null));                  // delete
        aws.uploadAndNotify(handler, "ops/rejected.pdf", new byte[] {1}); // rejected

        Set<String> used = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        for (String op : union(dynamoCalls.operations(), s3Calls.operations())) {
            if (ACTION_OF.containsKey(op)) {
                used.add(ACTION_OF.get(op));
            } else {
                unknown.add(op);
            }
        }
        assertEquals(List.of(), unknown, "calls without a known IAM action: add them here and to the policy");
        Set<String> expected = new TreeSet<>(used);
        expected.addAll(NOT_SEEN_LOCALLY);
        assertEquals(new TreeSet<>(TemplateTest.HANDLER_ACTIONS), expected, "policy actions vs calls made");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void aCreateTableRetriedAfterItsFirstAttemptMadeTheTableFindsItsTable() {
        SamTemplate template = SamTemplate.load();
        template.createTable(aws.dynamo(), "ArticlesTable", "ops-retried");
        template.createTable(aws.dynamo(), "ArticlesTable", "ops-retried"); // as the SDK's second attempt does
        assertTrue(aws.dynamo().listTables().tableNames().contains("ops-retried"));
    }

    @Test
    void noArticleTextReachesTheLogs() {
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        LocalContext context = new LocalContext(new PrintStream(logs, true, StandardCharsets.UTF_8));
        String text = SECRET_WORDS + " talks\n\nThe " + SECRET_WORDS + " envoy met Hamas officials in Cairo.\n";
        for (String key : List.of("ops/log.txt", "ops/log.json", "ops/log.html")) {
            byte[] content = (key.endsWith(".json") ? "{\"title\": " + SECRET_WORDS + "}" : text)
                    .getBytes(StandardCharsets.UTF_8);
            aws.upload(key, content);
            aws.handler().handleRequest(EmulatedAws.created(key, content.length, aws.upload(key, content)), context);
        }
        String logged = logs.toString(StandardCharsets.UTF_8);
        assertTrue(logged.contains("\"key\":\"ops/log.json\"") && logged.contains("invalid JSON"), logged);
        assertFalse(logged.contains("Zanzibarian") || logged.contains("Quokkaville"), logged);
        logged.lines().forEach(l -> assertTrue(l.startsWith("{") && l.contains("\"requestId\""), l));
        assertTrue(logged.lines().anyMatch(l -> l.contains("\"_aws\"") && l.contains("\"ArticlesProcessed\":1")),
                "an EMF metrics line per invocation");
    }

    @Test
    void anObjectOverTheLimitIsRefusedWithoutDownloadingIt() {
        FaultInjector s3Calls = new FaultInjector();
        byte[] big = "Talks resumed in Cairo on Monday. ".repeat(100).getBytes(StandardCharsets.UTF_8);
        IngestHandler small = new IngestHandler(new io.articleingest.store.S3ObjectSource(
                aws.emulators().s3Client(s3Calls)), aws.store(aws.dynamo()), EmulatedAws.PIPELINE, 100);
        assertEquals(Map.of("rejected", 1), aws.uploadAndNotify(small, "ops/too-large.txt", big));
        assertEquals(0, s3Calls.calls("GetObject"), "the object was downloaded");
        assertTrue(s3Calls.calls("HeadObject") >= 1);
    }

    @Test
    void anEndpointThatAcceptsAndNeverAnswersFailsTheCallWithinItsTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept()); // and never answer
                    }
                } catch (java.io.IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Timeouts shortened = new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(3));
            DynamoDbClient dynamo = DynamoDbClient.builder().endpointOverride(URI.create("http://127.0.0.1:"
                            + silent.getLocalPort())).region(Emulators.REGION)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                    .httpClient(FunctionClients.httpClient(shortened)).overrideConfiguration(shortened.configuration(b -> { }))
                    .build();
            long t0 = System.nanoTime();
            assertThrows(SdkClientException.class, () -> dynamo.listTables());
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("a silent endpoint failed the call after %.1f s (call timeout 3 s; the SDK default waits"
                    + " 30 s per attempt)%n", seconds);
            assertTrue(seconds < 10, "the call hung for " + seconds + " s");
            assertFalse(accepted.isEmpty(), "the client never reached the silent endpoint");
        }
    }
}
