package io.articleingest.local;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articleingest.cli.EventTable;
import io.articleingest.handler.AwsClients;
import io.articleingest.handler.AwsClients.Timeouts;
import io.articleingest.handler.IngestHandler;
import io.articleingest.pipeline.Pipeline;
import io.articleingest.store.DynamoDbExtractionStore;
import io.articleingest.store.EventQueries;
import io.articleingest.store.S3ObjectSource;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * {@code sam local invoke IngestFunction -e EVENT --env-vars events/env.json}, without Docker:
 * the function's settings come from the same env-vars file ({@code host.docker.internal}, Docker's
 * name for this machine, becomes 127.0.0.1), the event is read by the Lambda runtime's serializer,
 * the handler runs once per file, and the article and events it stored are printed. With no
 * endpoints in the file, the AWS SDK's defaults apply: a real account.
 */
public final class LocalInvoke {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalInvoke() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Path envVars = Path.of("events/env.json");
        List<Path> events = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--env-vars")) {
                envVars = Path.of(args[++i]);
            } else {
                events.add(Path.of(args[i]));
            }
        }
        if (events.isEmpty()) {
            err.println("usage: invoke EVENT_FILE... [--env-vars events/env.json]");
            return 2;
        }
        Map<String, String> settings = settings(envVars);
        S3Client s3 = s3Client(settings);
        DynamoDbClient dynamo = dynamoClient(settings.get("AWS_ENDPOINT_URL_DYNAMODB"), settings.get("AWS_REGION"),
                settings.get("AWS_ACCESS_KEY_ID"), settings.get("AWS_SECRET_ACCESS_KEY"));
        IngestHandler handler = new IngestHandler(new S3ObjectSource(s3),
                new DynamoDbExtractionStore(dynamo, settings.get("ARTICLES_TABLE"), settings.get("EVENTS_TABLE"),
                        Clock.systemUTC()),
                Pipeline.standard(), Long.parseLong(settings.getOrDefault("MAX_OBJECT_BYTES", "10485760")));
        EventQueries queries = new EventQueries(dynamo, settings.get("ARTICLES_TABLE"), settings.get("EVENTS_TABLE"));
        for (Path file : events) {
            S3Event event = S3Events.parse(Files.readString(file));
            String result = handler.handleRequest(event, new LocalContext(err));
            out.println(file + ": " + result);
            if (event.getRecords() == null) {
                continue;
            }
            for (var r : event.getRecords()) {
                String bucket = r.getS3().getBucket().getName();
                String key = r.getS3().getObject().getUrlDecodedKey();
                var article = queries.articleOf(bucket, key);
                if (article.isEmpty()) {
                    out.printf("== %s: no article stored (deleted, or the object does not exist)%n", key);
                } else {
                    out.println("== " + EventTable.summary(article.get()));
                    EventTable.printEvents(out, queries.eventsOf(article.get().articleId()));
                }
            }
        }
        return 0;
    }

    /** The function's variables from an env-vars file ({"IngestFunction": {…}} or {"Parameters": {…}}). */
    static Map<String, String> settings(Path envVars) throws Exception {
        Map<String, String> settings = new HashMap<>();
        JsonNode root = JSON.readTree(envVars.toFile());
        JsonNode vars = root.size() == 1 ? root.elements().next() : root.path("Parameters");
        vars.fields().forEachRemaining(e -> settings.put(e.getKey(),
                e.getValue().asText().replace("host.docker.internal", "127.0.0.1")));
        return settings;
    }

    static S3Client s3Client(Map<String, String> settings) {
        S3ClientBuilder b = S3Client.builder().httpClient(AwsClients.httpClient(Timeouts.S3))
                .overrideConfiguration(Timeouts.S3.configuration(o -> { }));
        String endpoint = settings.get("AWS_ENDPOINT_URL_S3");
        if (endpoint != null && !endpoint.isBlank()) {
            b.endpointOverride(URI.create(endpoint)).forcePathStyle(true);
        }
        configure(settings.get("AWS_REGION"), settings.get("AWS_ACCESS_KEY_ID"), settings.get("AWS_SECRET_ACCESS_KEY"),
                b::region, b::credentialsProvider);
        return b.build();
    }

    static DynamoDbClient dynamoClient(String endpoint, String region, String accessKey, String secretKey) {
        DynamoDbClientBuilder b = DynamoDbClient.builder().httpClient(AwsClients.httpClient(Timeouts.DYNAMO))
                .overrideConfiguration(Timeouts.DYNAMO.configuration(o -> { }));
        if (endpoint != null && !endpoint.isBlank()) {
            b.endpointOverride(URI.create(endpoint));
        }
        configure(region, accessKey, secretKey, b::region, b::credentialsProvider);
        return b.build();
    }

    private static void configure(String region, String accessKey, String secretKey,
                                  java.util.function.Consumer<Region> setRegion,
                                  java.util.function.Consumer<StaticCredentialsProvider> setCredentials) {
        if (region != null && !region.isBlank()) {
            setRegion.accept(Region.of(region));
        }
        if (accessKey != null && !accessKey.isBlank() && secretKey != null) {
            setCredentials.accept(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)));
        }
    }
}
