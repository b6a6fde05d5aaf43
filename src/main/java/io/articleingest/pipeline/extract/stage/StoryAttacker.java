package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Cues;
import io.articleingest.pipeline.extract.Draft;
import io.articleingest.pipeline.extract.Layer;
import io.articleingest.pipeline.extract.Mention;
import io.articleingest.pipeline.extract.Stage;
import io.articleingest.pipeline.extract.Syntax;
import io.articleingest.pipeline.extract.rules.ArgumentRule;
import io.articleingest.pipeline.extract.rules.RuleBook;
import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.knowledge.PhraseIndex;
import io.articleingest.pipeline.knowledge.Trigger;
import io.articleingest.pipeline.model.EntityRef;
import io.articleingest.pipeline.model.Location;
import io.articleingest.pipeline.text.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The attacker the story is about, read sentence by sentence: the first attack of a sentence with
 * an attacker sets it, and a claim of responsibility ("the Houthis claimed responsibility for the
 * attack") names it and the attacker of the last attack that had none. With it, the argument rules
 * that take the {@code story-attacker} are applied (an attack with no attacker, a condemnation of
 * "the strike"), and a weapon without a flag that strikes a country is the attacker's, not that
 * country's ({@code weapon-of-the-attacker}: "the mayor said a missile hit a school"). The one who
 * made the story's last arrest, ban or crackdown is kept the same way for the rules that take the
 * {@code story-coercer} ("the EU condemned the arrest"). Beyond those two, the last actor of every
 * event type is kept for the rules that take the {@code story-author}: a reaction to an act its noun
 * names ("rejected the demand", "denounced the sanctions") is aimed at whoever did that act.
 */
public final class StoryAttacker implements Stage {

    /** how far after a reaction the noun of the act it reacts to may start: "rejected the workers' demand" */
    private static final int NAMED_ACT_REACH = 4;

    private final Knowledge knowledge;
    private final RuleBook rules;
    private final Syntax syntax;

    public StoryAttacker(Knowledge knowledge, RuleBook rules) {
        this.knowledge = knowledge;
        this.rules = rules;
        this.syntax = new Syntax(knowledge.lexicon());
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.ACTOR_COUNTRIES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.ATTACKERS);
    }

    @Override
    public void annotate(AnnotatedArticle article) {
        EntityRef attacker = null;
        EntityRef coercer = null;
        Map<String, EntityRef> authorOfType = new HashMap<>();
        List<Draft> drafts = article.drafts();
        int next = 0;
        for (AnnotatedSentence s : article.sentences()) {
            int first = next;
            for (; next < drafts.size() && drafts.get(next).sentence == s; next++) {
                Draft d = drafts.get(next);
                d.storyAttacker = attacker;
                if (attacker != null) {
                    apply(rules.actorRules(), d, d.actors, attacker, "story-attacker");
                    apply(rules.recipientRules(), d, d.recipients, attacker, "story-attacker");
                    weaponOwner(d, attacker, article);
                }
                if (coercer != null) {
                    apply(rules.recipientRules(), d, d.recipients, coercer, "story-coercer");
                }
                EntityRef author = authorOfType.isEmpty() || !d.recipients.isEmpty() ? null : authorOfType.get(reactedType(d));
                if (author != null && !d.actors.isEmpty() && !sameSide(author, d.actors.get(0))) {
                    apply(rules.recipientRules(), d, d.recipients, author, "story-author");
                }
            }
            Set<String> typesOfTheSentence = new HashSet<>();
            for (int i = first; i < next; i++) {
                Draft d = drafts.get(i);
                if (!d.actors.isEmpty() && d.actors.get(0).country() != null && typesOfTheSentence.add(d.type)) {
                    authorOfType.put(d.type, d.actors.get(0)); // the sentence's first act of a type
                }
            }
            for (int i = first; i < next; i++) {
                Draft d = drafts.get(i);
                if (d.type.equals("ASSAULT")) {
                    if (!d.actors.isEmpty() && d.actors.get(0).country() != null) {
                        attacker = d.actors.get(0); // the attack the sentence reports, not one it mentions
                    }
                    break;
                }
            }
            for (int i = first; i < next; i++) {
                Draft d = drafts.get(i);
                if (d.type.equals("COERCE") && !d.actors.isEmpty() && d.actors.get(0).country() != null) {
                    coercer = d.actors.get(0); // "police detained a lawyer … the EU condemned the arrest"
                    break;
                }
            }
            EntityRef claimant = claimant(s);
            if (claimant != null) {
                claim(drafts.subList(0, next), claimant);
                attacker = claimant;
            }
        }
    }

    /** Applies the first rule that takes {@code finder} ("story-attacker", "story-coercer") with the story's actor of it. */
    private void apply(List<ArgumentRule> list, Draft d, List<EntityRef> target, EntityRef storyActor, String finder) {
        if (!target.isEmpty() || target == d.actors && d.recipients.stream().anyMatch(r -> sameForces(r, storyActor))) {
            return; // "police fired tear gas … officers were attacked with stones": not by the police
        }
        for (ArgumentRule r : list) {
            if (r.take().equals(finder) && ArgumentFinding.applies(r, d, knowledge)) {
                ArgumentFinding.set(d, r, target, new ArgumentFinders.Found(List.of(storyActor), "(the " + finder + ")"));
                return;
            }
        }
    }

    /**
     * "Russian drones attacked Kharkiv. The mayor said a missile hit a school": a weapon without a
     * flag whose state was taken from the story, and is the state it struck, is the attacker's.
     */
    private void weaponOwner(Draft d, EntityRef attacker, AnnotatedArticle article) {
        Location struck = d.location != null ? d.location : article.entities().dominantPlace();
        if (!d.type.equals("ASSAULT") || struck == null || Objects.equals(attacker.country(), struck.country())) {
            return;
        }
        for (int i = 0; i < d.actors.size(); i++) {
            EntityRef a = d.actors.get(i);
            boolean flagless = d.bridged.contains(a) && "MIL".equals(a.sector()) && Objects.equals(a.country(), struck.country())
                    || a.country() == null && knowledge.weapons.contains(a.name());
            if (flagless) {
                d.actors.set(i, new EntityRef(a.text(), attacker.name(), attacker.country(), attacker.sector()));
                d.because("actor", "weapon-of-the-attacker", a.text());
                d.inferredActor = true;
            }
        }
    }

    /**
     * The type of the act a reaction names right after its trigger ("rejected the demand": REQUEST,
     * "denounced the sanctions": SANCTION), or null: the first noun of a trigger there.
     */
    private String reactedType(Draft d) {
        List<Token> tokens = d.sentence.tokens();
        for (int k = d.hit.end(); k < Math.min(tokens.size(), d.hit.end() + NAMED_ACT_REACH); k++) {
            for (PhraseIndex.Match<Trigger> m : knowledge.triggers().phrases.matchesAt(tokens, k)) {
                if (m.value().noun()) {
                    return m.value().type();
                }
            }
        }
        return null;
    }

    /** One state's same organ: no reaction of it is aimed at itself ("the government … rejected its own plan"). */
    private static boolean sameSide(EntityRef one, EntityRef other) {
        return Objects.equals(one.country(), other.country()) && Objects.equals(one.sector(), other.sector());
    }

    /** Both are one state's forces: its army and its police. */
    private boolean sameForces(EntityRef one, EntityRef other) {
        return one.country() != null && one.country().equals(other.country())
                && knowledge.plover.isStateForce(one.sector()) && knowledge.plover.isStateForce(other.sector());
    }

    /** "a suicide bomber", "gunmen": armed men no name tells the group of. */
    private static boolean unnamedArmed(EntityRef actor) {
        String name = actor.name();
        return ("REB".equals(actor.sector()) || "UAF".equals(actor.sector())) && name != null && !name.isEmpty()
                && Character.isLowerCase(name.charAt(0));
    }

    /** "The Houthis claimed responsibility for the attack": the claimant, if it has a state. */
    private EntityRef claimant(AnnotatedSentence s) {
        if (s.heading()) {
            return null;
        }
        PhraseIndex.Match<String> cue = Cues.first(knowledge, s.tokens(), 0, s.tokens().size(), "responsibilityClaims");
        if (cue == null) {
            return null;
        }
        Mention m = syntax.subjectBefore(s, 0, cue.start());
        return m == null || m.actor().country() == null ? null : m.actor();
    }

    /**
     * The claimant carried out the last attack whose own sentence named no attacker with a state, or
     * only unnamed ones ("a suicide bomber", "gunmen"): the group that claims them sent them.
     */
    private static void claim(List<Draft> sofar, EntityRef claimant) {
        for (int j = sofar.size() - 1; j >= 0; j--) {
            Draft d = sofar.get(j);
            if (d.type.equals("ASSAULT") && (!d.ownSubject || d.actors.isEmpty() || d.actors.get(0).country() == null
                    || unnamedArmed(d.actors.get(0)))) {
                d.actors.clear();
                d.actors.add(claimant);
                d.inferredActor = false;
                d.because("actor", "claim-of-responsibility", claimant.text());
                return;
            }
        }
    }
}
