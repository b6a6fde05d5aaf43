package io.articleingest.handler;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import io.articleingest.pipeline.Pipeline;
import io.articleingest.store.DynamoDbExtractionStore;
import io.articleingest.store.S3ObjectSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What the SnapStart snapshot should hold besides loaded dictionaries: the handler's whole path —
 * S3 event → HEAD → GET → parse, classify, extract → lease, conditional writes, batch writes,
 * release — run {@value #ROUNDS} times on a built-in article ({@code priming/article.html}, our own
 * text), through S3 and DynamoDB clients built as the function builds them but on a
 * {@link CannedHttpClient}, so that the SDK's signing, marshalling and unmarshalling classes are
 * loaded and the hot methods compiled, and no request leaves the JVM. The real clients are not
 * used: they would open connections that a restored snapshot cannot reuse.
 */
final class Priming {

    /** Enough rounds for the pipeline's hot methods to reach the JIT; each takes milliseconds once warm. */
    static final int ROUNDS = 20;
    static final String BUCKET = "article-ingest-priming";
    static final String KEY = "priming/article.html";

    /**
     * @param summaries the handler's return value for each round
     * @param requests  every request the canned client answered
     * @param lastLog   the handler's log lines of the last round
     */
    record Report(List<String> summaries, List<String> requests, List<String> lastLog) {
    }

    private Priming() {
    }

    static Report run(Pipeline pipeline, long maxObjectBytes) {
        byte[] article = builtInArticle();
        CannedHttpClient http = new CannedHttpClient(article, "text/html; charset=utf-8");
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create("priming", "priming"));
        try (S3Client s3 = FunctionClients.s3Builder(http).region(Region.US_EAST_1).credentialsProvider(credentials)
                .build();
             DynamoDbClient dynamo = FunctionClients.dynamoBuilder(http).region(Region.US_EAST_1)
                     .credentialsProvider(credentials).build()) {
            IngestHandler handler = new IngestHandler(new S3ObjectSource(s3), new DynamoDbExtractionStore(dynamo,
                    "priming-articles", "priming-events", Clock.systemUTC()), pipeline, maxObjectBytes);
            List<String> summaries = new ArrayList<>();
            List<String> log = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                log.clear();
                summaries.add(handler.handleRequest(event(article.length), new PrimingContext(log)));
            }
            return new Report(summaries, http.requests(), List.copyOf(log));
        }
    }

    private static byte[] builtInArticle() {
        try (InputStream in = Priming.class.getClassLoader().getResourceAsStream(KEY)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource missing: " + KEY);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + KEY, e);
        }
    }

    private static S3Event event(long size) {
        S3EventNotification.S3ObjectEntity object = new S3EventNotification.S3ObjectEntity(KEY, size,
                "00000000000000000000000000000000", null, "0000000000000000A1");
        S3EventNotification.S3Entity s3 = new S3EventNotification.S3Entity("priming",
                new S3EventNotification.S3BucketEntity(BUCKET, null, "arn:aws:s3:::" + BUCKET), object, "1.0");
        return new S3Event(List.of(new S3EventNotification.S3EventNotificationRecord("us-east-1",
                "ObjectCreated:Put", "aws:s3", "2025-03-04T10:00:00.000Z", "2.1", null, null, s3, null)));
    }

    /** A Lambda context that is its own logger: it keeps the lines, so that priming does not fill the function's logs. */
    private record PrimingContext(List<String> lines) implements Context, LambdaLogger {

        @Override
        public String getAwsRequestId() {
            return "priming";
        }

        @Override
        public String getLogGroupName() {
            return null;
        }

        @Override
        public String getLogStreamName() {
            return null;
        }

        @Override
        public String getFunctionName() {
            return null;
        }

        @Override
        public String getFunctionVersion() {
            return null;
        }

        @Override
        public String getInvokedFunctionArn() {
            return null;
        }

        @Override
        public CognitoIdentity getIdentity() {
            return null;
        }

        @Override
        public ClientContext getClientContext() {
            return null;
        }

        @Override
        public int getRemainingTimeInMillis() {
            return (int) IngestHandler.FUNCTION_TIMEOUT.toMillis();
        }

        @Override
        public int getMemoryLimitInMB() {
            return 0;
        }

        @Override
        public LambdaLogger getLogger() {
            return this;
        }

        @Override
        public void log(String message) {
            lines.add(message.strip());
        }

        @Override
        public void log(byte[] message) {
            log(new String(message, StandardCharsets.UTF_8));
        }
    }
}
