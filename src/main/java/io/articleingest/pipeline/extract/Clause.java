package io.articleingest.pipeline.extract;

/**
 * A clause of a sentence over tokens [start, end): the one place that says where a clause begins
 * and ends, for every stage that looks for a subject, an object, a status cue or a date.
 *
 * @param kind   how it hangs on the sentence
 * @param opener the token that opens it ("when", "that", ",", "to", a participle), or -1
 * @param parent the index of the clause it depends on, or -1 for a main clause
 */
public record Clause(int start, int end, Kind kind, int opener, int parent) {

    public enum Kind {
        /** a main clause, or one coordinated with it ("…, but Y refused") */
        MAIN,
        /** what a speaker said: after "said (that)", or before ", X said" */
        REPORTED,
        /** opened by a subordinating conjunction: "when", "after", "if", "because", "since" */
        SUBORDINATE,
        /** a relative clause: ", which backs the Houthis," */
        RELATIVE,
        /** a participle hanging on the clause before it: ", killing 12" */
        PARTICIPLE,
        /** an infinitive: "to open the crossing" */
        INFINITIVE
    }

    public boolean contains(int token) {
        return token >= start && token < end;
    }
}
