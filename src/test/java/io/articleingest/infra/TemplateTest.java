package io.articleingest.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articleingest.handler.FunctionClients;
import io.articleingest.local.SamTemplate;
import io.articleingest.local.SamTemplate.S3EventSource;
import io.articleingest.pipeline.ArticleParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The SAM template agrees with the code it deploys. */
class TemplateTest {

    private static final Pattern GETENV = Pattern.compile("System\\.getenv\\(\"([A-Za-z0-9_]+)\"\\)");

    private final SamTemplate template = SamTemplate.load();

    private List<String> functions() {
        List<String> ids = new ArrayList<>(template.resources(SamTemplate.FUNCTION).keySet());
        assertFalse(ids.isEmpty(), "the template declares no function");
        return ids;
    }

    @Test
    void everyHandlerNamesACompiledClassWithItsMethod() throws Exception {
        for (String fn : functions()) {
            String[] handler = template.functionProperty(fn, "Handler").asText().split("::");
            Class<?> type = Class.forName(handler[0]);
            assertTrue(Stream.of(type.getMethods()).anyMatch(m -> m.getName().equals(handler[1])),
                    fn + ": " + handler[0] + " has no method " + handler[1]);
            type.getConstructor(); // the Lambda runtime instantiates handlers through the no-argument constructor
        }
    }

    @Test
    void functionsRunOnASupportedJavaRuntime() {
        for (String fn : functions()) {
            assertTrue(Set.of("java21", "java25").contains(template.functionProperty(fn, "Runtime").asText()), fn);
        }
    }

    @Test
    void everyEnvironmentVariableTheCodeReadsIsSet() throws IOException {
        Set<String> read = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = GETENV.matcher(Files.readString(source));
                while (m.find()) {
                    read.add(m.group(1));
                }
            }
        }
        assertTrue(read.contains("ARTICLES_TABLE"), "the source scan found nothing: " + read);
        // AWS_* names are set by the Lambda runtime or, for local runs, by the user (endpoint overrides)
        read.removeIf(name -> name.startsWith("AWS_"));
        for (String fn : functions()) {
            Set<String> missing = new TreeSet<>(read);
            missing.removeAll(template.environment(fn).keySet());
            assertEquals(Set.of(), missing, fn + " lacks environment variables the code reads");
        }
    }

    @Test
    void theLocalEnvironmentFileSetsWhatTheTemplateSets() throws IOException {
        JsonNode envFile = new ObjectMapper().readTree(Path.of("events/env.json").toFile());
        for (String fn : functions()) {
            Set<String> missing = new TreeSet<>(template.environment(fn).keySet());
            envFile.path(fn).fieldNames().forEachRemaining(missing::remove);
            assertEquals(Set.of(), missing, "events/env.json lacks variables of " + fn);
        }
    }

    /**
     * sam local invoke --env-vars passes a function only the variables its template declares: one
     * the file sets but the template does not declare would be silently dropped.
     */
    @Test
    void everyVariableOfTheEnvVarsFileIsDeclaredInTheTemplate() throws IOException {
        JsonNode envFile = new ObjectMapper().readTree(Path.of("events/env.json").toFile());
        assertTrue(envFile.size() > 0, "events/env.json sets nothing");
        envFile.fields().forEachRemaining(section -> {
            List<String> targets = section.getKey().equals("Parameters") ? functions() : List.of(section.getKey());
            assertTrue(functions().containsAll(targets), "no function " + section.getKey() + " in the template");
            for (String fn : targets) {
                Set<String> undeclared = new TreeSet<>();
                section.getValue().fieldNames().forEachRemaining(undeclared::add);
                undeclared.removeAll(template.environment(fn).keySet());
                assertEquals(Set.of(), undeclared, "events/env.json sets variables " + fn + " does not declare");
            }
        });
    }

    /** The endpoint variables exist for local runs; in AWS they are empty, which the function reads as unset. */
    @Test
    void endpointVariablesAreEmptyByDefaultAndSetLocally() throws IOException {
        JsonNode envFile = new ObjectMapper().readTree(Path.of("events/env.json").toFile());
        for (String fn : functions()) {
            for (String variable : List.of("S3_ENDPOINT_URL", "DYNAMODB_ENDPOINT_URL")) {
                JsonNode declared = template.environment(fn).get(variable);
                assertNotNull(declared, fn + " does not declare " + variable);
                assertEquals("", declared.asText("not a literal"), variable);
                assertTrue(envFile.path(fn).path(variable).asText().startsWith("http://host.docker.internal:"),
                        variable);
            }
        }
    }

    @Test
    void tableEnvironmentVariablesNameTablesOfTheTemplate() {
        for (String fn : functions()) {
            for (String variable : List.of("ARTICLES_TABLE", "EVENTS_TABLE")) {
                String table = SamTemplate.refTarget(template.environment(fn).get(variable));
                assertTrue(template.resources(SamTemplate.TABLE).containsKey(table), variable + " -> " + table);
            }
        }
    }

    @Test
    void s3EventFiltersCoverExactlyTheSupportedSuffixes() {
        for (String fn : functions()) {
            List<S3EventSource> sources = template.s3EventSources(fn);
            Set<String> created = new TreeSet<>();
            Set<String> removed = new TreeSet<>();
            for (S3EventSource source : sources) {
                assertTrue(template.resources(SamTemplate.BUCKET).containsKey(source.bucketLogicalId()), source.name());
                assertNotNull(source.suffix(), source.name() + " has no suffix filter");
                if (source.matches("ObjectCreated:Put", "x" + source.suffix())) {
                    created.add(source.suffix());
                }
                if (source.matches("ObjectRemoved:Delete", "x" + source.suffix())) {
                    removed.add(source.suffix());
                }
            }
            assertEquals(new TreeSet<>(ArticleParser.SUPPORTED_SUFFIXES), created, "ObjectCreated suffixes");
            assertEquals(new TreeSet<>(ArticleParser.SUPPORTED_SUFFIXES), removed, "ObjectRemoved suffixes");
        }
    }

    /** What the handler calls (PolicyIT records the calls), as IAM actions: nothing more may be granted. */
    static final Set<String> HANDLER_ACTIONS = Set.of("s3:GetObject", "s3:GetObjectVersion", "s3:ListBucket",
            "dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:Query",
            "dynamodb:BatchWriteItem", "sqs:SendMessage");

    @Test
    void allowedPolicyStatementsHaveNoWildcardActions() {
        List<String> wildcards = new ArrayList<>();
        findAllowWildcards(template.root().path("Resources"), "Resources", wildcards);
        assertEquals(List.of(), wildcards);
    }

    @Test
    void theFunctionsRoleAsSamExpandsItGrantsOnlyTheHandlersCallsOnItsOwnResources() throws Exception {
        JsonNode expanded = samExpanded();
        for (String fn : functions()) {
            JsonNode role = expanded.path("Resources").path(fn + "Role");
            assertTrue(role.isObject(), "SAM made no role " + fn + "Role");
            Set<String> actions = new TreeSet<>();
            List<String> problems = new ArrayList<>();
            for (JsonNode policy : role.path("Properties").path("Policies")) {
                for (JsonNode statement : policy.path("PolicyDocument").path("Statement")) {
                    assertEquals("Allow", statement.path("Effect").asText(), statement.toString());
                    List<String> stmtActions = new ArrayList<>();
                    (statement.path("Action").isArray() ? statement.path("Action") : List.of(statement.path("Action")))
                            .forEach(a -> stmtActions.add(((JsonNode) a).asText()));
                    actions.addAll(stmtActions);
                    String resource = statement.path("Resource").toString();
                    for (String action : stmtActions) {
                        String service = action.substring(0, action.indexOf(':'));
                        boolean scoped = switch (service) {
                            case "s3" -> resource.contains("${AWS::StackName}-articles-${AWS::AccountId}");
                            case "dynamodb" -> resource.contains("ArticlesTable") || resource.contains("EventsTable");
                            case "sqs" -> resource.contains("IngestFailureQueue");
                            default -> false;
                        };
                        if (!scoped || resource.contains("index") || resource.equals("\"*\"")) {
                            problems.add(action + " on " + resource);
                        }
                    }
                }
            }
            assertEquals(List.of(), problems, fn + ": statements not scoped to the bucket, tables or queue");
            assertEquals(new TreeSet<>(HANDLER_ACTIONS), actions, fn + ": granted actions");
            assertEquals(List.of("arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"),
                    List.of(role.path("Properties").path("ManagedPolicyArns").get(0).asText()), "logs only");
        }
    }

    /** The template after SAM's transform; the test is skipped where aws-sam-translator (cfn-lint) is missing. */
    private static JsonNode samExpanded() throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("python3", "src/test/resources/sam-expand.py", "template.yaml").start();
        } catch (java.io.IOException e) {
            Assumptions.abort("python3 is not installed: cannot expand the SAM template");
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        Assumptions.assumeFalse(err.contains("ModuleNotFoundError"), "aws-sam-translator (cfn-lint) is not installed");
        assertEquals(0, p.exitValue(), err);
        return new ObjectMapper().readTree(out);
    }

    @Test
    void theBucketIsPrivateTlsOnlyEncryptedAndVersioned() {
        template.resources(SamTemplate.BUCKET).forEach((id, bucket) -> {
            JsonNode props = bucket.path("Properties");
            JsonNode block = props.path("PublicAccessBlockConfiguration");
            for (String flag : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets")) {
                assertTrue(block.path(flag).asBoolean(), id + " " + flag);
            }
            assertFalse(props.path("BucketEncryption").path("ServerSideEncryptionConfiguration").isEmpty(), id);
            assertEquals("Enabled", props.path("VersioningConfiguration").path("Status").asText(), id);
            boolean tlsOnly = template.resources("AWS::S3::BucketPolicy").values().stream()
                    .filter(policy -> id.equals(SamTemplate.refTarget(policy.path("Properties").path("Bucket"))))
                    .flatMap(policy -> java.util.stream.StreamSupport.stream(policy.path("Properties")
                            .path("PolicyDocument").path("Statement").spliterator(), false))
                    .anyMatch(st -> "Deny".equals(st.path("Effect").asText())
                            && "false".equals(st.path("Condition").path("Bool").path("aws:SecureTransport").asText()));
            assertTrue(tlsOnly, id + " has no statement denying requests without TLS");
        });
    }

    @Test
    void theFailureQueueIsEncryptedAndAlarmedLikeTheFunction() {
        template.resources("AWS::SQS::Queue").forEach((id, queue) ->
                assertTrue(queue.path("Properties").path("SqsManagedSseEnabled").asBoolean()
                        || queue.path("Properties").has("KmsMasterKeyId"), id + " is not encrypted"));
        Map<String, JsonNode> alarms = template.resources("AWS::CloudWatch::Alarm");
        Set<String> watched = new TreeSet<>();
        alarms.values().forEach(a -> a.path("Properties").path("Dimensions").forEach(d -> {
            JsonNode v = d.path("Value");
            watched.add(v.has("Ref") ? v.path("Ref").asText() : v.path("Fn::GetAtt").path(0).asText());
        }));
        assertTrue(watched.containsAll(template.resources("AWS::SQS::Queue").keySet()), "queues without alarm: " + watched);
        assertTrue(watched.containsAll(functions()), "functions without alarm: " + watched);
        alarms.forEach((id, a) -> assertTrue(a.path("Properties").path("AlarmActions").toString().contains("AlarmTopicArn"),
                id + " notifies no topic"));
        assertEquals("", template.root().path("Parameters").path("AlarmTopicArn").path("Default").asText(),
                "the notification topic is optional");
    }

    @Test
    void sdkTimeoutsFitInsideTheFunctionTimeout() {
        for (String fn : functions()) {
            int timeout = template.functionProperty(fn, "Timeout").asInt();
            // a stuck endpoint fails the call that met it: the invocation must end (and log) with time to spare
            assertTrue(FunctionClients.S3_CALL_SECONDS + FunctionClients.DYNAMO_CALL_SECONDS <= timeout / 2,
                    "a stuck call can use up most of the " + timeout + " s timeout");
            assertTrue(FunctionClients.DYNAMO_ATTEMPT_SECONDS < FunctionClients.DYNAMO_CALL_SECONDS);
            assertTrue(FunctionClients.S3_ATTEMPT_SECONDS < FunctionClients.S3_CALL_SECONDS);
        }
    }

    @Test
    void tablesAreOnDemandRecoverableAndEncrypted() {
        template.resources(SamTemplate.TABLE).forEach((id, table) -> {
            JsonNode props = table.path("Properties");
            assertEquals("PAY_PER_REQUEST", props.path("BillingMode").asText(), id);
            assertTrue(props.path("PointInTimeRecoverySpecification").path("PointInTimeRecoveryEnabled").asBoolean(), id);
            assertTrue(props.path("SSESpecification").path("SSEEnabled").asBoolean(), id);
        });
    }

    /** Collects Action values containing {@code *} of every statement with Effect Allow. */
    private static void findAllowWildcards(JsonNode node, String path, List<String> found) {
        if (node.isObject() && "Allow".equals(node.path("Effect").asText())) {
            findStrings(node.path("Action"), path + ".Action", found);
        }
        if (node.isContainerNode()) {
            node.fields().forEachRemaining(e -> findAllowWildcards(e.getValue(), path + "." + e.getKey(), found));
            for (int i = 0; node.isArray() && i < node.size(); i++) {
                findAllowWildcards(node.get(i), path + "[" + i + "]", found);
            }
        }
    }

    private static void findStrings(JsonNode node, String path, List<String> found) {
        if (node.isTextual() && node.asText().contains("*")) {
            found.add(path + ": " + node.asText());
        }
        node.fields().forEachRemaining(e -> findStrings(e.getValue(), path + "." + e.getKey(), found));
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            findStrings(node.get(i), path + "[" + i + "]", found);
        }
    }
}
