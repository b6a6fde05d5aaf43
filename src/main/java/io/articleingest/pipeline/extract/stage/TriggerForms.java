package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Clause;
import io.articleingest.pipeline.extract.Mention;
import io.articleingest.pipeline.extract.TriggerHit.Form;
import io.articleingest.pipeline.knowledge.Lexicon;
import io.articleingest.pipeline.knowledge.Trigger;
import io.articleingest.pipeline.knowledge.WordClass;
import io.articleingest.pipeline.text.Token;
import java.util.List;

/**
 * How a verb trigger is used in its clause — passive, participle, reduced relative, coordinated,
 * infinitive or active — from its inflection, the words before it and the clauses: what decides
 * where its actor and recipient are.
 */
final class TriggerForms {

    /** how many words the subject of a gapped passive may have: "dozens", "13 others", "two more people" */
    private static final int GAPPED_SUBJECT = 3;

    private final Lexicon words;

    TriggerForms(Lexicon words) {
        this.words = words;
    }

    /** How a verb trigger is used: passive, participle, reduced relative, coordinated, infinitive or active. */
    Form of(AnnotatedSentence s, int start, int end, Trigger t) {
        List<Token> tokens = s.tokens();
        Token verb = tokens.get(start);
        String before = start > 0 ? tokens.get(start - 1).norm() : "";
        Token.VerbForm inflection = verb.verbForm();
        if (inflection != Token.VerbForm.GERUND && inflection != Token.VerbForm.THIRD_PERSON && passiveAuxiliaryBefore(tokens, start)
                || reducedPassive(s, start, end) || objectsParticiple(tokens, start, end) || gappedPassive(tokens, start)
                || coordinatedPassive(tokens, start)) {
            return Form.PASSIVE;
        }
        if (inflection == Token.VerbForm.GERUND && end < tokens.size() && words.is(WordClass.PAIR_MARKERS, tokens.get(end).norm())
                && (start == 0 || !tokens.get(start - 1).isNoun() && !tokens.get(start - 1).hasTag("PRON"))) {
            return Form.NOUN; // "fighting between the army and rebels": the act's name, its parties after it
        }
        if (inflection == Token.VerbForm.GERUND && start > 0 && (tokens.get(start - 1).hasTag("ADP") || tokens.get(start - 1).hasTag("SCONJ"))
                && !words.is(WordClass.SUBORDINATORS, before)
                && (end >= tokens.size() || tokens.get(end).hasTag("ADP") || !tokens.get(end).isWord())) {
            // "displaced by fighting near the town", "killed in shelling on Monday": a preposition's object with
            // none of its own is the act's name ("after shelling the town", "before withdrawing from it" keep a subject)
            return Form.NOUN;
        }
        Clause clause = s.clauseOf(start);
        if (inflection == Token.VerbForm.GERUND && clause != null && clause.kind() == Clause.Kind.PARTICIPLE
                && clause.start() == start) {
            return Form.PARTICIPLE;
        }
        if (inflection == Token.VerbForm.GERUND && !before.equals(",") && actorEndsNear(s.mentions(), start)) {
            return Form.REDUCED_RELATIVE; // "a resolution calling for a ceasefire"
        }
        if (inflection != Token.VerbForm.GERUND && (words.is(WordClass.COORDINATORS, before)
                || words.is(WordClass.CONTRAST_CONJUNCTIONS, before))) {
            return Form.COORDINATED;
        }
        if (words.is(WordClass.INFINITIVE_MARKERS, before)) {
            return Form.INFINITIVE;
        }
        return Form.ACTIVE;
    }

    /** "were killed", "have been arrested", "was reportedly shot": be (or get) before, adverbs between. */
    boolean passiveAuxiliaryBefore(List<Token> tokens, int verb) {
        for (int k = verb - 1; k >= Math.max(0, verb - 3); k--) {
            Token t = tokens.get(k);
            if (words.is(WordClass.PASSIVE_AUXILIARIES, t) && !t.isNoun()) {
                return true; // the tagger at times calls "were" an adverb; "a human being" is no auxiliary
            }
            if (!t.hasTag("ADV") && !(t.hasTag("PART") && !words.is(WordClass.INFINITIVE_MARKERS, t.norm()))) {
                return false; // "were reportedly killed", "was not arrested"; "was to protest" is no passive
            }
        }
        return false;
    }

    /**
     * "several people were wounded and dozens arrested", "15 were killed and 13 wounded": a past
     * participle after "and" and its own subject, whose auxiliary is the passive verb's before.
     */
    private boolean gappedPassive(List<Token> tokens, int verb) {
        if (tokens.get(verb).verbForm() != Token.VerbForm.PAST) {
            return false;
        }
        int k = verb - 1;
        while (k > 0 && verb - k <= GAPPED_SUBJECT && (tokens.get(k).hasTag("NUM") || tokens.get(k).isNoun()
                || tokens.get(k).hasTag("ADJ") || tokens.get(k).hasTag("DET")
                || words.is(WordClass.VAGUE_COUNTS, tokens.get(k).norm()))) {
            k--;
        }
        if (k == verb - 1 || k < 1 || !words.is(WordClass.COORDINATORS, tokens.get(k).norm())) {
            return false;
        }
        Token before = tokens.get(k - 1);
        boolean participle = before.verbForm() == Token.VerbForm.PAST
                || before.hasTag("ADJ") && before.norm().endsWith("ed"); // "were wounded/ADJ and dozens arrested"
        return participle && passiveAuxiliaryBefore(tokens, k - 1);
    }

    /**
     * "had been freed and flown to Moscow", "were arrested and taken away": a form that can only be a
     * past participle, joined by "and" to a passive participle, shares its auxiliary ("fled" or
     * "returned fire" after "were ambushed and" may be the subject's own past, and stay active).
     */
    private boolean coordinatedPassive(List<Token> tokens, int verb) {
        Token t = tokens.get(verb);
        if (verb < 2 || t.lemma() == null || !words.isParticipleOnly(t.lemma(), t.norm())
                || !words.is(WordClass.COORDINATORS, tokens.get(verb - 1).norm())) {
            return false;
        }
        Token before = tokens.get(verb - 2);
        return before.verbForm() == Token.VerbForm.PAST && passiveAuxiliaryBefore(tokens, verb - 2);
    }

    /** "a deal mediated by the Emirates": a past participle after a noun, with an actor as its agent. */
    private boolean reducedPassive(AnnotatedSentence s, int start, int end) {
        List<Token> tokens = s.tokens();
        if (tokens.get(start).verbForm() != Token.VerbForm.PAST || end >= tokens.size() || start == 0
                || !words.is(WordClass.AGENT_MARKERS, tokens.get(end).norm()) || tokens.get(start - 1).isCapitalised()) {
            return false;
        }
        for (Mention m : s.mentions()) {
            if (m.end() == start && m.isActor()) {
                return false; // "Israel mediated by …" is not a noun's participle
            }
            if (m.isActor() && m.start() > end && m.start() <= end + 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * "released a British couple detained for seven months", "expelled a diplomat accused of spying":
     * a past participle right after the object of an earlier verb, with no object of its own, says
     * what was done to that object.
     */
    private static boolean objectsParticiple(List<Token> tokens, int start, int end) {
        if (tokens.get(start).verbForm() != Token.VerbForm.PAST || start < 2 || !tokens.get(start - 1).isNoun()
                || end < tokens.size() && tokens.get(end).isWord() && !tokens.get(end).hasTag("ADP")) {
            return false;
        }
        int k = start - 1;
        while (k > 0 && (tokens.get(k).isNoun() || tokens.get(k).hasTag("ADJ") || tokens.get(k).hasTag("NUM"))) {
            k--;
        }
        // the noun phrase of an object opens with its determiner or count: "a diplomat", "three men"
        if (tokens.get(k).hasTag("DET")) {
            k--;
        } else if (!tokens.get(k + 1).hasTag("NUM")) {
            return false;
        }
        return k >= 0 && tokens.get(k).isVerb();
    }

    private static boolean actorEndsNear(List<Mention> mentions, int token) {
        return mentions.stream().anyMatch(m -> m.isActor() && m.end() <= token && m.end() >= token - 2);
    }
}
