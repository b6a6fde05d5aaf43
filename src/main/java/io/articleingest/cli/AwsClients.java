package io.articleingest.cli;

import io.articleingest.handler.FunctionClients;
import io.articleingest.handler.FunctionClients.Timeouts;
import java.net.URI;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * AWS clients for the tools (query, audit, invoke): AWS itself when no endpoint is given, else the
 * endpoint. An endpoint on this machine is an emulator (the local stack): it gets region
 * us-east-1 and the emulators' test credentials unless others are set, so that a printed
 * {@code AWS_ENDPOINT_URL_DYNAMODB=http://127.0.0.1:8000 … query …} works in a fresh shell.
 */
public final class AwsClients {

    public static final String LOCAL_REGION = "us-east-1";
    public static final String LOCAL_ACCESS_KEY = "test";
    public static final String LOCAL_SECRET_KEY = "test";
    private static final Set<String> LOCAL_HOSTS = Set.of("127.0.0.1", "localhost", "::1", "[::1]");

    private AwsClients() {
    }

    /** The endpoint the AWS SDK would take from the environment for a service ({@code DYNAMODB}, {@code S3}). */
    public static String endpointFromEnvironment(String service) {
        String specific = System.getenv("AWS_ENDPOINT_URL_" + service);
        return specific != null && !specific.isBlank() ? specific : System.getenv("AWS_ENDPOINT_URL");
    }

    /** A setting of the environment (table names, limits), or the fallback when unset or blank. */
    static String environment(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** With the function's timeouts and retries, so that {@code invoke} runs the handler as Lambda would. */
    public static DynamoDbClient dynamo(String endpoint) {
        return configure(FunctionClients.dynamoBuilder(FunctionClients.httpClient(Timeouts.DYNAMO)), endpoint).build();
    }

    /** Path-style addressing against an endpoint: emulators serve buckets under their address. */
    public static S3Client s3(String endpoint) {
        return configure(FunctionClients.s3Builder(FunctionClients.httpClient(Timeouts.S3)), endpoint)
                .forcePathStyle(endpoint != null && !endpoint.isBlank()).build();
    }

    static boolean isLocal(String endpoint) {
        return endpoint != null && !endpoint.isBlank() && LOCAL_HOSTS.contains(URI.create(endpoint).getHost());
    }

    private static <B extends AwsClientBuilder<B, ?>> B configure(B builder, String endpoint) {
        boolean local = isLocal(endpoint);
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        String region = firstSet(System.getenv("AWS_REGION"), System.getenv("AWS_DEFAULT_REGION"),
                local ? LOCAL_REGION : null);
        if (region != null) {
            builder.region(Region.of(region)); // AWS_DEFAULT_REGION is the aws CLI's; the Java SDK reads only AWS_REGION
        }
        if (local && System.getenv("AWS_ACCESS_KEY_ID") == null && System.getenv("AWS_PROFILE") == null) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(LOCAL_ACCESS_KEY, LOCAL_SECRET_KEY)));
        }
        return builder;
    }

    private static String firstSet(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
