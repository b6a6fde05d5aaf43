package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.extract.Syntax;
import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Clause;
import io.articleingest.pipeline.extract.Draft;
import io.articleingest.pipeline.extract.Layer;
import io.articleingest.pipeline.extract.Scopes;
import io.articleingest.pipeline.extract.Stage;
import io.articleingest.pipeline.extract.TriggerHit;
import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.knowledge.Lexicon;
import io.articleingest.pipeline.knowledge.PhraseIndex;
import io.articleingest.pipeline.knowledge.WordClass;
import io.articleingest.pipeline.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Whether each act happened: the status cues of {@code cues.yaml} between the start of the
 * trigger's clause and the trigger — "will", "is expected to" (future), "could", "may", "if"
 * (hypothetical), "did not", "never" (negated), "previously" (historical); for a noun, the
 * auxiliary after it ("military action will begin"). An act inside a condition ("if Hamas failed
 * to return them") is hypothetical, and "would" in reported speech is the future, not a condition.
 */
public final class StatusFinding implements Stage {

    /** the cue lists of status */
    private static final Set<String> STATUS = Set.of("negated", "hypothetical", "future", "historical");
    /** how close before the trigger a negation must be: "neither confirmed nor denied" */
    private static final int NEGATION_REACH = 3;
    private static final int NOUN_AUXILIARY_REACH = 4;

    private final Knowledge knowledge;
    private final Lexicon words;
    private final Syntax syntax;

    public StatusFinding(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.words = knowledge.lexicon();
        this.syntax = new Syntax(words);
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.ARGUMENTS, Layer.CLAUSES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.STATUS);
    }

    @Override
    public void annotate(AnnotatedArticle article) {
        for (Draft d : article.drafts()) {
            status(d);
        }
    }

    private void status(Draft d) {
        List<Token> tokens = d.sentence.tokens();
        int from = Scopes.statusStart(d);
        int at = d.hit.start();
        boolean conditional = inCondition(d.sentence, at);
        String status = conditional ? "hypothetical" : "occurred";
        String rule = conditional ? "condition" : null;
        String evidence = conditional ? conditionOpener(d.sentence, at) : null;
        if (d.hit.form() == TriggerHit.Form.NOUN) {
            // "military action will begin soon", "the releases were never carried out": for a noun,
            // the auxiliary follows it
            for (int k = d.hit.end(); k < Math.min(tokens.size(), d.hit.end() + NOUN_AUXILIARY_REACH); k++) {
                for (PhraseIndex.Match<String> cue : knowledge.cues.matchesAt(tokens, k)) {
                    if (cue.value().equals("negated")) {
                        set(d, "negated", "negation", d.sentence.words(cue.start(), cue.end()));
                        return;
                    }
                    if (cue.value().equals("future") || cue.value().equals("hypothetical") && reportedFuture(d.sentence, k)) {
                        status = "future"; // "a ground operation … would begin soon", a minister said
                        rule = "status-cue";
                        evidence = d.sentence.words(cue.start(), cue.end());
                    }
                }
            }
        }
        int covered = from;
        for (int k = from; k < at; k++) {
            if (k < covered) {
                continue; // inside a longer cue: "they would" is reported future, not the conditional "would"
            }
            for (PhraseIndex.Match<String> cue : knowledge.cues.matchesAt(tokens, k)) {
                if (cue.end() > at || !STATUS.contains(cue.value()) || syntax.isMonthOfADate(tokens, cue.start())) {
                    continue;
                }
                covered = Math.max(covered, cue.end());
                String words = d.sentence.words(cue.start(), cue.end());
                switch (cue.value()) {
                    case "negated" -> {
                        if (at - cue.end() <= NEGATION_REACH) {
                            // "neither confirmed nor denied"; but "if Hamas failed to return them" is a condition
                            set(d, conditional ? "hypothetical" : "negated", conditional ? "condition" : "negation", words);
                            return;
                        }
                    }
                    case "hypothetical" -> {
                        status = reportedFuture(d.sentence, k) ? "future" : "hypothetical";
                        rule = "status-cue";
                        evidence = words;
                    }
                    case "future" -> {
                        if (!status.equals("hypothetical")) {
                            status = "future";
                            rule = "status-cue";
                            evidence = words;
                        }
                    }
                    case "historical" -> {
                        if (status.equals("occurred")) {
                            status = "historical";
                            rule = "status-cue";
                            evidence = words;
                        }
                    }
                    default -> {
                        // other cue lists do not bear on status
                    }
                }
            }
        }
        set(d, status, rule, evidence);
    }

    private static void set(Draft d, String status, String rule, String evidence) {
        d.status = status;
        if (rule != null) {
            d.because("status", rule, evidence);
        }
    }

    /** Whether the token is inside a clause opened by "if" or "unless". */
    private boolean inCondition(AnnotatedSentence s, int token) {
        return conditionOpener(s, token) != null;
    }

    /** The "if" or "unless" of the condition the token is in, or the "until" of one a modal awaits; or null. */
    private String conditionOpener(AnnotatedSentence s, int token) {
        for (Clause c = s.clauseOf(token); c != null; c = s.parentOf(c)) {
            if (c.kind() == Clause.Kind.SUBORDINATE && (words.is(WordClass.CONDITIONALS, s.tokens().get(c.opener()).norm())
                    || awaited(s, c))) {
                return s.tokens().get(c.opener()).text();
            }
        }
        return null;
    }

    /** "the strike will go on until the ministry agrees": an until- or before-clause after a modal of what is to come. */
    private boolean awaited(AnnotatedSentence s, Clause c) {
        Clause parent = s.parentOf(c);
        if (parent == null || !words.is(WordClass.DEMAND_CONDITIONS, s.tokens().get(c.opener()).norm())) {
            return false;
        }
        for (int k = parent.start(); k < c.opener(); k++) {
            if (words.is(WordClass.AWAITING_MODALS, s.tokens().get(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** "an official said Cairo would host the talks next week": "would" of reported speech, no condition. */
    private boolean reportedFuture(AnnotatedSentence s, int k) {
        List<Token> tokens = s.tokens();
        boolean spoken = false;
        for (int j = 0; j < k; j++) {
            spoken |= tokens.get(j).isVerb() && words.is(WordClass.SPEECH_VERBS, tokens.get(j));
        }
        return words.is(WordClass.REPORTED_MODALS, tokens.get(k).norm()) && spoken
                && tokens.stream().noneMatch(t -> words.is(WordClass.CONDITIONALS, t.norm()));
    }
}
