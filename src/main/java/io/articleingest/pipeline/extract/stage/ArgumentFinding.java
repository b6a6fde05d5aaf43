package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Attribution;
import io.articleingest.pipeline.extract.Draft;
import io.articleingest.pipeline.extract.Layer;
import io.articleingest.pipeline.extract.Stage;
import io.articleingest.pipeline.extract.Syntax;
import io.articleingest.pipeline.extract.TriggerHit;
import io.articleingest.pipeline.extract.rules.ArgumentRule;
import io.articleingest.pipeline.extract.rules.RuleBook;
import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.knowledge.WordClass;
import io.articleingest.pipeline.model.EntityRef;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One draft per reported trigger, with its actors and recipients as the rules of
 * {@code arguments.yaml} find them: for each field, the first rule whose condition holds and whose
 * finder ({@link ArgumentFinders}) finds someone sets it, and the draft records the rule's id.
 * Rules whose finder needs the story so far ({@code story-attacker}) are left to {@link StoryAttacker}.
 */
public final class ArgumentFinding implements Stage {

    private final Knowledge knowledge;
    private final RuleBook rules;
    private final ArgumentFinders finders;

    public ArgumentFinding(Knowledge knowledge, RuleBook rules) {
        this.knowledge = knowledge;
        this.rules = rules;
        this.finders = new ArgumentFinders(knowledge, new Syntax(knowledge.lexicon()));
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TRIGGERS, Layer.PRONOUNS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.ARGUMENTS);
    }

    @Override
    public void annotate(AnnotatedArticle article) {
        for (AnnotatedSentence s : article.sentences()) {
            for (TriggerHit hit : s.triggers()) {
                if (hit.reported()) {
                    article.drafts().add(draft(s, hit));
                }
            }
        }
    }

    private Draft draft(AnnotatedSentence s, TriggerHit hit) {
        Draft d = new Draft(s, hit, hit.trigger().type());
        d.because("type", "trigger:" + hit.trigger().phrase(), d.trigger());
        if (hit.trigger().mode() != null) {
            d.modes.add(hit.trigger().mode());
            d.because("modes", "trigger:" + hit.trigger().phrase(), d.trigger());
        }
        Attribution a = s.attribution();
        if (a != null && a.source() != null) {
            d.attribution = a.source();
            d.because("attribution", "attribution:" + a.rule(), s.words(a.speechStart(), a.speechEnd()));
        }
        apply(rules.actorRules(), d, d.actors);
        apply(rules.recipientRules(), d, d.recipients);
        mutualPair(d);
        d.dropActorsFromRecipients();
        return d;
    }

    /**
     * Two parties named together as the subject of a mutual act ("Indian and Pakistani troops exchanged
     * fire", "Turkey and Iraq signed a treaty") act on each other: both stay its actors and both become
     * its recipients, each the other's. The other party beats the victims a participle names
     * ("…, killing three people").
     */
    private void mutualPair(Draft d) {
        if (d.actors.size() != 2 || !d.ownSubject || d.hit.form() != TriggerHit.Form.ACTIVE
                || !knowledge.lexicon().is(WordClass.MUTUAL_VERBS, d.sentence.tokens().get(d.hit.start()))
                || d.recipients.stream().anyMatch(r -> !"CVL".equals(r.sector()))) {
            return;
        }
        EntityRef first = d.actors.get(0);
        EntityRef second = d.actors.get(1);
        if (first.country() == null || second.country() == null) {
            return; // whose the second is is not known yet ("soldiers and police"): it may be the same side
        }
        if (first.country().equals(second.country()) && (Objects.equals(first.sector(), second.sector())
                || knowledge.plover.isStateForce(first.sector()) && knowledge.plover.isStateForce(second.sector()))) {
            return; // "Egyptian soldiers and policemen" of one state are one side
        }
        d.recipients.clear();
        d.recipients.add(second);
        d.recipients.add(first);
        d.mutual = true;
        d.because("recipient", "mutual-act-of-a-pair", second.text() + ", " + first.text());
    }

    /** After a recoding changed what the draft is: its empty fields get another chance ("…," the minister said). */
    public void complete(Draft d) {
        if (d.actors.isEmpty()) {
            apply(rules.actorRules(), d, d.actors);
        }
        if (d.recipients.isEmpty()) {
            apply(rules.recipientRules(), d, d.recipients);
        }
        d.dropActorsFromRecipients();
    }

    /** The first rule for the field that holds and finds someone sets it; later rules are not tried. */
    private void apply(List<ArgumentRule> list, Draft d, List<EntityRef> target) {
        for (ArgumentRule r : list) {
            if (!ArgumentFinders.NOW.contains(r.take()) || !applies(r, d, knowledge)) {
                continue;
            }
            ArgumentFinders.Found found = finders.find(r, d);
            if (found == null) {
                continue;
            }
            set(d, r, target, found);
            return;
        }
    }

    static boolean applies(ArgumentRule r, Draft d, Knowledge knowledge) {
        return r.when().holds(d, knowledge) && (r.unless() == null || !r.unless().holds(d, knowledge));
    }

    static void set(Draft d, ArgumentRule r, List<EntityRef> target, ArgumentFinders.Found found) {
        for (EntityRef e : found.refs()) {
            EntityRef partner = d.sentence.pairPartner(e); // "the two countries agreed": both of them
            for (EntityRef one : partner == null ? List.of(e) : List.of(e, partner)) {
                if (target.stream().noneMatch(x -> Objects.equals(x.name(), one.name())
                        && Objects.equals(x.country(), one.country()))) {
                    target.add(one); // "Russian drones and missiles" is one actor
                }
            }
        }
        d.because(r.field(), r.id(), found.evidence());
        if (r.field().equals("actor")) {
            d.ownSubject = r.kind().equals("own");
            d.inferredActor = r.kind().equals("inferred");
        }
    }
}
