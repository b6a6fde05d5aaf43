package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Clause;
import io.articleingest.pipeline.extract.Draft;
import io.articleingest.pipeline.extract.Layer;
import io.articleingest.pipeline.extract.Stage;
import io.articleingest.pipeline.extract.TriggerHit;
import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.knowledge.Lexicon;
import io.articleingest.pipeline.knowledge.Plover;
import io.articleingest.pipeline.knowledge.WordClass;
import io.articleingest.pipeline.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One event per act in a sentence. A second trigger of the same type reports the same act, and adds
 * its detail to the first, when one of the two is a noun in the other's clause naming the act it
 * tells ("carried out strikes", "air strikes … killed 12", "were killed in an airstrike"), when one
 * counts the victims of the other in its own or the clause it hangs on ("shelled the town, killing
 * four"), when it is the purpose of the first ("will visit Dakar
 * to mediate"), or when neither has a target of its own or both have
 * the same one. Two acts of one type stay two events when one is told as coming before or after the
 * other ("seized power after detaining the president"), when they have different targets
 * ("attacked vessels and fired missiles at cities"), a
 * different date ("talks resumed on Wednesday and Iran will join them on Thursday"), or —
 * for the types two sides commit against each other — each its own actor ("the army struck a depot
 * after militants fired on troops", "Hamas freed four hostages and Israel released 200
 * prisoners"), or one side acts through different subjects ("bulldozers demolished houses, and
 * gunboats opened fire on fishermen").
 */
public final class SentenceMerging implements Stage {

    private final Plover plover;
    private final Lexicon words;

    public SentenceMerging(Knowledge knowledge) {
        this.plover = knowledge.plover;
        this.words = knowledge.lexicon();
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.RECODED);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.MERGED);
    }

    @Override
    public void annotate(AnnotatedArticle article) {
        List<Draft> merged = new ArrayList<>();
        List<Draft> sentence = new ArrayList<>();
        for (Draft d : article.drafts()) {
            if (!sentence.isEmpty() && sentence.get(0).sentence != d.sentence) {
                sentence.clear();
            }
            Draft same = sameAct(sentence, d);
            if (same == null) {
                sentence.add(d);
                merged.add(d);
            } else {
                same.absorb(d);
            }
        }
        article.drafts().clear();
        article.drafts().addAll(merged);
    }

    /** The earlier draft of the sentence that reports the same act as {@code d}, or null. */
    private Draft sameAct(List<Draft> sentence, Draft d) {
        for (Draft o : sentence) {
            if (o.type.equals(d.type) && sameAct(o, d)) {
                return o;
            }
        }
        return null;
    }

    private boolean sameAct(Draft first, Draft d) {
        if (inSequence(first, d)) {
            return false;
        }
        if (namesTheOther(first, d) || namesTheOther(d, first)) {
            return true;
        }
        if (first.dateText != null && d.dateText != null && !first.dateText.equals(d.dateText)) {
            return false;
        }
        if (plover.isTwoSided(d.type) && first.ownSubject && d.ownSubject && !sameSubject(first, d)) {
            return false;
        }
        boolean purpose = d.hit.form() == TriggerHit.Form.INFINITIVE; // "will visit Dakar to mediate"
        boolean victimsCounted = (d.hit.trigger().casualties() != null || first.hit.trigger().casualties() != null)
                && relatedClauses(d.sentence, first.hit.start(), d.hit.start());
        return purpose || victimsCounted || first.recipients.isEmpty() || d.recipients.isEmpty() || sameTarget(first, d);
    }

    /**
     * "seized power after detaining the president", "withdrew before talks resumed": an act told as
     * coming before or after the other is another act, whatever their targets.
     */
    private boolean inSequence(Draft first, Draft later) {
        List<Token> tokens = later.sentence.tokens();
        int k = later.hit.start() - 1;
        if (k >= 0 && words.is(WordClass.TIME_CONJUNCTIONS, tokens.get(k).norm())) {
            return true;
        }
        Clause c = later.sentence.clauseOf(later.hit.start());
        return c != null && c.kind() == Clause.Kind.SUBORDINATE && c.opener() >= 0
                && words.is(WordClass.TIME_CONJUNCTIONS, tokens.get(c.opener()).norm())
                && later.sentence.clauseOf(first.hit.start()) != c; // "after vehicles were hit by gunfire": one act
    }

    /** A noun in the clause of the other trigger names the act that trigger tells ("air strikes … killed 12"). */
    private static boolean namesTheOther(Draft noun, Draft other) {
        AnnotatedSentence s = noun.sentence;
        return noun.hit.form() == TriggerHit.Form.NOUN
                && s.clauseOf(noun.hit.start()) == s.clauseOf(other.hit.start());
    }

    /** The tokens' clauses are one, or one holds the other: "shelled the town, killing four". */
    private static boolean relatedClauses(AnnotatedSentence s, int a, int b) {
        Clause ca = s.clauseOf(a);
        Clause cb = s.clauseOf(b);
        return ca == cb || ca != null && cb != null && (s.parentOf(ca) == cb || s.parentOf(cb) == ca);
    }

    private static boolean sameSubject(Draft a, Draft b) {
        return Objects.equals(a.actors.get(0).country(), b.actors.get(0).country())
                && Objects.equals(a.actors.get(0).text(), b.actors.get(0).text());
    }

    private static boolean sameTarget(Draft a, Draft b) {
        return a.recipients.stream().anyMatch(r -> b.recipients.stream().anyMatch(o -> Objects.equals(r.name(), o.name())
                && Objects.equals(r.country(), o.country())));
    }
}
