package io.articleingest.local;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articleingest.cli.Arguments;
import io.articleingest.cli.AuditCommand;
import io.articleingest.cli.AwsClients;
import io.articleingest.cli.Command;
import io.articleingest.cli.CommandSpec;
import io.articleingest.cli.EventTable;
import io.articleingest.handler.IngestHandler;
import io.articleingest.pipeline.Pipeline;
import io.articleingest.store.DynamoDbExtractionStore;
import io.articleingest.store.EventQueries;
import io.articleingest.store.S3ObjectSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code sam local invoke IngestFunction -e EVENT --env-vars events/env.json}, without Docker:
 * the function's settings come from the same env-vars file ({@code host.docker.internal}, Docker's
 * name for this machine, becomes 127.0.0.1), the event is read by the Lambda runtime's serializer,
 * the handler runs once per file, and the article and events it stored are printed. With no
 * endpoints in the file, the AWS SDK's defaults apply: a real account.
 */
public final class LocalInvoke implements Command {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CommandSpec SPEC = CommandSpec.of("invoke",
                    "Runs the function once per S3 event file, as sam local invoke does, and prints what it stored.")
            .synopsis("EVENT_FILE... [--env-vars FILE]")
            .option("--env-vars", "FILE", "sam's env-vars file with the function's variables (default events/env.json)")
            .operands(1, Integer.MAX_VALUE, "EVENT_FILE...");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws IOException {
        Map<String, String> settings = settings(Path.of(args.value("--env-vars", "events/env.json")));
        DynamoDbClient dynamo = AwsClients.dynamo(settings.get("DYNAMODB_ENDPOINT_URL"));
        String articlesTable = required(settings, "ARTICLES_TABLE");
        String eventsTable = required(settings, "EVENTS_TABLE");
        IngestHandler handler = new IngestHandler(new S3ObjectSource(AwsClients.s3(settings.get("S3_ENDPOINT_URL"))),
                new DynamoDbExtractionStore(dynamo, articlesTable, eventsTable, Clock.systemUTC()),
                Pipeline.standard(), Long.parseLong(settings.getOrDefault("MAX_OBJECT_BYTES", String.valueOf(AuditCommand.DEFAULT_MAX_OBJECT_BYTES))));
        EventQueries queries = new EventQueries(dynamo, articlesTable, eventsTable);
        for (Path file : args.operandPaths()) {
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
    static Map<String, String> settings(Path envVars) throws IOException {
        Map<String, String> settings = new HashMap<>();
        JsonNode root = JSON.readTree(Files.readString(envVars));
        JsonNode vars = root.size() == 1 ? root.elements().next() : root.path("Parameters");
        vars.fields().forEachRemaining(e -> settings.put(e.getKey(),
                e.getValue().asText().replace("host.docker.internal", "127.0.0.1")));
        return settings;
    }

    private static String required(Map<String, String> settings, String name) {
        String value = settings.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the env-vars file sets no " + name);
        }
        return value;
    }
}
