package io.articleingest.pipeline.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.pipeline.knowledge.BundledKnowledge;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TopicModelTest {

    /** The 17 top-level IPTC Media Topics with their English labels. */
    static final Map<String, String> IPTC_TOP_LEVEL = new TreeMap<>(Map.ofEntries(
            Map.entry("medtop:01000000", "arts, culture, entertainment and media"),
            Map.entry("medtop:02000000", "crime, law and justice"),
            Map.entry("medtop:03000000", "disaster, accident and emergency incident"),
            Map.entry("medtop:04000000", "economy, business and finance"),
            Map.entry("medtop:05000000", "education"),
            Map.entry("medtop:06000000", "environment"),
            Map.entry("medtop:07000000", "health"),
            Map.entry("medtop:08000000", "human interest"),
            Map.entry("medtop:09000000", "labour"),
            Map.entry("medtop:10000000", "lifestyle and leisure"),
            Map.entry("medtop:11000000", "politics"),
            Map.entry("medtop:12000000", "religion"),
            Map.entry("medtop:13000000", "science and technology"),
            Map.entry("medtop:14000000", "society"),
            Map.entry("medtop:15000000", "sport"),
            Map.entry("medtop:16000000", "conflict, war and peace"),
            Map.entry("medtop:17000000", "weather")));

    @Test
    void bundledFileHasTheSeventeenTopLevelTopicsWithIptcLabels() {
        TopicModel model = TopicModel.loadBundled();
        Map<String, String> topLevel = new TreeMap<>();
        for (TopicModel.TopicDefinition t : model.topics()) {
            if (t.isTopLevel()) {
                topLevel.put(t.code(), t.label());
            }
        }
        assertEquals(IPTC_TOP_LEVEL, topLevel);
    }

    @Test
    void subTopicsKnowTheirAncestorsAndContexts() {
        TopicModel model = TopicModel.loadBundled();
        TopicModel.TopicDefinition refugees = model.topics().stream()
                .filter(t -> t.code().equals("medtop:20000645")).findFirst().orElseThrow();
        assertEquals("medtop:20000638", model.topics().get(refugees.ancestors()[0]).code());
        assertEquals("medtop:11000000", model.topics().get(refugees.ancestors()[1]).code());
        assertTrue(model.contextNames().contains("migration"));
        assertFalse(model.topicTerms().lookup("ceasefire").isEmpty());
    }

    @Test
    void termUnderATopicAndItsAncestorIsRejected() {
        String yaml = """
                topics:
                  - {code: "medtop:16000000", label: "conflict, war and peace", terms: {2: [war]}}
                  - {code: "medtop:20000056", label: armed conflict, parent: "medtop:16000000", terms: {2: [wars]}}
                """;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> read(yaml));
        assertTrue(e.getMessage().contains("wars"), e.getMessage());
    }

    @Test
    void unknownParentIsRejected() {
        String yaml = """
                topics:
                  - {code: "medtop:20000056", label: armed conflict, parent: "medtop:99999999", terms: {2: [battle]}}
                """;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> read(yaml));
        assertTrue(e.getMessage().contains("medtop:99999999"), e.getMessage());
    }

    @Test
    void termGroupKeyMustBeAWeight() {
        String yaml = """
                topics:
                  - {code: "medtop:17000000", label: weather, terms: {strong: [storm]}}
                """;
        assertThrows(IllegalStateException.class, () -> read(yaml));
    }

    private static TopicModel read(String yaml) throws IOException {
        return TopicModel.read(BundledKnowledge.yaml().readTree(yaml));
    }
}
