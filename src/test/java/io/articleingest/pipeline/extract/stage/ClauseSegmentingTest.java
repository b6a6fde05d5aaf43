package io.articleingest.pipeline.extract.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Clause;
import io.articleingest.pipeline.extract.StageFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one definition of a clause, on sentences written for it. */
class ClauseSegmentingTest {

    private static AnnotatedSentence segmented(String text) {
        return StageFixture.sentence(ClauseSegmenting.class, text);
    }

    /** The words of the clause of {@code kind} in the sentence, or null. */
    private static String clause(AnnotatedSentence s, Clause.Kind kind) {
        for (Clause c : s.clauses()) {
            if (c.kind() == kind && c.end() > c.start()) {
                return s.words(c.start(), c.end());
            }
        }
        return null;
    }

    @Test
    void whatASpeakerSaidIsAClauseAfterTheVerbAndItsThat() {
        AnnotatedSentence s = segmented("The ministry said that troops had withdrawn from the town.");
        assertEquals("troops had withdrawn from the town.", clause(s, Clause.Kind.REPORTED));
        AnnotatedSentence told = segmented("A Hamas official told Al Jazeera the group would not attend.");
        assertEquals("the group would not attend.", clause(told, Clause.Kind.REPORTED), "the one told is no part of it");
    }

    @Test
    void aConjunctionOpensAClauseOnlyWhenAVerbFollows() {
        AnnotatedSentence when = segmented("Two men were killed when a drone struck their car.");
        assertEquals("a drone struck their car.", clause(when, Clause.Kind.SUBORDINATE));
        assertNull(clause(segmented("Fighting has continued since October."), Clause.Kind.SUBORDINATE),
                "a date after 'since' is no clause");
        assertNull(clause(segmented("Egypt has once again rejected the plan."), Clause.Kind.SUBORDINATE),
                "'once again' is an adverb");
    }

    @Test
    void relativeParticipleAndInfinitiveClauses() {
        AnnotatedSentence s = segmented("Qatar, which hosts the talks, urged Hamas to release the hostages, citing the truce.");
        assertEquals("hosts the talks", clause(s, Clause.Kind.RELATIVE));
        assertEquals("release the hostages", clause(s, Clause.Kind.INFINITIVE));
        assertEquals("citing the truce.", clause(s, Clause.Kind.PARTICIPLE));
    }

    @Test
    void aParticipleOpeningTheSentenceIsAClauseUpToItsComma() {
        assertEquals("shelling the town for a week",
                clause(segmented("After shelling the town for a week, the army entered it."), Clause.Kind.PARTICIPLE));
        assertEquals("Fleeing the shelling",
                clause(segmented("Fleeing the shelling, thousands crossed into Egypt."), Clause.Kind.PARTICIPLE));
        assertNull(clause(segmented("Fighting continued near Kharkiv on Monday, officials said."), Clause.Kind.PARTICIPLE),
                "an -ing form with a verb before the comma is the subject");
    }

    @Test
    void aBreakOrAContrastStartsANewMainClause() {
        AnnotatedSentence s = segmented("Israel agreed to the plan; Hamas rejected it, but Egypt welcomed the move.");
        List<String> mains = s.clauses().stream().filter(c -> c.kind() == Clause.Kind.MAIN)
                .map(c -> s.words(c.start(), c.end())).toList();
        assertEquals(3, mains.size(), mains.toString());
        assertTrue(mains.get(2).startsWith("Egypt welcomed"), mains.toString());
    }

    @Test
    void theInnermostClauseHoldsAToken() {
        AnnotatedSentence s = segmented("Officials said the army would withdraw if the rebels agreed.");
        int agreed = s.tokens().stream().map(t -> t.norm()).toList().indexOf("agreed");
        Clause c = s.clauseOf(agreed);
        assertEquals(Clause.Kind.SUBORDINATE, c.kind());
        assertEquals(Clause.Kind.REPORTED, s.parentOf(c).kind());
    }
}
