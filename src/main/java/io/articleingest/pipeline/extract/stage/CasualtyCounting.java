package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Clause;
import io.articleingest.pipeline.extract.Draft;
import io.articleingest.pipeline.extract.Layer;
import io.articleingest.pipeline.extract.Mention;
import io.articleingest.pipeline.extract.Stage;
import io.articleingest.pipeline.extract.Syntax;
import io.articleingest.pipeline.extract.TriggerHit;
import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.knowledge.Lexicon;
import io.articleingest.pipeline.knowledge.WordClass;
import io.articleingest.pipeline.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Deaths and injuries counted next to a casualty trigger: after an active verb, added up over a
 * list ({@code victims-after}: "killing a commander and two civilians" is 3); before a passive one
 * ({@code victims-before}: "two brothers … were killed", "at least 120 villagers have been
 * killed", past an insertion: "four guards, among them an officer, were killed"); after a toll ({@code toll}: "the death toll rose to 200"). Vague counts ("tens of
 * thousands") give no figure; an attack that "left five dead" caused five deaths ({@code left-dead}), and
 * bodies counted in its sentence are its dead ({@code bodies-counted}); of a range the lower figure counts, as ACLED reports it ("between 10
 * and 15 soldiers were killed" is 10); years, days of the month and measures ("8 percent") are not counts.
 */
public final class CasualtyCounting implements Stage {

    private static final String ASSAULT = "ASSAULT";
    private static final Set<String> COUNT_SEPARATORS = Set.of(",", ";", ".");
    /** how many words a conjunct before the count may have before its own figure: "two Israeli soldiers and" */
    private static final int CONJUNCT_REACH = 4;
    /** how far after a toll its figure may come: "the death toll since the truce took effect … rose to 342" */
    private static final int TOLL_REACH = 14;
    private static final int VICTIMS_REACH = 12;
    private static final int BEFORE_REACH = 10;

    private final Knowledge knowledge;
    private final Lexicon words;
    private final Syntax syntax;

    public CasualtyCounting(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.words = knowledge.lexicon();
        this.syntax = new Syntax(words);
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.ARGUMENTS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.CASUALTIES);
    }

    @Override
    public void annotate(AnnotatedArticle article) {
        for (Draft d : article.drafts()) {
            String kind = d.hit.trigger().casualties();
            if (kind == null) {
                leftDeadOrWounded(d);
            } else {
                Count c = count(d);
                if (c != null && "killed".equals(kind)) {
                    d.fatalities = c.n();
                    d.because("fatalities", c.rule(), d.sentence.words(c.at(), c.at() + 1));
                } else if (c != null) {
                    d.injuries = c.n();
                    d.because("injuries", c.rule(), d.sentence.words(c.at(), c.at() + 1));
                }
            }
            if (d.fatalities == null && ASSAULT.equals(d.type)) {
                bodiesCounted(d);
            }
        }
    }

    /**
     * "At least 64 bodies were recovered", "the bodies of 13 soldiers were brought to the hospital": a
     * count of bodies in the sentence of an attack is a count of its dead (rule {@code bodies-counted};
     * lexicon {@code bodyNouns}).
     */
    private void bodiesCounted(Draft d) {
        List<Token> tokens = d.sentence.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            if (!words.is(WordClass.BODY_NOUNS, tokens.get(k).norm())) {
                continue;
            }
            Integer before = k > 0 ? number(tokens, k - 1) : null;
            boolean of = k + 2 < tokens.size() && words.is(WordClass.PARTITIVES, tokens.get(k + 1).norm());
            Integer after = of ? number(tokens, k + 2) : null;
            Integer n = before != null ? before : after;
            if (n != null) {
                d.fatalities = n;
                d.because("fatalities", "bodies-counted", tokens.get(before != null ? k - 1 : k + 2).text());
                return;
            }
        }
    }

    /**
     * "clashes between rival groups left five dead", "an explosion, leaving at least 12 wounded": an
     * act of force that leaves a count of dead or wounded behind it in its clause caused them (rule
     * {@code left-dead}; lexicon {@code leftDead}, {@code leftWounded}).
     */
    private void leftDeadOrWounded(Draft d) {
        if (!ASSAULT.equals(d.type)) {
            return;
        }
        List<Token> tokens = d.sentence.tokens();
        int limit = Math.min(tokens.size(), d.hit.end() + VICTIMS_REACH);
        for (int k = d.hit.end(); k < limit; k++) {
            boolean leaving = k + 1 < limit && tokens.get(k + 1).norm().equals("leaving");
            if (COUNT_SEPARATORS.contains(tokens.get(k).norm()) && !(tokens.get(k).norm().equals(",") && leaving)) {
                return; // ", leaving 12 wounded" is the attack's participle; any other clause is not
            }
            if (!"leave".equals(tokens.get(k).lemma()) && !tokens.get(k).norm().equals("left")) {
                continue;
            }
            int at = k + 1;
            while (at < limit && words.is(WordClass.APPROXIMATORS, tokens.get(at).norm())) {
                at++; // "leaving at least 12 dead"
            }
            Integer n = at < limit ? number(tokens, at) : null;
            for (int j = at + 1; n != null && j < Math.min(limit, at + 3); j++) {
                String w = tokens.get(j).norm();
                if (words.is(WordClass.LEFT_DEAD, w)) {
                    d.fatalities = n;
                    d.because("fatalities", "left-dead", tokens.get(at).text());
                    return;
                }
                if (words.is(WordClass.LEFT_WOUNDED, w)) {
                    d.injuries = n;
                    d.because("injuries", "left-dead", tokens.get(at).text());
                    return;
                }
            }
            return;
        }
    }

    /** A figure, the rule that found it and where it starts. */
    private record Count(int n, String rule, int at) {
    }

    private Count count(Draft d) {
        List<Token> tokens = d.sentence.tokens();
        TriggerHit hit = d.hit;
        if (hit.trigger().victimSubject() && hit.trigger().noun()) {
            for (int k = hit.end(); k < Math.min(tokens.size(), hit.end() + TOLL_REACH); k++) {
                Integer n = number(tokens, k);
                if (n != null) {
                    return new Count(n, "toll", k);
                }
                if (tokens.get(k).norm().equals(";")) {
                    break;
                }
            }
        } else if (!hit.trigger().victimSubject() && hit.form() != TriggerHit.Form.PASSIVE) {
            Integer victims = victimsAfter(d.sentence, hit.end());
            if (victims != null) {
                return new Count(victims, "victims-after", hit.end());
            }
        }
        int floor = Math.max(0, hit.start() - BEFORE_REACH);
        for (int k = hit.start() - 1; k >= floor; k--) {
            String w = tokens.get(k).norm();
            int insertion = w.equals(",") && k >= hit.start() - 3 ? syntax.insertionStart(tokens, k, 0) : -1;
            if (insertion >= 0) {
                k = insertion; // "three of the guards, who were on patrol, were killed"
                floor = Math.max(0, insertion - BEFORE_REACH);
                continue;
            }
            if (w.equals(";") || w.equals(",") && k < hit.start() - 3) {
                break;
            }
            Integer n = number(tokens, k);
            if (n == null && hit.form() == TriggerHit.Form.PASSIVE && oneNamed(d.sentence, k)) {
                return withEarlierConjuncts(d.sentence, new Count(1, "victims-before", k)); // "a policeman was killed"
            }
            boolean approximated = k > 1 && words.is(WordClass.APPROXIMATORS, tokens.get(k - 2).norm()); // "up to 16"
            if (n != null && !(k > 0 && words.is(WordClass.OBJECT_PREPOSITIONS, tokens.get(k - 1).norm()) && !approximated
                    && !opensClause(d.sentence, k))) {
                int low = lowerBound(tokens, k);
                // "three members of one family": "three"
                return withEarlierConjuncts(d.sentence, new Count(low == k ? n : number(tokens, low), "victims-before", low));
            }
        }
        return null;
    }

    /**
     * "Two soldiers and a policeman were killed": the victims joined before the count found nearest
     * the verb are added to it (3).
     */
    private Count withEarlierConjuncts(AnnotatedSentence s, Count c) {
        List<Token> tokens = s.tokens();
        int at = c.at();
        int total = c.n();
        while (at > 1 && words.is(WordClass.COORDINATORS, tokens.get(at - 1).norm())) {
            int found = -1;
            Integer more = null;
            for (int k = at - 2; k >= Math.max(0, at - 1 - CONJUNCT_REACH) && tokens.get(k).isWord(); k--) {
                more = k > 0 && words.is(WordClass.OBJECT_PREPOSITIONS, tokens.get(k - 1).norm()) ? null : number(tokens, k);
                if (more == null && oneNamed(s, k)) {
                    more = 1;
                }
                if (more != null) {
                    found = k;
                    break;
                }
            }
            if (more == null) {
                break;
            }
            total += more;
            at = found;
        }
        return at == c.at() ? c : new Count(total, c.rule(), at);
    }

    /**
     * "after 14 people were killed": the figure is the first word of a clause of its own, so the word
     * before it is a conjunction, not a preposition whose object it would be ("killed in 2014").
     */
    private static boolean opensClause(AnnotatedSentence s, int k) {
        Clause c = s.clauseOf(k);
        return c != null && c.start() == k && c.kind() == Clause.Kind.SUBORDINATE;
    }

    /**
     * The victims named after an active casualty verb, added up: "killing 12", "killed two
     * soldiers and a policeman" (3). The list ends at a comma, a preposition or another verb.
     */
    private Integer victimsAfter(AnnotatedSentence s, int from) {
        List<Token> tokens = s.tokens();
        Integer total = null;
        boolean expectCount = true;
        for (int k = from; k < Math.min(tokens.size(), from + VICTIMS_REACH); k++) {
            Token t = tokens.get(k);
            String w = t.norm();
            if (expectCount && words.is(WordClass.APPROXIMATORS, w)) {
                continue; // "at least four", "more than 20", "up to 16"
            }
            if (COUNT_SEPARATORS.contains(w) || words.is(WordClass.OBJECT_PREPOSITIONS, w) && !words.is(WordClass.PARTITIVES, w)
                    || !knowledge.triggers().phrases.matchesAt(tokens, k).isEmpty()) {
                break;
            }
            if (words.is(WordClass.COORDINATORS, w)) {
                if (k + 1 < tokens.size() && tokens.get(k + 1).isVerb()) {
                    break; // "killed 40 people and displaced 12 million": a new verb, not more victims
                }
                expectCount = true;
                continue;
            }
            if (!expectCount) {
                continue;
            }
            if (words.is(WordClass.VAGUE_COUNTS, w)) {
                break; // "tens of thousands of people": no figure to report
            }
            Integer n = number(tokens, k);
            if (n == null && oneNamed(s, k)
                    || n == null && words.is(WordClass.DEFINITE_ARTICLES, w) && singularActorStarts(s, k + 1, k + 3)) {
                n = 1; // "a Hezbollah commander", "a policeman", "the deputy governor"
            }
            if (n != null) {
                total = total == null ? n : total + n;
                expectCount = false;
            }
        }
        return total;
    }

    /** "a policeman", "a Hezbollah commander": an indefinite article before an actor names one. */
    private boolean oneNamed(AnnotatedSentence s, int k) {
        return words.is(WordClass.INDEFINITE_ARTICLES, s.tokens().get(k).norm()) && actorStarts(s.mentions(), k + 1, k + 3);
    }

    /** An actor starts there whose head is a singular noun: "the deputy governor", not "the soldiers". */
    private static boolean singularActorStarts(AnnotatedSentence s, int from, int to) {
        return s.mentions().stream().anyMatch(m -> {
            Token head = s.tokens().get(m.end() - 1);
            return m.isActor() && m.start() >= from && m.start() <= to && head.hasTag("NOUN") && head.norm().equals(head.base());
        });
    }

    private static boolean actorStarts(List<Mention> mentions, int from, int to) {
        return mentions.stream().anyMatch(m -> m.isActor() && m.start() >= from && m.start() <= to);
    }

    /** Where the lower figure of a range ending at k is ("between 10 and 15", "10 to 15", "10 or 12"), else k. */
    private int lowerBound(List<Token> tokens, int k) {
        if (k > 1 && words.is(WordClass.RANGE_JOINERS, tokens.get(k - 1).norm()) && number(tokens, k - 2) != null) {
            return k - 2;
        }
        return k;
    }

    /** A count at token k (digits or number words), not a year, a day of the month or a measure. */
    private Integer number(List<Token> tokens, int k) {
        String w = tokens.get(k).norm();
        String prev = k > 0 ? tokens.get(k - 1).norm() : "";
        Integer n;
        if (w.matches("\\d{1,3}(,\\d{3})*|\\d+")) {
            if (w.matches("(19|20)\\d{2}") || words.month(prev) != null) {
                return null;
            }
            n = Integer.parseInt(w.replace(",", ""));
        } else {
            n = words.numberWord(w);
        }
        if (n == null) {
            return null;
        }
        String next = k + 1 < tokens.size() ? tokens.get(k + 1).norm() : "";
        Integer multiplier = words.multiplier(next);
        if (multiplier != null) {
            n *= multiplier;
        }
        return words.is(WordClass.MEASURE_UNITS, next) ? null : n;
    }
}
