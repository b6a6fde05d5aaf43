package io.articleingest.handler;

/**
 * The function's settings, from the environment the SAM template sets (and, for local runs, the
 * endpoint overrides the AWS SDK itself reads).
 *
 * @param s3EndpointOverridden an {@code AWS_ENDPOINT_URL_S3}/{@code AWS_ENDPOINT_URL} is set: local
 *                             S3 emulators need path-style addressing
 * @param extraKnowledge       {@code EXTRA_KNOWLEDGE}: a user dictionary (path or s3:// URI), or blank
 */
public record IngestConfig(String articlesTable, String eventsTable, long maxObjectBytes,
                           boolean s3EndpointOverridden, String extraKnowledge) {

    public static IngestConfig fromEnvironment() {
        return new IngestConfig(required("ARTICLES_TABLE", System.getenv("ARTICLES_TABLE")),
                required("EVENTS_TABLE", System.getenv("EVENTS_TABLE")),
                Long.parseLong(required("MAX_OBJECT_BYTES", System.getenv("MAX_OBJECT_BYTES"))),
                System.getenv("AWS_ENDPOINT_URL_S3") != null || System.getenv("AWS_ENDPOINT_URL") != null,
                System.getenv("EXTRA_KNOWLEDGE"));
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is not set");
        }
        return value;
    }
}
