package io.articleingest.pipeline.knowledge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Verb forms generated from the lemmas of triggers.yaml, with cues.yaml's spelling lists. */
class InflectionTest {

    private static final Knowledge KNOWLEDGE = Knowledge.load((Path) null);

    @Test
    void aDoubledConsonantListedAlsoAsIrregularKeepsItsPastForm() {
        for (String[] verb : new String[][] {{"swap", "swapped"}, {"ban", "banned"}, {"slam", "slammed"}}) {
            Set<String> forms = KNOWLEDGE.inflections(verb[0]);
            assertTrue(forms.contains(verb[1]), verb[0] + " -> " + forms);
        }
    }

    @Test
    void regularIrregularAndBritishFormsAreGenerated() {
        assertTrue(KNOWLEDGE.inflections("attack").containsAll(Set.of("attacks", "attacked", "attacking")));
        assertTrue(KNOWLEDGE.inflections("free").contains("freed"));
        assertTrue(KNOWLEDGE.inflections("pummel").contains("pummelled"));
        assertFalse(KNOWLEDGE.inflections("jail").contains("jailled"), "jail is not doubled");
    }
}
