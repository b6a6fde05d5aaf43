package io.articleingest.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.articleingest.cli.CliRunner;
import io.articleingest.cli.QueryCommand;
import io.articleingest.pipeline.model.Article;
import io.articleingest.pipeline.model.Event;
import io.articleingest.store.ExtractionItems;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The local stack end to end: S3 API in, trigger, handler, DynamoDB out — on the real emulators. */
class LocalStackIT {

    private static final Path SAMPLES = Path.of("samples");
    private static final ByteArrayOutputStream CONSOLE = new ByteArrayOutputStream();
    private static LocalStack stack;
    private static List<String> samples;

    @BeforeAll
    static void startAndIngestTheSamples() throws Exception {
        stack = LocalStack.start(new LocalStack.Options(true, true, null, SAMPLES, 0, 0),
                new PrintStream(CONSOLE, true, StandardCharsets.UTF_8));
        samples = stack.uploadSamples(SAMPLES);
        stack.awaitIngested(samples, 120);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    private static S3Client s3() {
        return stack.emulators().s3Client();
    }

    @Test
    void everySampleIsStoredWithTopicsAndItsEvents() throws Exception {
        long files;
        try (Stream<Path> s = Files.list(SAMPLES)) {
            files = s.count();
        }
        assertTrue(files >= 8, "at least 8 samples");
        assertEquals(files, samples.size());
        for (String key : samples) {
            Article a = stack.queries().articleOf(LocalStack.BUCKET, key).orElseThrow(() -> new AssertionError(key));
            assertEquals("PROCESSED", a.status(), key);
            assertEquals(key, a.key());
            assertFalse(a.topics().isEmpty(), key);
            List<Event> events = stack.queries().eventsOf(a.articleId());
            assertEquals(a.eventCount(), events.size(), key);
        }
        assertTrue(stack.printArticle("airstrike-khan-yunis.txt"));
        assertTrue(CONSOLE.toString(StandardCharsets.UTF_8).contains("ASSAULT"));
    }

    @Test
    void samplesCoverTheStoriesTheyAreMeantTo() {
        assertTrue(types("airstrike-khan-yunis.txt").contains("ASSAULT"));
        assertTrue(events("airstrike-khan-yunis.txt").stream().anyMatch(e -> e.fatalities() != null));
        assertTrue(types("ceasefire-talks-cairo.html").contains("CONSULT"));
        assertTrue(types("threat-rafah-operation.md").contains("THREATEN"));
        assertTrue(types("unicef-appeal.json").contains("REQUEST"));
        assertTrue(types("accusation-violations.txt").contains("ACCUSE"));
        assertTrue(types("aid-convoy-kerem-shalom.html").contains("AID"));
        for (String quiet : List.of("football-derby.md", "chipmaker-earnings.json")) {
            assertTrue(events(quiet).stream().noneMatch(e -> e.quadClass() == 4), quiet + " has no conflict events");
        }
        assertEquals("sport", article("football-derby.md").topics().get(0).label());
    }

    private static Article article(String key) {
        return stack.queries().articleOf(LocalStack.BUCKET, key).orElseThrow();
    }

    private static List<Event> events(String key) {
        return stack.queries().eventsOf(article(key).articleId());
    }

    private static List<String> types(String key) {
        return events(key).stream().map(Event::eventType).toList();
    }

    @Test
    void aKeyWithSpacesAndNonAsciiCharactersIsIngestedUnderItsDecodedName() throws Exception {
        String key = "reports/Talks in Doha – Café Ünïcode.md";
        stack.upload(s3(), key, "# Envoys meet\n\nQatar hosted talks with Hamas in Doha on Monday.\n"
                .getBytes(StandardCharsets.UTF_8));
        stack.awaitIngested(List.of(key), 60);
        Article a = article(key);
        assertEquals(key, a.key());
        assertTrue(types(key).contains("CONSULT"));
    }

    @Test
    void deletingTheObjectDeletesItsRecords() throws Exception {
        String key = "to-delete.txt";
        stack.upload(s3(), key, "Troops shelled the town of Jenin on Friday, killing two people.".getBytes(
                StandardCharsets.UTF_8));
        stack.awaitIngested(List.of(key), 60);
        String id = article(key).articleId();
        assertFalse(stack.queries().eventsOf(id).isEmpty());
        s3().deleteObject(b -> b.bucket(LocalStack.BUCKET).key(key));
        stack.trigger().awaitIdle(60, TimeUnit.SECONDS);
        assertTrue(stack.queries().articleOf(LocalStack.BUCKET, key).isEmpty());
        assertTrue(stack.queries().eventsOf(id).isEmpty());
    }

    @Test
    void filesTheTemplateDoesNotRouteAreNotIngested() throws Exception {
        s3().putObject(b -> b.bucket(LocalStack.BUCKET).key("notes/dictionary.yaml"),
                RequestBody.fromString("actors: []"));
        stack.trigger().awaitIdle(30, TimeUnit.SECONDS);
        assertTrue(stack.queries().articleOf(LocalStack.BUCKET, "notes/dictionary.yaml").isEmpty());
    }

    @Test
    void aUsersDictionaryInTheBucketExtendsThePipeline() throws Exception {
        s3().putObject(b -> b.bucket(LocalStack.BUCKET).key("knowledge/mine.yaml"),
                RequestBody.fromFile(Path.of("src/test/resources/user-dictionary.yaml")));
        Path dictionary = io.articleingest.handler.ExtraKnowledge.fetch(
                "s3://" + LocalStack.BUCKET + "/knowledge/mine.yaml", s3());
        var pipeline = io.articleingest.pipeline.Pipeline.standard(dictionary);
        var events = pipeline.process(io.articleingest.pipeline.model.RawDocument.ofFile("n.txt",
                "NorCo fighters pummelled the border post on Friday.".getBytes(StandardCharsets.UTF_8)),
                LocalDate.of(2025, 11, 30)).events();
        assertEquals(1, events.size());
        assertEquals("XNC", events.get(0).actors().get(0).country());
        assertTrue(stack.queries().articleOf(LocalStack.BUCKET, "knowledge/mine.yaml").isEmpty(),
                "a .yaml key does not trigger ingestion");
    }

    @Test
    void invokeRunsTheHandlerOnAnEventFileLikeSamLocalInvoke(@TempDir Path dir) throws Exception {
        Path env = dir.resolve("env.json");
        Files.writeString(env, """
                {"IngestFunction": {"ARTICLES_TABLE": "%s", "EVENTS_TABLE": "%s", "MAX_OBJECT_BYTES": "10485760",
                 "S3_ENDPOINT_URL": "%s", "DYNAMODB_ENDPOINT_URL": "%s"}}"""
                .formatted(QueryCommand.LOCAL_ARTICLES_TABLE, QueryCommand.LOCAL_EVENTS_TABLE,
                        stack.emulators().s3Endpoint().toString().replace("127.0.0.1", "host.docker.internal"),
                        stack.emulators().dynamoEndpoint()));
        CliRunner.Result r = CliRunner.run(new LocalInvoke(), "events/s3-put.json", "--env-vars", env.toString());
        String printed = r.out();
        assertEquals(0, r.status(), printed + r.err());
        assertTrue(printed.contains("\"stored\":1") || printed.contains("\"unchanged\":1"), printed);
        assertTrue(printed.contains("airstrike-khan-yunis.txt") && printed.contains("ASSAULT"), printed);
    }

    @Test
    void queryAnswersByTypeActorPlaceAndTopic() throws Exception {
        LocalDate to = LocalDate.now().plusDays(1);
        LocalDate from = LocalDate.of(2025, 1, 1);
        assertTrue(query("events", "--type", "ASSAULT", "--from", from.toString(), "--to", to.toString())
                .contains("ASSAULT"));
        assertTrue(query("events", "--actor", "ISR", "--from", from.toString(), "--to", to.toString())
                .contains("(ISR)"));
        assertTrue(query("events", "--place", "Khan Yunis", "--from", from.toString(), "--to", to.toString())
                .contains("Khan Yunis"));
        assertTrue(query("articles", "--topic", "medtop:15000000", "--from", "2025-11-01", "--to", "2025-11-30")
                .contains("football-derby.md"));
        String json = query("events", "--type", "CONSULT", "--from", from.toString(), "--to", to.toString(), "--json");
        assertTrue(json.lines().allMatch(l -> l.startsWith("{\"eventId\"")), json);
    }

    private static String query(String... args) {
        CliRunner.Result r = CliRunner.run(new QueryCommand(stack::queries), args);
        assertEquals(0, r.status(), r.err());
        return r.out();
    }

    @Test
    void theAwsCliDropsAFileAndQueriesTheTables(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("aws"), "the aws CLI is not installed: skipping the CLI round trip");
        Path file = dir.resolve("cli upload.html");
        Files.writeString(file, "<html><body><article><h1>Strike</h1><p>Israeli warplanes bombed Rafah on "
                + "Sunday, killing four people, medics said.</p></article></body></html>");
        Map<String, String> env = Map.of("AWS_ACCESS_KEY_ID", "test", "AWS_SECRET_ACCESS_KEY", "test",
                "AWS_DEFAULT_REGION", "us-east-1");
        run(env, "aws", "--endpoint-url", stack.emulators().s3Endpoint().toString(), "s3", "cp", file.toString(),
                "s3://" + LocalStack.BUCKET + "/cli/");
        stack.awaitIngested(List.of("cli/cli upload.html"), 60);
        assertTrue(types("cli/cli upload.html").contains("ASSAULT"));
        // filed under the month of the attack's own date ("on Sunday": in the month before, on the 1st)
        String month = events("cli/cli upload.html").stream().filter(e -> e.eventType().equals("ASSAULT"))
                .findFirst().orElseThrow().date().substring(0, 7);
        String out = run(env, "aws", "--endpoint-url", stack.emulators().dynamoEndpoint().toString(), "dynamodb",
                "query", "--table-name", QueryCommand.LOCAL_EVENTS_TABLE, "--index-name", "EventsByPlace",
                "--key-condition-expression", "placeMonth = :p", "--expression-attribute-values",
                "{\":p\": {\"S\": \"" + ExtractionItems.nameValue("Rafah") + "#" + month + "\"}}");
        assertTrue(out.contains("cli upload.html") || out.contains("Rafah"), out);
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static String run(Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
