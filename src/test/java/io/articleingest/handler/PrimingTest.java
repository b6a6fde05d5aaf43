package io.articleingest.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articleingest.testing.EmulatedAws;
import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The SnapStart checkpoint hook runs the handler's whole path on its built-in article, and stays in the JVM. */
class PrimingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Sees every connection the url-connection HTTP client (the function's) opens: HttpURLConnection
     * asks the default proxy selector before connecting.
     */
    private final List<URI> connections = Collections.synchronizedList(new ArrayList<>());
    private ProxySelector previous;

    @BeforeEach
    void watchConnections() {
        previous = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                connections.add(uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
                // the watched call fails on its own
            }
        });
    }

    @AfterEach
    void restore() {
        ProxySelector.setDefault(previous);
    }

    @Test
    void primingRunsTheWholePipelineAndStoresTheBuiltInArticlesEvents() throws IOException {
        Priming.Report report = Priming.run(EmulatedAws.PIPELINE, 10L << 20);

        assertEquals(Priming.ROUNDS, report.summaries().size());
        report.summaries().forEach(summary -> assertEquals("{\"stored\":1}", summary));
        JsonNode reconciled = null;
        for (String line : report.lastLog()) {
            JsonNode node = JSON.readTree(line);
            if ("object reconciled".equals(node.path("message").asText())) {
                reconciled = node;
            }
        }
        assertTrue(reconciled != null, String.join("\n", report.lastLog()));
        assertEquals("PROCESSED", reconciled.path("status").asText(), reconciled.toString());
        assertTrue(reconciled.path("eventCount").asInt() > 0, reconciled.toString());
        List<String> requests = report.requests();
        for (String expected : List.of("S3 HEAD", "S3 GET", "DynamoDB_20120810.GetItem", "DynamoDB_20120810.PutItem",
                "DynamoDB_20120810.BatchWriteItem", "DynamoDB_20120810.DeleteItem")) {
            assertTrue(requests.contains(expected), expected + " not in " + requests);
        }
    }

    @Test
    void primingOpensNoConnection() {
        Priming.run(EmulatedAws.PIPELINE, 10L << 20);

        assertEquals(List.of(), connections);
    }

    /** Without this, {@link #primingOpensNoConnection} could pass because the watch sees nothing. */
    @Test
    void theWatchSeesTheFunctionsHttpClientConnect() {
        try (S3Client s3 = FunctionClients.s3Builder(FunctionClients.httpClient(FunctionClients.Timeouts.S3))
                .endpointOverride(URI.create("http://127.0.0.1:9")).forcePathStyle(true).region(Region.US_EAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create()).build()) {
            assertThrows(SdkClientException.class, () -> s3.headObject(r -> r.bucket("b").key("k")));
        }

        assertFalse(connections.isEmpty());
        assertEquals(9, connections.get(0).getPort(), connections.toString());
    }
}
