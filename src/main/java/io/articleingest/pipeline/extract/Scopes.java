package io.articleingest.pipeline.extract;

/**
 * The stretches of a sentence that belong to one trigger, from its clauses: where its status cues
 * are ({@link #statusStart}) and where its date and place are ({@link #windowEnd}).
 */
public final class Scopes {

    private Scopes() {
    }

    /**
     * Where the cues of a trigger's status may start: its clause (for an infinitive, the clause it
     * completes: "is expected to meet"), after any trigger before it in that clause and past the
     * relative clauses closing before it ("France, which brokered the truce last year, urged …": the
     * urging is no history).
     */
    public static int statusStart(Draft d) {
        AnnotatedSentence s = d.sentence;
        Clause scope = s.scopeOf(d.hit.start());
        int start = scope == null ? 0 : scope.start();
        for (TriggerHit other : s.triggers()) {
            if (other.end() <= d.hit.start() && other.end() > start) {
                start = other.end();
            }
        }
        return pastRelativeClauses(d, start);
    }

    /**
     * Where the stretch that dates a trigger starts: its main clause, or what the speaker said —
     * "killed on Friday when an airstrike hit", "talks collapsed on Sunday as envoys walked out" —
     * after any trigger before it there.
     */
    public static int dateStart(Draft d) {
        AnnotatedSentence s = d.sentence;
        int start = mainClauseStart(d);
        for (TriggerHit other : s.triggers()) {
            if (other.end() <= d.hit.start() && other.end() > start) {
                start = other.end();
            }
        }
        return pastRelativeClauses(d, start);
    }

    /**
     * {@code start}, moved past the relative clauses that close before the trigger: "the rebels, who
     * seized the city in 2023, have demanded": 2023 is the seizure's, not the demand's.
     */
    public static int pastRelativeClauses(Draft d, int start) {
        int from = start;
        for (Clause c : d.sentence.clauses()) {
            if (c.kind() == Clause.Kind.RELATIVE && c.end() <= d.hit.start() && c.end() > from) {
                from = c.end();
            }
        }
        return from;
    }

    /** Where the trigger's main clause, or what the speaker said, starts. */
    public static int mainClauseStart(Draft d) {
        AnnotatedSentence s = d.sentence;
        Clause c = s.clauseOf(d.hit.start());
        while (c != null && c.kind() != Clause.Kind.MAIN && c.kind() != Clause.Kind.REPORTED && c.parent() >= 0) {
            c = s.clauses().get(c.parent());
        }
        return c == null ? 0 : c.start();
    }

    /** Where the stretch of a trigger ends: at the next trigger of its sentence, else the sentence's end. */
    public static int windowEnd(Draft d) {
        for (TriggerHit other : d.sentence.triggers()) {
            if (other.start() > d.hit.end()) {
                return other.start();
            }
        }
        return d.sentence.tokens().size();
    }
}
