package io.articleingest.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.cli.AuditCommand;
import io.articleingest.cli.CliRunner;
import io.articleingest.cli.QueryCommand;
import io.articleingest.pipeline.model.Article;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample events of {@code events/} (fixed sequencers far ahead of the stack's, a put and a
 * delete with related sequencers, versions that do not exist here) replayed with {@code invoke}
 * against the local stack before and after real uploads and deletes through its S3 trigger:
 * after every step the records match the bucket, by {@code audit}.
 */
class ReconcileIT {

    private static LocalStack stack;
    private static Path envFile;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        stack = LocalStack.start(new LocalStack.Options(true, true, null, Path.of("samples"), 0, 0),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        envFile = dir.resolve("env.json");
        Files.writeString(envFile, """
                {"IngestFunction": {"ARTICLES_TABLE": "%s", "EVENTS_TABLE": "%s", "MAX_OBJECT_BYTES": "10485760",
                 "S3_ENDPOINT_URL": "%s", "DYNAMODB_ENDPOINT_URL": "%s"}}"""
                .formatted(QueryCommand.LOCAL_ARTICLES_TABLE, QueryCommand.LOCAL_EVENTS_TABLE,
                        stack.emulators().s3Endpoint(), stack.emulators().dynamoEndpoint()));
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    private static List<Path> sampleEvents() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("events"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("s3-")).sorted().toList();
        }
    }

    /** {@code invoke EVENT…}, as a user runs it; returns what it printed. */
    private static String replay(List<Path> events) throws Exception {
        String[] args = Stream.concat(events.stream().map(Path::toString), Stream.of("--env-vars", envFile.toString()))
                .toArray(String[]::new);
        CliRunner.Result r = CliRunner.run(new LocalInvoke(), args);
        assertEquals(0, r.status(), r.err());
        return r.out();
    }

    private static void assertRecordsMatchTheBucket(String step) throws Exception {
        stack.trigger().awaitIdle(60, TimeUnit.SECONDS);
        AuditCommand audit = new AuditCommand(() -> new AuditCommand.Target(stack.emulators().s3Client(),
                stack.emulators().dynamoClient(), QueryCommand.LOCAL_ARTICLES_TABLE, QueryCommand.LOCAL_EVENTS_TABLE),
                LocalStack.BUCKET);
        CliRunner.Result r = CliRunner.run(audit, "--deep");
        assertEquals(0, r.status(), step + ": " + r.out() + r.err());
    }

    private static void upload(String key, byte[] content) throws Exception {
        stack.upload(stack.emulators().s3Client(), key, content);
        stack.trigger().awaitIdle(60, TimeUnit.SECONDS);
    }

    private static Article article(String key) {
        return stack.queries().articleOf(LocalStack.BUCKET, key).orElseThrow(() -> new AssertionError("no " + key));
    }

    @Test
    void sampleEventsNeverOverrideWhatTheBucketHolds() throws Exception {
        List<Path> events = sampleEvents();
        String printed = replay(events);
        assertTrue(printed.contains("\"absent\":1") && !printed.contains("\"stored\""), printed);
        assertRecordsMatchTheBucket("sample events before any upload");

        for (String sample : List.of("airstrike-khan-yunis.txt", "ceasefire-talks-cairo.html", "Gaza talks – Café report.md")) {
            upload(sample, Files.readAllBytes(Path.of("samples", sample)));
        }
        assertRecordsMatchTheBucket("real uploads");

        printed = replay(events);
        assertTrue(printed.contains("\"unchanged\":1") && !printed.contains("\"deleted\"") && !printed.contains("\"stored\""),
                "a sample delete of an object that exists, and sample puts of stored objects, change nothing: " + printed);
        assertRecordsMatchTheBucket("sample events after the uploads");

        // a real re-upload after the far-ahead sample sequencer: stored, not SUPERSEDED
        String html = Files.readString(Path.of("samples", "ceasefire-talks-cairo.html"))
                .replaceFirst("og:title\" content=\"[^\"]*\"", "og:title\" content=\"Cairo talks resume after the pause\"");
        upload("ceasefire-talks-cairo.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals("Cairo talks resume after the pause", article("ceasefire-talks-cairo.html").title());
        assertRecordsMatchTheBucket("re-upload after a sample event");

        stack.emulators().s3Client().deleteObject(b -> b.bucket(LocalStack.BUCKET).key("airstrike-khan-yunis.txt"));
        assertRecordsMatchTheBucket("real delete");
        printed = replay(events);
        assertTrue(stack.queries().articleOf(LocalStack.BUCKET, "airstrike-khan-yunis.txt").isEmpty(),
                "a sample put after the delete must not resurrect the article: " + printed);
        assertRecordsMatchTheBucket("sample events after the delete");

        upload("airstrike-khan-yunis.txt", Files.readAllBytes(Path.of("samples", "airstrike-khan-yunis.txt")));
        assertEquals(Article.PROCESSED, article("airstrike-khan-yunis.txt").status());
        assertRecordsMatchTheBucket("upload after the delete");
    }
}
