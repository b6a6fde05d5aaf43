package io.articleingest.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

/**
 * The SAM template as data, so that tests and the local stack build what it declares (tables,
 * environment, S3 event filters) instead of restating it. CloudFormation short tags ({@code !Ref
 * X}, {@code !GetAtt X.Y}, {@code !Sub …}) are read as their long forms ({@code {"Ref": "X"}},
 * {@code {"Fn::GetAtt": ["X", "Y"]}}, {@code {"Fn::Sub": …}}).
 */
public final class SamTemplate {

    public static final String FUNCTION = "AWS::Serverless::Function";
    public static final String TABLE = "AWS::DynamoDB::Table";
    public static final String BUCKET = "AWS::S3::Bucket";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An S3 event source of a function: which bucket, which event types, which key filter. */
    public record S3EventSource(String name, String bucketLogicalId, List<String> events, String prefix,
                                String suffix) {

        /** Whether S3 would deliver an event of this name ({@code ObjectCreated:Put}) for this key. */
        public boolean matches(String eventName, String key) {
            String qualified = eventName.startsWith("s3:") ? eventName : "s3:" + eventName;
            boolean typeMatches = events.stream().anyMatch(e -> e.endsWith(":*")
                    ? qualified.startsWith(e.substring(0, e.length() - 1)) : qualified.equals(e));
            return typeMatches && (prefix == null || key.startsWith(prefix)) && (suffix == null || key.endsWith(suffix));
        }
    }

    private final JsonNode root;

    private SamTemplate(JsonNode root) {
        this.root = root;
    }

    /** The project's template.yaml, found from the working directory (Maven runs tests in the project root). */
    public static SamTemplate load() {
        return load(Path.of("template.yaml"));
    }

    public static SamTemplate load(Path path) {
        try (Reader reader = Files.newBufferedReader(path)) {
            Object yaml = new Yaml(new IntrinsicFunctionConstructor()).load(reader);
            return new SamTemplate(JSON.valueToTree(yaml));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path.toAbsolutePath(), e);
        }
    }

    public JsonNode root() {
        return root;
    }

    /** Logical id → resource, in template order. */
    public Map<String, JsonNode> resources(String type) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        root.path("Resources").fields().forEachRemaining(e -> {
            if (type.equals(e.getValue().path("Type").asText())) {
                out.put(e.getKey(), e.getValue());
            }
        });
        return out;
    }

    public JsonNode resource(String logicalId) {
        JsonNode resource = root.path("Resources").get(logicalId);
        if (resource == null) {
            throw new IllegalArgumentException("no resource " + logicalId + " in the template");
        }
        return resource;
    }

    /** A function property, falling back to {@code Globals.Function} as SAM does. */
    public JsonNode functionProperty(String functionId, String name) {
        JsonNode own = resource(functionId).path("Properties").get(name);
        return own != null ? own : root.path("Globals").path("Function").path(name);
    }

    /** Environment variables of a function (Globals merged with its own), values unresolved. */
    public Map<String, JsonNode> environment(String functionId) {
        Map<String, JsonNode> vars = new LinkedHashMap<>();
        root.path("Globals").path("Function").path("Environment").path("Variables").fields()
                .forEachRemaining(e -> vars.put(e.getKey(), e.getValue()));
        resource(functionId).path("Properties").path("Environment").path("Variables").fields()
                .forEachRemaining(e -> vars.put(e.getKey(), e.getValue()));
        return vars;
    }

    /**
     * Environment variables with {@code Ref}s resolved: to {@code refs} (e.g. logical table id →
     * local table name), else to the referenced parameter's default.
     */
    public Map<String, String> environment(String functionId, Map<String, String> refs) {
        Map<String, String> resolved = new LinkedHashMap<>();
        environment(functionId).forEach((name, value) -> resolved.put(name, resolve(value, refs)));
        return resolved;
    }

    private String resolve(JsonNode value, Map<String, String> refs) {
        if (value.isValueNode()) {
            return value.asText();
        }
        String ref = value.path("Ref").asText(null);
        if (ref == null) {
            throw new IllegalArgumentException("only literals and Ref are resolved locally, not " + value);
        }
        if (refs.containsKey(ref)) {
            return refs.get(ref);
        }
        JsonNode parameter = root.path("Parameters").get(ref);
        if (parameter == null || !parameter.has("Default")) {
            throw new IllegalArgumentException("no local value for Ref " + ref);
        }
        return parameter.get("Default").asText();
    }

    /** The logical id a {@code Ref} names, or null when the value is not a Ref. */
    public static String refTarget(JsonNode value) {
        return value == null ? null : value.path("Ref").asText(null);
    }

    /** The function's S3 event sources, with their key filters. */
    public List<S3EventSource> s3EventSources(String functionId) {
        List<S3EventSource> sources = new ArrayList<>();
        resource(functionId).path("Properties").path("Events").fields().forEachRemaining(e -> {
            JsonNode source = e.getValue();
            if (!"S3".equals(source.path("Type").asText())) {
                return;
            }
            JsonNode props = source.path("Properties");
            List<String> events = new ArrayList<>();
            if (props.path("Events").isArray()) {
                props.path("Events").forEach(n -> events.add(n.asText()));
            } else {
                events.add(props.path("Events").asText());
            }
            String prefix = null;
            String suffix = null;
            for (JsonNode rule : props.path("Filter").path("S3Key").path("Rules")) {
                String name = rule.path("Name").asText().toLowerCase(Locale.ROOT);
                if (name.equals("prefix")) {
                    prefix = rule.path("Value").asText();
                } else if (name.equals("suffix")) {
                    suffix = rule.path("Value").asText();
                }
            }
            sources.add(new S3EventSource(e.getKey(), refTarget(props.get("Bucket")), List.copyOf(events),
                    prefix, suffix));
        });
        return sources;
    }

    /**
     * The environment of the template's (one) function on freshly created tables named
     * {@code prefix + logical id}: what a test or the cold-start harness hands the handler.
     */
    public Map<String, String> functionEnvironmentOnNewTables(DynamoDbClient dynamo, String prefix) {
        Map<String, String> tableNames = new HashMap<>();
        resources(TABLE).keySet().forEach(id -> {
            tableNames.put(id, prefix + id);
            createTable(dynamo, id, prefix + id);
        });
        return environment(resources(FUNCTION).keySet().iterator().next(), tableNames);
    }

    /**
     * Creates the table as declared. A CreateTable the SDK retried after its first attempt timed
     * out on a busy machine finds the table that attempt made: that is the table asked for.
     */
    public void createTable(DynamoDbClient dynamo, String tableLogicalId, String tableName) {
        try {
            dynamo.createTable(createTableRequest(tableLogicalId, tableName));
        } catch (ResourceInUseException madeByAnEarlierAttempt) {
            dynamo.describeTable(b -> b.tableName(tableName)); // fails if it is not there after all
        }
    }

    /** The table as declared (billing mode, keys, attribute definitions, GSIs), under a local name. */
    public CreateTableRequest createTableRequest(String tableLogicalId, String tableName) {
        JsonNode props = resource(tableLogicalId).path("Properties");
        List<AttributeDefinition> attributes = new ArrayList<>();
        props.path("AttributeDefinitions").forEach(a -> attributes.add(AttributeDefinition.builder()
                .attributeName(a.path("AttributeName").asText()).attributeType(a.path("AttributeType").asText())
                .build()));
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        props.path("GlobalSecondaryIndexes").forEach(gsi -> {
            JsonNode projection = gsi.path("Projection");
            List<String> nonKey = new ArrayList<>();
            projection.path("NonKeyAttributes").forEach(n -> nonKey.add(n.asText()));
            indexes.add(GlobalSecondaryIndex.builder().indexName(gsi.path("IndexName").asText())
                    .keySchema(keySchema(gsi.path("KeySchema")))
                    .projection(Projection.builder().projectionType(projection.path("ProjectionType").asText("ALL"))
                            .nonKeyAttributes(nonKey.isEmpty() ? null : nonKey).build())
                    .provisionedThroughput(throughput(gsi.get("ProvisionedThroughput")))
                    .build());
        });
        return CreateTableRequest.builder().tableName(tableName)
                .billingMode(props.path("BillingMode").asText("PROVISIONED"))
                .provisionedThroughput(throughput(props.get("ProvisionedThroughput")))
                .attributeDefinitions(attributes).keySchema(keySchema(props.path("KeySchema")))
                .globalSecondaryIndexes(indexes.isEmpty() ? null : indexes)
                .build();
    }

    private static List<KeySchemaElement> keySchema(JsonNode declared) {
        List<KeySchemaElement> keys = new ArrayList<>();
        declared.forEach(k -> keys.add(KeySchemaElement.builder().attributeName(k.path("AttributeName").asText())
                .keyType(k.path("KeyType").asText()).build()));
        return keys;
    }

    private static ProvisionedThroughput throughput(JsonNode declared) {
        return declared == null ? null : ProvisionedThroughput.builder()
                .readCapacityUnits(declared.path("ReadCapacityUnits").asLong())
                .writeCapacityUnits(declared.path("WriteCapacityUnits").asLong()).build();
    }

    /** Reads {@code !Ref}, {@code !GetAtt}, {@code !Sub}… as the long-form intrinsic functions. */
    private static final class IntrinsicFunctionConstructor extends SafeConstructor {

        IntrinsicFunctionConstructor() {
            super(new LoaderOptions());
            yamlMultiConstructors.put("!", new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    String tag = node.getTag().getValue().substring(1);
                    Object value;
                    if (node instanceof ScalarNode scalar) {
                        value = constructScalar(scalar);
                    } else if (node instanceof SequenceNode sequence) {
                        value = constructSequence(sequence);
                    } else {
                        value = constructMapping((MappingNode) node);
                    }
                    if (tag.equals("GetAtt") && value instanceof String dotted) {
                        value = List.of(dotted.split("\\.", 2));
                    }
                    String function = tag.equals("Ref") || tag.equals("Condition") ? tag : "Fn::" + tag;
                    return Map.of(function, value);
                }
            });
        }
    }
}
