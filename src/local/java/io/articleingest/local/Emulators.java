package io.articleingest.local;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import io.articleingest.handler.FunctionClients;
import io.articleingest.handler.FunctionClients.Timeouts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * DynamoDB Local and S3Proxy as HTTP servers in this JVM: what the function, the aws CLI and the
 * tests talk to instead of AWS. {@link #close()} stops both (their threads are not daemons).
 */
public final class Emulators implements AutoCloseable {

    public static final String ACCESS_KEY = "test";
    public static final String SECRET_KEY = "test";
    public static final Region REGION = Region.US_EAST_1;

    private final DynamoDBProxyServer dynamo;
    private final S3Proxy s3;
    private final URI dynamoEndpoint;
    private final URI s3Endpoint;

    private Emulators(DynamoDBProxyServer dynamo, URI dynamoEndpoint, S3Proxy s3, URI s3Endpoint) {
        this.dynamo = dynamo;
        this.dynamoEndpoint = dynamoEndpoint;
        this.s3 = s3;
        this.s3Endpoint = s3Endpoint;
    }

    /** In-memory DynamoDB and S3 on free ports. */
    public static Emulators start() {
        return start(0, 0, null, null);
    }

    /**
     * @param dynamoPort port of DynamoDB Local, 0 for a free one
     * @param s3Port     port of S3Proxy, 0 for a free one
     * @param dynamoDir  directory of DynamoDB Local's database file, null to keep tables in memory
     * @param s3Dir      directory S3Proxy stores objects in, null to keep them in memory
     */
    public static Emulators start(int dynamoPort, int s3Port, Path dynamoDir, Path s3Dir) {
        return start(dynamoPort, s3Port, dynamoDir, s3Dir, UnaryOperator.identity());
    }

    /**
     * @param decorate wraps S3Proxy's blob store, e.g. to emit S3 event notifications after each
     *                 write ({@link TriggeringBlobStore})
     */
    public static Emulators start(int dynamoPort, int s3Port, Path dynamoDir, Path s3Dir,
                                  UnaryOperator<BlobStore> decorate) {
        DynamoDBProxyServer dynamo = null;
        try {
            int port = dynamoPort == 0 ? freePort() : dynamoPort;
            String[] storage = dynamoDir == null ? new String[] {"-inMemory"}
                    : new String[] {"-dbPath", dynamoDir.toString()};
            String[] args = concat(storage, "-port", String.valueOf(port), "-sharedDb", "-disableTelemetry");
            dynamo = ServerRunner.createServerFromCommandLineArgs(args);
            dynamo.start();

            Properties blobStoreProperties = new Properties();
            if (s3Dir != null) {
                blobStoreProperties.setProperty("jclouds.filesystem.basedir", s3Dir.toString());
            }
            S3Proxy s3 = S3Proxy.builder()
                    .blobStore(decorate.apply(BlobStores.create(s3Dir == null ? "transient" : "filesystem",
                            blobStoreProperties)))
                    .endpoint(URI.create("http://127.0.0.1:" + s3Port))
                    // any credentials: sam local invoke hands the function the user's own (or placeholders)
                    .awsAuthentication(AuthenticationType.NONE, null, null)
                    .build();
            s3.start();
            awaitStarted(s3);
            return new Emulators(dynamo, URI.create("http://127.0.0.1:" + port), s3,
                    URI.create("http://127.0.0.1:" + s3.getPort()));
        } catch (Exception e) {
            stopQuietly(dynamo);
            throw new IllegalStateException("cannot start the emulators: " + e.getMessage(), e);
        }
    }

    public URI dynamoEndpoint() {
        return dynamoEndpoint;
    }

    public URI s3Endpoint() {
        return s3Endpoint;
    }

    /**
     * A client as the function builds it (its HTTP client and timeouts, {@link FunctionClients}), on
     * DynamoDB Local; {@code interceptors} see every call (tests inject faults with them).
     */
    public DynamoDbClient dynamoClient(ExecutionInterceptor... interceptors) {
        return DynamoDbClient.builder().endpointOverride(dynamoEndpoint).region(REGION)
                .credentialsProvider(credentials()).httpClient(FunctionClients.httpClient(Timeouts.DYNAMO))
                .overrideConfiguration(Timeouts.DYNAMO.configuration(b -> List.of(interceptors)
                        .forEach(b::addExecutionInterceptor)))
                .build();
    }

    /**
     * Path-style: S3Proxy serves buckets under its address, not as host names. Without "Expect:
     * 100-continue" on uploads: the JDK's URL connection and S3Proxy's Jetty now and then failed that
     * handshake ("Error writing request body to server", three attempts in a row, once in a few
     * hundred uploads); the body is small and the emulator local, so there is nothing to save by it.
     */
    public S3Client s3Client(ExecutionInterceptor... interceptors) {
        return S3Client.builder().endpointOverride(s3Endpoint).region(REGION).forcePathStyle(true)
                .serviceConfiguration(S3Configuration.builder().expectContinueEnabled(false).build())
                .credentialsProvider(credentials()).httpClient(FunctionClients.httpClient(Timeouts.S3))
                .overrideConfiguration(Timeouts.S3.configuration(b -> List.of(interceptors)
                        .forEach(b::addExecutionInterceptor)))
                .build();
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
    }

    @Override
    public void close() {
        try {
            s3.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop S3Proxy", e);
        } finally {
            stopQuietly(dynamo);
        }
    }

    private static void awaitStarted(S3Proxy s3) throws InterruptedException {
        for (int i = 0; i < 200 && !"STARTED".equals(s3.getState()); i++) {
            Thread.sleep(10);
        }
    }

    private static void stopQuietly(DynamoDBProxyServer dynamo) {
        if (dynamo != null) {
            try {
                dynamo.stop();
            } catch (Exception e) {
                // stopping is best effort; the JVM exit frees the port anyway
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] concat(String[] first, String... rest) {
        String[] all = new String[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
