package io.articleingest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval} over several sets of gold and articles at once: one line per set and a total. */
class EvalCommandTest {

    private static final String ATTACKS = "src/test/resources/eval-sets/attacks";
    private static final String TALKS = "src/test/resources/eval-sets/talks";

    @Test
    void severalSetsGiveOneLinePerSetAndATotal() {
        CliRunner.Result r = CliRunner.run("eval", ATTACKS, TALKS);
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().strip().lines().toList();
        assertEquals(3, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith(ATTACKS + ": f1="), lines.get(0));
        assertTrue(lines.get(1).startsWith(TALKS + ": f1="), lines.get(1));
        assertTrue(lines.get(2).startsWith("total: f1="), lines.get(2));
    }

    @Test
    void theTotalCountsTheEventsOfEverySet() throws Exception {
        JsonNode bySet = new ObjectMapper().readTree(CliRunner.run("eval", ATTACKS, TALKS, "--json").out());
        double attacks = bySet.path(ATTACKS).path("recall").asDouble();
        double talks = bySet.path(TALKS).path("recall").asDouble();
        // one required event in the first set, three in the second (one of which nothing reports)
        assertEquals((attacks * 1 + talks * 3) / 4, bySet.path("total").path("recall").asDouble(), 0.001);
        assertTrue(talks < 1.0, "the event nobody wrote is missed: " + talks);
        assertEquals(1.0, attacks, 0.001, bySet.toString());
    }

    @Test
    void aSetIsScoredAsItsGoldAndArticlesFoldersAre() {
        String alone = CliRunner.run("eval", TALKS + "/gold", TALKS + "/articles").lastLine();
        String inSets = CliRunner.run("eval", TALKS).out().lines().findFirst().orElseThrow();
        assertEquals(TALKS + ": " + alone, inSets);
    }

    @Test
    void aRejectedArticleIsScoredWithNoEventsAndSaidSo(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("articles"));
        Files.createDirectories(dir.resolve("gold"));
        Files.write(dir.resolve("articles/empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("gold/empty.json"), "{\"article\": \"empty.txt\", \"events\": []}");
        CliRunner.Result r = CliRunner.run("eval", dir.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("empty.txt was rejected"), r.err());
    }

    @Test
    void aThirdFolderWithoutGoldIsAWrongArgument() {
        CliRunner.Result r = CliRunner.run("eval", TALKS + "/gold", TALKS + "/articles", ATTACKS);
        assertEquals(2, r.status(), r.out());
        assertTrue(r.err().contains("unexpected argument"), r.err());
    }
}
