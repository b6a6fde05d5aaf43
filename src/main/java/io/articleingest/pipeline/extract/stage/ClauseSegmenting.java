package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Clause;
import io.articleingest.pipeline.extract.Layer;
import io.articleingest.pipeline.extract.Stage;
import io.articleingest.pipeline.knowledge.Lexicon;
import io.articleingest.pipeline.knowledge.WordClass;
import io.articleingest.pipeline.text.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Splits each sentence into clauses, the one definition every later stage uses. A sentence is
 * read left to right with a stack of open clauses:
 * <ul>
 *   <li>a clause break (";", ":", a dash) or a conjunction of contrast ("but", "while") ends every
 *       open clause and starts a main clause;</li>
 *   <li>a speech verb opens what was said ("said (that) …"), a subordinating conjunction a
 *       subordinate clause ("when a drone struck"), a relative pronoun a relative clause, "to"
 *       before a verb an infinitive, an -ing verb after a comma or "and" a participle clause;</li>
 *   <li>a comma ends the subordinate, relative, participle and infinitive clauses open at the top of
 *       the stack — not a main clause, nor what a speaker said.</li>
 * </ul>
 */
public final class ClauseSegmenting implements Stage {

    private static final Set<Clause.Kind> ENDED_BY_COMMA = Set.of(Clause.Kind.SUBORDINATE, Clause.Kind.RELATIVE,
            Clause.Kind.PARTICIPLE, Clause.Kind.INFINITIVE);
    /** how far after "told" the "that" of what was told may come: "told Al Jazeera on Monday that" */
    private static final int ADDRESSEE_REACH = 6;
    /** how far after "when", "since", "after" the verb of their clause may come */
    private static final int SUBORDINATE_REACH = 10;
    /** the tags a subject starts with, after a conjunction the tagger read as an adverb or preposition */
    private static final Set<String> SUBJECT_STARTS = Set.of("DET", "PROPN", "NOUN", "PRON", "NUM", "ADJ");

    private final Lexicon words;

    public ClauseSegmenting(Lexicon words) {
        this.words = words;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TAGS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.CLAUSES);
    }

    @Override
    public void annotate(AnnotatedArticle article) {
        for (AnnotatedSentence s : article.sentences()) {
            s.setClauses(segment(s.tokens()));
        }
    }

    /** A clause being read: its end is known when it is closed. */
    private static final class Open {
        final int start;
        final Clause.Kind kind;
        final int opener;
        final int parent;
        int end = -1;

        Open(int start, Clause.Kind kind, int opener, int parent) {
            this.start = start;
            this.kind = kind;
            this.opener = opener;
            this.parent = parent;
        }
    }

    List<Clause> segment(List<Token> tokens) {
        int n = tokens.size();
        List<Open> all = new ArrayList<>();
        Deque<Integer> stack = new ArrayDeque<>();
        open(all, stack, 0, Clause.Kind.MAIN, -1);
        int fronted = frontedParticiple(tokens);
        for (int k = 0; k < n; k++) {
            Token t = tokens.get(k);
            Token next = k + 1 < n ? tokens.get(k + 1) : null;
            if (words.is(WordClass.CLAUSE_BREAKS, t.norm())
                    || k > 0 && words.is(WordClass.CONTRAST_CONJUNCTIONS, t.norm()) && !t.hasTag("ADP")) {
                closeAll(all, stack, k);
                open(all, stack, k + 1, Clause.Kind.MAIN, k);
            } else if (k == fronted) {
                open(all, stack, k, Clause.Kind.PARTICIPLE, k > 0 ? k - 1 : k); // "After shelling the town for a week, the army …"
            } else if (t.norm().equals(",")) {
                closeWhile(all, stack, k, ENDED_BY_COMMA);
                if (next != null && next.verbForm() == Token.VerbForm.GERUND) {
                    open(all, stack, k + 1, Clause.Kind.PARTICIPLE, k); // ", killing 12"
                }
            } else if (words.is(WordClass.COORDINATORS, t.norm()) && next != null
                    && next.verbForm() == Token.VerbForm.GERUND && top(all, stack).kind == Clause.Kind.PARTICIPLE) {
                closeWhile(all, stack, k, Set.of(Clause.Kind.PARTICIPLE));
                open(all, stack, k + 1, Clause.Kind.PARTICIPLE, k); // "killing 342 and wounding 870"
            } else if (isSpeechVerb(t) && next != null && next.isWord()) {
                int start = reportedStart(tokens, k);
                open(all, stack, start, Clause.Kind.REPORTED, k);
                k = start - 1;
            } else if (words.is(WordClass.RELATIVE_PRONOUNS, t.norm()) || words.is(WordClass.FREE_RELATIVES, t.norm())) {
                open(all, stack, k + 1, Clause.Kind.RELATIVE, k);
            } else if (opensSubordinate(tokens, k)) {
                open(all, stack, k + 1, Clause.Kind.SUBORDINATE, k);
            } else if (words.is(WordClass.INFINITIVE_MARKERS, t.norm()) && t.hasTag("PART") && next != null && next.isVerb()) {
                open(all, stack, k + 1, Clause.Kind.INFINITIVE, k);
            }
        }
        closeAll(all, stack, n);
        List<Clause> out = new ArrayList<>();
        for (Open o : all) {
            // an empty clause (a break at the end) is kept, so that parent indices stay valid
            out.add(new Clause(o.start, Math.max(o.start, o.end), o.kind, o.opener, o.parent));
        }
        return out;
    }

    /**
     * A subordinating conjunction opens a clause when a finite verb follows it before the next
     * comma or break ("when a drone struck", "since the truce took effect"). Where the tagger reads
     * "when", "since", "after" as an adverb or a preposition, a subject must follow it ("once again"
     * opens nothing); "that" opens a clause only as a conjunction ("that deal" does not).
     */
    private boolean opensSubordinate(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (!words.is(WordClass.SUBORDINATORS, t.norm()) || words.is(WordClass.THAT_COMPLEMENTIZERS, t.norm()) && !t.hasTag("SCONJ")
                || k + 1 >= tokens.size() || !t.hasTag("SCONJ") && !SUBJECT_STARTS.contains(tokens.get(k + 1).tag())) {
            return false; // "once again" is no clause; "once the truce holds" is
        }
        for (int j = k + 1; j < Math.min(tokens.size(), k + 1 + SUBORDINATE_REACH); j++) {
            Token w = tokens.get(j);
            if (w.norm().equals(",") || words.is(WordClass.CLAUSE_BREAKS, w.norm())) {
                return false;
            }
            if (w.isVerb() && w.verbForm() != Token.VerbForm.GERUND && !words.is(WordClass.INFINITIVE_MARKERS, tokens.get(j - 1).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a participle clause that opens the sentence starts ("Fleeing the shelling, thousands
     * crossed …", "After shelling the town for a week, the army entered it"): an -ing form first or
     * after a subordinator, closed by a comma before any other verb; else -1. Without the comma
     * the -ing form is the subject ("Fighting continued overnight").
     */
    private int frontedParticiple(List<Token> tokens) {
        int k = !tokens.isEmpty() && words.is(WordClass.SUBORDINATORS, tokens.get(0).norm()) ? 1 : 0;
        if (k >= tokens.size() || tokens.get(k).verbForm() != Token.VerbForm.GERUND || !tokens.get(k).isVerb()) {
            return -1;
        }
        for (int j = k + 1; j < Math.min(tokens.size(), k + 1 + SUBORDINATE_REACH); j++) {
            Token w = tokens.get(j);
            if (w.norm().equals(",")) {
                return k;
            }
            if (w.isVerb() && w.verbForm() != Token.VerbForm.GERUND || words.is(WordClass.CLAUSE_BREAKS, w.norm())) {
                return -1;
            }
        }
        return -1;
    }

    private boolean isSpeechVerb(Token t) {
        return t.isVerb() && words.is(WordClass.SPEECH_VERBS, t);
    }

    /** Where what was said starts: after the verb, its "that", or "told X that". */
    private int reportedStart(List<Token> tokens, int verb) {
        if (words.is(WordClass.THAT_COMPLEMENTIZERS, tokens.get(verb + 1).norm())) {
            return verb + 2;
        }
        if (words.is(WordClass.ADDRESSEE_VERBS, tokens.get(verb))) {
            for (int j = verb + 1; j < Math.min(tokens.size(), verb + 1 + ADDRESSEE_REACH); j++) {
                if (words.is(WordClass.THAT_COMPLEMENTIZERS, tokens.get(j).norm())) {
                    return j + 1;
                }
                if (tokens.get(j).norm().equals(",")) {
                    break;
                }
            }
            return afterNounPhrase(tokens, verb + 1); // "told envoys it would accept the plan"
        }
        return verb + 1;
    }

    /**
     * The end of the noun phrase at {@code from}: a determiner, adjectives, then names or nouns —
     * "Al Jazeera" in "told Al Jazeera the group would", "the mediators" in "informed the mediators".
     */
    private static int afterNounPhrase(List<Token> tokens, int from) {
        int j = from;
        if (j < tokens.size() && tokens.get(j).hasTag("DET")) {
            j++;
        }
        while (j < tokens.size() && tokens.get(j).hasTag("ADJ")) {
            j++;
        }
        String head = j < tokens.size() ? tokens.get(j).tag() : null;
        while (j < tokens.size() - 1 && ("PROPN".equals(head) || "NOUN".equals(head)) && tokens.get(j).hasTag(head)) {
            j++;
        }
        return j;
    }

    private static void open(List<Open> all, Deque<Integer> stack, int start, Clause.Kind kind, int opener) {
        int parent = stack.isEmpty() ? -1 : stack.peek();
        all.add(new Open(start, kind, opener, parent));
        stack.push(all.size() - 1);
    }

    private static Open top(List<Open> all, Deque<Integer> stack) {
        return all.get(stack.peek());
    }

    private static void closeAll(List<Open> all, Deque<Integer> stack, int end) {
        while (!stack.isEmpty()) {
            all.get(stack.pop()).end = end;
        }
    }

    private static void closeWhile(List<Open> all, Deque<Integer> stack, int end, Set<Clause.Kind> kinds) {
        while (stack.size() > 1 && kinds.contains(top(all, stack).kind)) {
            all.get(stack.pop()).end = end;
        }
    }
}
