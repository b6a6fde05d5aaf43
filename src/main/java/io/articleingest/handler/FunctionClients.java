package io.articleingest.handler;

import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The function's AWS clients: the light url-connection HTTP client, and timeouts on every call so
 * that an endpoint that accepts and never answers fails the call (and Lambda retries the event)
 * instead of eating the function's whole timeout. The SDK's standard retry mode (3 attempts with
 * jittered backoff) absorbs short throttling; beyond it the invocation fails and Lambda retries
 * the event later. A stuck endpoint costs one call timeout — a DynamoDB call {@value #DYNAMO_CALL_SECONDS} s,
 * an S3 call (a GET of up to 10 MB) {@value #S3_CALL_SECONDS} s — and the invocation fails with most of
 * its 120 s left, instead of timing out with nothing logged.
 */
public final class FunctionClients {

    /** Connection set-up; an endpoint that cannot be reached fails fast. */
    public static final int CONNECT_SECONDS = 2;
    /** One attempt of a DynamoDB call: a BatchWriteItem of 25 items takes milliseconds. */
    public static final int DYNAMO_ATTEMPT_SECONDS = 5;
    public static final int DYNAMO_CALL_SECONDS = 15;
    /** One attempt of an S3 call: downloading MAX_OBJECT_BYTES (10 MiB) in-region takes well under a second. */
    public static final int S3_ATTEMPT_SECONDS = 10;
    public static final int S3_CALL_SECONDS = 25;

    /** Timeouts of one client: per attempt and per call, all retries included. */
    public record Timeouts(Duration attempt, Duration call) {
        public static final Timeouts DYNAMO = new Timeouts(Duration.ofSeconds(DYNAMO_ATTEMPT_SECONDS),
                Duration.ofSeconds(DYNAMO_CALL_SECONDS));
        public static final Timeouts S3 = new Timeouts(Duration.ofSeconds(S3_ATTEMPT_SECONDS),
                Duration.ofSeconds(S3_CALL_SECONDS));

        /** The SDK client settings; {@code more} adds to them (tests add fault-injecting interceptors). */
        public ClientOverrideConfiguration configuration(Consumer<ClientOverrideConfiguration.Builder> more) {
            ClientOverrideConfiguration.Builder b = ClientOverrideConfiguration.builder()
                    .retryStrategy(RetryMode.STANDARD).apiCallAttemptTimeout(attempt).apiCallTimeout(call);
            more.accept(b);
            return b.build();
        }
    }

    private FunctionClients() {
    }

    /** Socket reads time out with the attempt, so a silent endpoint never holds a thread beyond it. */
    public static SdkHttpClient httpClient(Timeouts timeouts) {
        return UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(CONNECT_SECONDS))
                .socketTimeout(timeouts.attempt()).build();
    }

    /**
     * DynamoDB with the environment's region and credentials.
     *
     * @param endpoint an emulator instead of AWS, or null for the SDK's own choice (which honours
     *                 {@code AWS_ENDPOINT_URL_DYNAMODB})
     */
    public static DynamoDbClient dynamo(URI endpoint) {
        return dynamoBuilder(httpClient(Timeouts.DYNAMO)).endpointOverride(endpoint).build();
    }

    /** DynamoDB's settings on another HTTP client (SnapStart priming answers from memory). */
    public static DynamoDbClientBuilder dynamoBuilder(SdkHttpClient http) {
        return DynamoDbClient.builder().httpClient(http).overrideConfiguration(Timeouts.DYNAMO.configuration(b -> { }));
    }

    /**
     * @param endpoint  an emulator instead of AWS, or null (as for {@link #dynamo})
     * @param pathStyle true for local S3 emulators, which serve buckets under their address
     */
    public static S3Client s3(URI endpoint, boolean pathStyle) {
        return s3Builder(httpClient(Timeouts.S3)).endpointOverride(endpoint).forcePathStyle(pathStyle).build();
    }

    /** S3's settings on another HTTP client (as {@link #dynamoBuilder}). */
    public static S3ClientBuilder s3Builder(SdkHttpClient http) {
        return S3Client.builder().httpClient(http).overrideConfiguration(Timeouts.S3.configuration(b -> { }));
    }
}
