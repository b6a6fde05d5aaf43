package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.Cues;
import io.articleingest.pipeline.extract.Draft;
import io.articleingest.pipeline.extract.Layer;
import io.articleingest.pipeline.extract.Stage;
import io.articleingest.pipeline.extract.TriggerHit;
import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.knowledge.WordClass;
import io.articleingest.pipeline.text.Token;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Attacks told over two sentences of a paragraph are one attack. The agent and weapon named in
 * one complete the other ({@code detail-from-next-sentence}: "Two men were killed on Saturday.
 * They were shot by a drone."). A casualty sentence with no attacker, date or place of its own,
 * right after the sentence of an attack, details that attack rather than reporting another one
 * ({@code elaboration}: "Two children and their father died at the scene") — unless it says it is
 * a new incident ("in a separate strike") or sets its deaths in an act of another kind ("killed in the
 * protests"). A noun that points back ("the raid happened shortly
 * after midnight", "that attack", "the death toll") tells more of the act reported before, unless
 * it names another actor than that act's.
 */
public final class ArticleMerging implements Stage {

    private static final String ATTACK = "ASSAULT";
    /** how many sentences back the act a "the attack" refers to may be */
    private static final int REFERENCE_REACH = 3;
    /** how far after a toll its "since" may come: "the death toll since the truce took effect" */
    private static final int RUNNING_COUNT_REACH = 3;

    private final Knowledge knowledge;

    public ArticleMerging(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.MERGED);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.MERGED);
    }

    @Override
    public void annotate(AnnotatedArticle article) {
        shareAttackDetails(article.drafts());
        foldElaborations(article.drafts());
        foldReferences(article.drafts());
    }

    /**
     * "The raid happened before dawn near the bridge": a noun with a determiner that
     * points back, naming no other actor than that act's, tells more of the act of its type reported a few
     * sentences before — its date, place and toll complete that event, and it is no new one
     * ({@code same-act-told-again}).
     */
    private void foldReferences(List<Draft> drafts) {
        for (int i = 1; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            boolean reference = nounHead(d) && pointsBack(d);
            if (!reference && !retold(d) || !d.status.equals("occurred") || runningCount(d)) {
                continue;
            }
            Draft earlier = null;
            for (int j = i - 1; j >= 0 && d.sentence.index() - drafts.get(j).sentence.index() <= REFERENCE_REACH; j--) {
                Draft o = drafts.get(j);
                if (o.type.equals(d.type) && o.sentence != d.sentence && !o.sentence.heading()) {
                    earlier = o;
                    break;
                }
            }
            if (earlier == null || (reference ? !sameActorOrNone(d, earlier) : !sameParty(d, earlier))) {
                continue;
            }
            if (earlier.dateText == null && d.dateText != null || earlier.location == null && d.location != null
                    || !earlier.ownPlace && d.ownPlace) {
                earlier.date = d.dateText != null ? d.date : earlier.date;
                earlier.datePrecision = d.dateText != null ? d.datePrecision : earlier.datePrecision;
                earlier.dateText = d.dateText != null ? d.dateText : earlier.dateText;
                if (d.ownPlace && !earlier.ownPlace) {
                    earlier.location = d.location;
                    earlier.ownPlace = true;
                }
                earlier.because("date", "same-act-told-again", d.trigger());
            }
            earlier.absorb(d);
            drafts.remove(i--);
        }
    }

    /**
     * The trigger is a noun ("the attack", "the death toll"), however its arguments are read: a
     * toll's figure is read like a passive's victims, yet "the death toll" points back all the same.
     */
    /**
     * "The group said it had targeted the soldiers": an act someone tells in the past perfect, with no
     * date of its own, looks back on an act already reported ({@code same-act-told-again}).
     */
    private boolean retold(Draft d) {
        int k = d.hit.start() - 1;
        while (k >= 0 && d.sentence.tokens().get(k).hasTag("ADV")) {
            k--;
        }
        return d.attribution != null && d.dateText == null && d.hit.form() == TriggerHit.Form.ACTIVE && k >= 0
                && knowledge.lexicon().is(WordClass.PERFECT_AUXILIARIES, d.sentence.tokens().get(k).norm());
    }

    /** The same first actor, by name and country, on both: "Al-Shabaab … it had targeted". */
    private static boolean sameParty(Draft d, Draft earlier) {
        return !d.actors.isEmpty() && !earlier.actors.isEmpty()
                && Objects.equals(d.actors.get(0).name(), earlier.actors.get(0).name())
                && Objects.equals(d.actors.get(0).country(), earlier.actors.get(0).country());
    }

    private static boolean nounHead(Draft d) {
        // a verb phrase ending in its object ("the authorities blocked access to social media") is no noun
        return d.hit.form() == TriggerHit.Form.NOUN || d.hit.form() == TriggerHit.Form.PASSIVE
                && d.sentence.tokens().get(d.hit.end() - 1).hasTag("NOUN");
    }

    /**
     * "militia fighters were blamed for that raid": an actor named with the reference
     * completes an act told without one; a different actor than the one told makes it another act,
     * unless that actor is only the one telling of it.
     */
    private static boolean sameActorOrNone(Draft d, Draft earlier) {
        return d.actors.isEmpty() || d.inferredActor || earlier.actors.isEmpty() || earlier.inferredActor
                || earlier.actors.equals(d.actors) || toldBy(d);
    }

    /** "A spokesman said the attack took place at night": the one who tells of the act is no other actor of it. */
    private static boolean toldBy(Draft d) {
        return d.attribution != null && d.actors.size() == 1 && d.actors.get(0).equals(d.attribution);
    }

    /**
     * "The death toll since the truce took effect had risen to 342": a count kept since a time is the
     * war's, not the toll of the act told last.
     */
    private boolean runningCount(Draft d) {
        List<Token> tokens = d.sentence.tokens();
        return Cues.any(knowledge, tokens, d.hit.end(), Math.min(tokens.size(), d.hit.end() + RUNNING_COUNT_REACH), "backgroundClause");
    }

    /** "the attack", "that attack", "these attacks": the noun's determiner points back. */
    private boolean pointsBack(Draft d) {
        List<Token> tokens = d.sentence.tokens();
        int k = d.hit.start() - 1;
        while (k >= 0 && (tokens.get(k).hasTag("ADJ") || tokens.get(k).hasTag("NOUN") && !tokens.get(k).isCapitalised())) {
            k--;
        }
        return k >= 0 && knowledge.lexicon().is(WordClass.ANAPHORIC_DETERMINERS, tokens.get(k).norm());
    }

    private static void shareAttackDetails(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (!d.type.equals(ATTACK) || !d.actors.isEmpty() && !d.modes.isEmpty()) {
                continue;
            }
            Draft source = null;
            for (int j : new int[] {i + 1, i - 1}) {
                if (j >= 0 && j < drafts.size() && next(drafts.get(j), d) && !drafts.get(j).actors.isEmpty()) {
                    source = drafts.get(j);
                    break;
                }
            }
            if (source == null) {
                continue;
            }
            if (d.actors.isEmpty() || d.inferredActor) {
                d.actors.clear();
                d.actors.addAll(source.actors);
                d.inferredActor = true; // still not the sentence's own: a later fold may absorb it
                d.because("actor", "detail-from-next-sentence", source.trigger());
            }
            if (d.modes.isEmpty() && !source.modes.isEmpty()) {
                d.modes.addAll(source.modes);
                d.because("modes", "detail-from-next-sentence", source.trigger());
            }
        }
    }

    /** An attack in the same paragraph, one sentence away. */
    private static boolean next(Draft other, Draft d) {
        return other.type.equals(ATTACK) && other.sentence.paragraph() == d.sentence.paragraph()
                && Math.abs(other.sentence.index() - d.sentence.index()) <= 1;
    }

    private void foldElaborations(List<Draft> drafts) {
        for (int i = 1; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Draft earlier = null;
            for (int j = i - 1; j >= 0 && drafts.get(j).sentence.index() >= d.sentence.index() - 1; j--) {
                if (drafts.get(j).sentence.index() < d.sentence.index() && drafts.get(j).type.equals(ATTACK)) {
                    earlier = drafts.get(j);
                    break;
                }
            }
            if (earlier == null || !elaborates(d, earlier)) {
                continue;
            }
            earlier.absorb(d);
            drafts.remove(i--);
        }
    }

    private boolean elaborates(Draft d, Draft earlier) {
        boolean casualties = d.hit.trigger().casualties() != null || d.hit.form() == TriggerHit.Form.PASSIVE;
        boolean newIncident = Cues.any(knowledge, d.sentence.tokens(), 0, d.sentence.tokens().size(), "newIncident");
        return d.type.equals(ATTACK) && casualties && !newIncident && (d.actors.isEmpty() || d.inferredActor)
                && d.dateText == null
                && !(d.ownPlace && earlier.location != null && !d.location.name().equals(earlier.location.name()))
                && !(d.fatalities != null && earlier.fatalities != null && d.fatalities > earlier.fatalities)
                && Objects.equals(d.status, earlier.status)
                && !framedByAnotherAct(d);
    }

    /**
     * "Five people have been killed in the protests": deaths set in an act of another kind belong
     * to that wider story, not to the attack told before ("killed in the attack" still does).
     */
    private boolean framedByAnotherAct(Draft d) {
        List<Token> tokens = d.sentence.tokens();
        int end = d.sentence.boundaryAfter(d.hit.end() - 1);
        for (int k = d.hit.end(); k < end - 1; k++) {
            if (!knowledge.lexicon().is(WordClass.SETTING_PREPOSITIONS, tokens.get(k).norm())) {
                continue;
            }
            for (int n = k + 1; n < end; n++) {
                if (knowledge.triggers().phrases.matchesAt(tokens, n).stream()
                        .anyMatch(m -> m.value().noun() && !m.value().type().equals(d.type))) {
                    return true;
                }
                if (!tokens.get(n).hasTag("DET") && !tokens.get(n).hasTag("ADJ")) {
                    break; // past the noun phrase's modifiers
                }
            }
        }
        return false;
    }
}
