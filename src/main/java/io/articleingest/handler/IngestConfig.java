package io.articleingest.handler;

import java.net.URI;

/**
 * The function's settings, from the environment the SAM template sets.
 *
 * @param s3Endpoint       {@code S3_ENDPOINT_URL}: an S3 emulator to use instead of AWS (local runs), or
 *                         null. Also honoured: the SDK's own {@code AWS_ENDPOINT_URL_S3}.
 * @param dynamoEndpoint   {@code DYNAMODB_ENDPOINT_URL}: likewise for DynamoDB, or null
 * @param s3PathStyle      an S3 endpoint is overridden (by either variable): emulators need path-style
 * @param extraKnowledge   {@code EXTRA_KNOWLEDGE}: a user dictionary (path or s3:// URI), or blank
 */
public record IngestConfig(String articlesTable, String eventsTable, long maxObjectBytes, URI s3Endpoint,
                           URI dynamoEndpoint, boolean s3PathStyle, String extraKnowledge) {

    public static IngestConfig fromEnvironment() {
        URI s3 = endpoint("S3_ENDPOINT_URL");
        return new IngestConfig(required("ARTICLES_TABLE", System.getenv("ARTICLES_TABLE")),
                required("EVENTS_TABLE", System.getenv("EVENTS_TABLE")),
                Long.parseLong(required("MAX_OBJECT_BYTES", System.getenv("MAX_OBJECT_BYTES"))),
                s3, endpoint("DYNAMODB_ENDPOINT_URL"),
                s3 != null || isSet("AWS_ENDPOINT_URL_S3") || isSet("AWS_ENDPOINT_URL"),
                System.getenv("EXTRA_KNOWLEDGE"));
    }

    /** Declared in the template with an empty default, which means AWS's own endpoint. */
    private static URI endpoint(String name) {
        return isSet(name) ? URI.create(System.getenv(name).strip()) : null;
    }

    private static boolean isSet(String name) {
        String value = System.getenv(name);
        return value != null && !value.isBlank();
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is not set");
        }
        return value;
    }
}
