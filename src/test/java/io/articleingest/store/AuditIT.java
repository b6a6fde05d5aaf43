package io.articleingest.store;

import static io.articleingest.testing.EmulatedAws.BUCKET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.cli.AuditCommand;
import io.articleingest.cli.CliRunner;
import io.articleingest.pipeline.ArticleParser;
import io.articleingest.pipeline.model.ArticleIds;
import io.articleingest.store.BucketAudit.Finding;
import io.articleingest.store.BucketAudit.Problem;
import io.articleingest.testing.OnEmulatedAws;
import io.articleingest.testing.RecordsCheck;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code audit} finds every way the records can drift from the bucket, and {@code --repair} fixes them. */
class AuditIT extends OnEmulatedAws {


    private static byte[] story(int n) {
        return ("Talks round " + n + "\n\nEgyptian mediators met Hamas officials in Cairo on Monday, officials said.\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static BucketAudit audit() {
        return new BucketAudit(aws.s3(), aws.dynamo(), aws.articlesTable(), aws.eventsTable(),
                ArticleParser::triggers);
    }

    private static Map<String, Finding> findings(BucketAudit.Report report) {
        Map<String, Finding> out = new TreeMap<>();
        for (Problem p : report.problems()) {
            out.put(p.key(), p.finding());
        }
        return out;
    }

    @Test
    void everyDriftIsFoundAndRepairedThroughTheHandler() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            // keys in many shards, with spaces, '+', '%', unicode and folders, in no particular order
            String key = (i % 4 == 0 ? "deep/folder/" : "") + "story " + i + (i % 3 == 0 ? " +%é" : "") + ".txt";
            keys.add(key);
            aws.uploadAndNotify(aws.handler(), key, story(i));
        }
        aws.s3().putObject(b -> b.bucket(BUCKET).key("notes/dictionary.yaml"), RequestBody.fromString("actors: []"));
        BucketAudit.Report clean = audit().run(BUCKET, true);
        assertEquals(List.of(), clean.problems());
        assertEquals(40, clean.objects(), "only the keys the function ingests are counted");
        assertEquals(40, clean.records());

        aws.upload("missing/never notified.txt", story(100));                       // an event lost in an outage
        aws.upload(keys.get(1), story(101));                                          // an overwrite whose event was lost
        aws.deleteObject(keys.get(2));                                               // a delete whose event was lost
        String articleId = ArticleIds.of(BUCKET, keys.get(3));                  // a write that never completed
        aws.dynamo().updateItem(r -> r.tableName(aws.articlesTable()).key(ExtractionItems.articleKey(articleId))
                .updateExpression("SET storeState = :w")
                .expressionAttributeValues(Map.of(":w", AttributeValue.fromS(ExtractionItems.WRITING))));
        String lostEvent = aws.allItems(keys.get(5)).keySet().stream()                // an event item lost
                .filter(k -> k.contains("/EVENT#")).findFirst().orElseThrow();
        aws.dynamo().deleteItem(r -> r.tableName(aws.eventsTable()).key(Map.of("articleId",
                AttributeValue.fromS(ArticleIds.of(BUCKET, keys.get(5))),
                "sk", AttributeValue.fromS(lostEvent.substring(lostEvent.indexOf('/') + 1)))));

        Map<String, Finding> expected = new TreeMap<>(Map.of("missing/never notified.txt", Finding.MISSING,
                keys.get(1), Finding.STALE, keys.get(2), Finding.ORPHANED, keys.get(3), Finding.STALE,
                keys.get(5), Finding.STALE));
        assertEquals(expected, findings(audit().run(BUCKET, true)));
        Map<String, Finding> shallow = new TreeMap<>(expected);
        shallow.remove(keys.get(5));
        assertEquals(shallow, findings(audit().run(BUCKET, false)), "without --deep event items are not counted");

        AuditCommand command = new AuditCommand(() -> new AuditCommand.Target(aws.s3(), aws.dynamo(),
                aws.articlesTable(), aws.eventsTable()), null);
        CliRunner.Result repair = CliRunner.run(command, "--bucket", BUCKET, "--deep", "--repair");
        String printed = repair.out();
        assertEquals(0, repair.status(), printed + repair.err());
        assertTrue(printed.contains("1 missing, 3 stale, 1 orphaned"), printed);
        assertTrue(printed.contains("after repair: audit s3://" + BUCKET + ": 40 objects, 40 records; 40 up to date, "
                + "0 missing, 0 stale, 0 orphaned"), printed);
        for (String key : List.of("missing/never notified.txt", keys.get(1), keys.get(2), keys.get(3), keys.get(5))) {
            assertEquals(List.of(), RecordsCheck.problems(aws, key));
        }
        assertEquals(0, CliRunner.run(command, "--bucket", BUCKET).status(),
                "a bucket that matches its records audits with status 0");
    }
}
