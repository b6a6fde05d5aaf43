package io.articleingest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.articleingest.local.Emulators;
import io.articleingest.local.SamTemplate;
import io.articleingest.pipeline.Pipeline;
import io.articleingest.pipeline.model.Article;
import io.articleingest.pipeline.model.ArticleIds;
import io.articleingest.pipeline.model.EntityRef;
import io.articleingest.pipeline.model.Event;
import io.articleingest.pipeline.model.ExtractionResult;
import io.articleingest.pipeline.model.Location;
import io.articleingest.pipeline.model.Topic;
import io.articleingest.store.DynamoDbExtractionStore;
import io.articleingest.store.EventQueries;
import io.articleingest.store.ObjectSource.ObjectInfo;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code query} on DynamoDB Local with the template's tables and hand-made extractions (whatever
 * the extractor yields today): filters combine, names fold, bad values are refused, rows are
 * newest first, the formats parse, and the only reads are Query/GetItem/BatchGetItem.
 */
class QueryIT {

    private static final String BUCKET = "news";
    private static final EntityRef IDF = new EntityRef("Israeli troops", "Israel Defense Forces", "ISR", "MIL");
    private static final EntityRef HAMAS = new EntityRef("Hamas", "Hamas", "PSE", "REB");
    private static final EntityRef EGYPT = new EntityRef("Egypt", "Egypt", "EGY", "GOV");
    private static final EntityRef CIVILIANS = new EntityRef("residents", "civilians", "PSE", "CVL");
    private static final Location KHAN_YUNIS = new Location("in Khān Yūnis", "Khān Yūnis", "PSE", "Khan Yunis", 31.3,
            34.3);
    private static final Location RAFAH = new Location("in Rafah", "Rafah", "PSE", "Rafah", 31.2, 34.2);
    private static final Location CAIRO = new Location("in Cairo", "Cairo", "EGY", "Cairo", 30.0, 31.2);
    private static final Location SDEROT = new Location("in Sderot", "Sderot", "ISR", "Southern District", 31.5,
            34.5);
    private static final List<String> CALLS = Collections.synchronizedList(new ArrayList<>());

    /** The S3 object the records say they describe: irrelevant to queries. */
    private static final ObjectInfo OBJECT = new ObjectInfo(100, "v1", "etag", "text/plain", null,
            Instant.parse("2025-12-02T10:00:00Z"));

    private static Emulators emulators;
    private static EventQueries queries;

    @BeforeAll
    static void storeThreeArticles() {
        emulators = Emulators.start();
        DynamoDbClient real = emulators.dynamoClient();
        SamTemplate template = SamTemplate.load();
        real.createTable(template.createTableRequest("ArticlesTable", "q-articles"));
        real.createTable(template.createTableRequest("EventsTable", "q-events"));
        DynamoDbExtractionStore store = new DynamoDbExtractionStore(real, "q-articles", "q-events", Clock.systemUTC());
        store.save(article("gaza/strike.txt", "Strike in Khan Yunis, medics say", "2025-11-30", List.of(
                event("ASSAULT", IDF, CIVILIANS, KHAN_YUNIS, "2025-11-29", "occurred", 1),
                event("ACCUSE", HAMAS, IDF, null, "2025-11-30", "occurred", 2),
                event("ASSAULT", HAMAS, CIVILIANS, SDEROT, "2024-03", "historical", 3))), OBJECT, "0A");
        store.save(article("cairo/talks.html", "Talks in Cairo", "2025-12-02", List.of(
                event("CONSULT", EGYPT, HAMAS, CAIRO, "2025-12-02", "future", 1),
                event("ASSAULT", IDF, HAMAS, RAFAH, "2025-12-01", "occurred", 2))), OBJECT, "0B");
        store.save(article("old/1988.txt", "A year of unrest", "2025-11-20", List.of(
                event("PROTEST", CIVILIANS, IDF, KHAN_YUNIS, "1988", "historical", 1))), OBJECT, "0C");
        DynamoDbClient recording = (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[] {DynamoDbClient.class}, (proxy, method, args) -> {
                    CALLS.add(method.getName());
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        queries = new EventQueries(recording, "q-articles", "q-events");
    }

    @AfterAll
    static void stop() {
        emulators.close();
        assertTrue(CALLS.contains("query"), CALLS.toString());
        assertTrue(CALLS.stream().allMatch(c -> List.of("query", "getItem", "batchGetItem", "close").contains(c)),
                "reads are Query, GetItem, BatchGetItem only: " + CALLS);
    }

    private static ExtractionResult article(String key, String title, String published, List<Event> drafts) {
        String id = ArticleIds.of(BUCKET, key);
        List<Event> events = drafts.stream().map(e -> new Event(id + e.eventId(), id, e.eventType(), e.modes(),
                e.contexts(), e.quadClass(), e.score(), e.actors(), e.recipients(), e.location(), e.date(),
                e.datePrecision(), e.dateText(), e.status(), e.fatalities(), e.injuries(), e.attribution(),
                e.sentence(), e.sentenceIndex(), e.charStart(), e.charEnd(), e.trigger(), e.confidence())).toList();
        return new ExtractionResult(new Article(id, BUCKET, key, "v1", "ab".repeat(32), 100, "text", title, published,
                "en", 50, 3, List.of(new Topic("medtop:16000000", "conflict, war and peace", 0.9, List.of("strike"))),
                List.of(), events.size(), Article.PROCESSED, Pipeline.EXTRACTOR_VERSION, null, "document"), events);
    }

    private static Event event(String type, EntityRef actor, EntityRef recipient, Location place, String date,
                               String status, int index) {
        return new Event("#00" + index, null, type, List.of(), List.of(), 4, -9.0, List.of(actor), List.of(recipient),
                place, date, date.length() == 10 ? "day" : date.length() == 7 ? "month" : "year", "on a day", status,
                null, null, null, type + " sentence " + index + ", with a comma", index, 0, 10, "x", 0.8);
    }

    private static CliRunner.Result query(String... args) {
        return CliRunner.run(new QueryCommand(() -> queries), args);
    }

    /** The key column of each table row (rows between the header and the count line). */
    private static List<String> keys(CliRunner.Result r) {
        List<String> lines = r.out().lines().toList();
        return lines.subList(1, lines.size() - 1).stream().map(l -> l.strip().split("\\s{2,}")[6]).toList();
    }

    @Test
    void allFiltersCombine() {
        CliRunner.Result r = query("events", "--type", "assault", "--actor", "israel", "--place", "KHAN YUNIS",
                "--status", "occurred", "--key", BUCKET + "/gaza/strike.txt", "--from", "2025-11", "--to", "2025-11-30");
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("gaza/strike.txt"), keys(r), r.out());
        assertTrue(r.out().contains("2025-11-29") && r.out().contains("Strike in Khan Yunis") && r.out()
                .contains("occurred"), r.out());
        assertEquals("1 events", r.lastLine());
        assertEquals(List.of(), keys(query("events", "--type", "ASSAULT", "--place", "khan yunis", "--status",
                "historical", "--from", "2025-01-01")), "a filter that does not hold for the event drops it");
    }

    @Test
    void actorAndPlaceIgnoreCaseAndAccentsAndTakeCodesOrCountryNames() {
        assertEquals(List.of("gaza/strike.txt", "old/1988.txt"), keys(query("events", "--place", "khan yunis")));
        assertEquals(List.of("cairo/talks.html"), keys(query("events", "--place", "EGY")));
        assertEquals(List.of("cairo/talks.html", "cairo/talks.html", "gaza/strike.txt", "gaza/strike.txt"),
                keys(query("events", "--actor", "hamas")));
        CliRunner.Result israel = query("events", "--actor", "Israel", "--type", "ASSAULT");
        assertEquals(List.of("cairo/talks.html", "gaza/strike.txt"), keys(israel), "Israel is ISR: the IDF acts for it");
        assertTrue(israel.err().contains("the country ISR"), israel.err());
        assertEquals(keys(israel), keys(query("events", "--actor", "isr", "--type", "assault")));
        assertEquals(List.of("gaza/strike.txt", "old/1988.txt"), keys(query("events", "--actor",
                "israel defense forces", "--place", "Khān Yūnis")));
    }

    @Test
    void rowsAreNewestFirstAndTheDefaultWindowCoversTheData() {
        CliRunner.Result r = query("events");
        assertEquals(0, r.status(), r.err());
        List<String> dates = r.out().lines().skip(1).filter(l -> l.startsWith("  ")).map(l -> l.strip().split(" ")[0])
                .toList();
        assertEquals(List.of("2025-12-02", "2025-12-01", "2025-11-30", "2025-11-29", "2024-03", "1988"), dates);
        assertTrue(r.err().startsWith("window: 1988-01-01 to 2025-12-31 (all stored events"), r.err());
        assertTrue(query("events", "--from", "2025-12").err().startsWith("window: 2025-12-01 to (latest)"));
    }

    @Test
    void limitKeepsTheNewestAndSaysMoreMatch() {
        CliRunner.Result r = query("events", "--limit", "2");
        assertEquals(List.of("cairo/talks.html", "cairo/talks.html"), keys(r));
        assertTrue(r.lastLine().startsWith("2 events (the newest 2; more match"), r.lastLine());
    }

    @Test
    void csvAndJsonCarryKeyTitleAndStatus() throws Exception {
        CliRunner.Result csv = query("events", "--type", "ACCUSE", "--format", "csv");
        List<String> lines = csv.out().lines().toList();
        assertEquals("date,type,modes,actors,recipients,place,country,killed,injured,status,key,title,sentence,eventId",
                lines.get(0));
        assertTrue(lines.get(1).startsWith("2025-11-30,ACCUSE,,Hamas (PSE),Israel Defense Forces (ISR),,,,,occurred,"
                + "gaza/strike.txt,\"Strike in Khan Yunis, medics say\",\"ACCUSE sentence 2, with a comma\","), lines.get(1));
        assertEquals(2, lines.size(), "data only on stdout");
        assertTrue(csv.err().contains("1 events"), csv.err());
        CliRunner.Result json = query("events", "--place", "rafah", "--format", "json");
        JsonNode row = new ObjectMapper().readTree(json.out().strip());
        assertEquals("cairo/talks.html", row.path("key").asText());
        assertEquals("Talks in Cairo", row.path("title").asText());
        assertEquals("occurred", row.path("status").asText());
        assertEquals("ASSAULT", row.path("eventType").asText());
    }

    @Test
    void unknownValuesAreRefusedWithTheValidOnes() {
        for (String[] args : List.of(new String[] {"events", "--type", "BOMBING"},
                new String[] {"events", "--status", "happened"}, new String[] {"events", "--format", "xml"},
                new String[] {"articles", "--topic", "gardening"}, new String[] {"events", "--from", "2025-13-01"},
                new String[] {"events", "--from", "2025-12-01", "--to", "2025-11-30"},
                new String[] {"events", "--key", "no-slash"}, new String[] {"events", "--limit", "0"},
                new String[] {"everything"})) {
            CliRunner.Result r = query(args);
            assertEquals(2, r.status(), String.join(" ", args));
            String first = r.err().lines().findFirst().orElse("");
            assertTrue(first.startsWith("query: "), first);
            assertTrue(r.err().lines().skip(1).findFirst().orElse("").startsWith("usage: query events"), r.err());
        }
        assertTrue(query("events", "--type", "BOMBING").err().contains("valid: AGREE, CONSULT"));
        assertTrue(query("events", "--status", "happened").err()
                .contains("valid: occurred, historical, future, hypothetical, negated"));
        assertTrue(query("articles", "--topic", "gardening").err().contains("medtop:16000000 (conflict, war and peace)"));
    }

    @Test
    void articlesByTopicCodeOrLabel() {
        CliRunner.Result r = query("articles", "--topic", "Conflict, War and Peace");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("cairo/talks.html") && r.out().contains("gaza/strike.txt")
                && r.out().contains("old/1988.txt"), r.out());
        assertEquals(r.out(), query("articles", "--topic", "16000000").out());
        assertFalse(query("articles", "--topic", "medtop:16000000", "--from", "2025-12").out().contains("gaza/"));
    }
}
