package io.articleingest.pipeline.extract;

import io.articleingest.pipeline.model.EntityRef;
import io.articleingest.pipeline.model.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An event being assembled from one trigger. Stages fill its fields in turn and say why with
 * {@link #because}; the last stage turns it into the contract's event.
 */
public final class Draft {

    public final AnnotatedSentence sentence;
    public final TriggerHit hit;
    public String type;
    public final Set<String> modes = new LinkedHashSet<>();
    public final List<EntityRef> actors = new ArrayList<>();
    public final List<EntityRef> recipients = new ArrayList<>();
    public EntityRef attribution;
    public Location location;
    /** the place comes from the draft's own sentence, not from the paragraph or the article */
    public boolean ownPlace;
    /** the actor is named in the trigger's own clause, not taken from the source or the story */
    public boolean ownSubject;
    /** the actor is the story's attacker, not anyone the sentence names */
    public boolean inferredActor;
    /** actors and recipients whose state {@code ActorCountries} inferred from their sector ("the army") */
    public final Set<EntityRef> bridged = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** the recipient is the story's other side, not anyone the sentence names */
    public boolean recipientFromStory;
    /** the attacker the story had named before this sentence, for weapons and condemnations */
    public EntityRef storyAttacker;
    /** Two parties that act on each other ("A and B exchanged fire"): each is also the other's recipient. */
    public boolean mutual;
    public String status = "occurred";
    public String date;
    public String datePrecision;
    public String dateText;
    public Integer fatalities;
    public Integer injuries;
    public double confidence;
    /** set by a recoding that finds the draft reports nothing (words with nobody and nowhere named) */
    public boolean dropped;
    private final Map<String, Because> why = new LinkedHashMap<>();

    public Draft(AnnotatedSentence sentence, TriggerHit hit, String type) {
        this.sentence = sentence;
        this.hit = hit;
        this.type = type;
    }

    /** The trigger's words as written. */
    public String trigger() {
        return sentence.words(hit.start(), hit.end());
    }

    /** Records that {@code rule} set {@code field}, from {@code evidence} (words of the sentence). */
    public void because(String field, String rule, String evidence) {
        why.put(field, new Because(rule, evidence == null ? "" : evidence));
    }

    public Because why(String field) {
        return why.get(field);
    }

    public Map<String, Because> explanation() {
        return Collections.unmodifiableMap(why);
    }

    /**
     * Nobody urges or attacks themselves ("vowed to widen its own air campaign"); but a state's court
     * jailing its opposition, or its police arresting its citizens, acts on another party of one state.
     */
    public void dropActorsFromRecipients() {
        if (mutual) {
            return;
        }
        recipients.removeIf(r -> actors.stream().anyMatch(a -> java.util.Objects.equals(a.name(), r.name())
                && java.util.Objects.equals(a.country(), r.country())
                && (a.sector() == null || r.sector() == null || a.sector().equals(r.sector()))));
    }

    /** The act reported becomes the speaker's act towards its actor: a demand of it, a charge against it. */
    public void becomeSpeakersAct(String speakersType, EntityRef speaker, String rule) {
        recipients.clear();
        recipients.addAll(actors);
        actors.clear();
        actors.add(speaker);
        type = speakersType;
        status = "occurred";
        because("type", rule, trigger());
        because("actor", rule, speaker.text());
        because("recipient", rule, recipients.isEmpty() ? "" : recipients.get(0).text());
        because("status", rule, "");
    }

    /** A second trigger of the same act: keep this draft, take what it lacks from {@code other}. */
    /**
     * Whether these are the actor's own people ("soldiers stormed the camp … two soldiers were wounded
     * in the fighting"): the attacker's own wounded are no target of its act.
     */
    private boolean actorsOwn(List<EntityRef> others) {
        if (actors.isEmpty() || actors.get(0).sector() == null) {
            return false;
        }
        EntityRef actor = actors.get(0);
        return others.stream().allMatch(r -> Objects.equals(actor.country(), r.country()) && actor.sector().equals(r.sector()));
    }

    public void absorb(Draft other) {
        modes.addAll(other.modes);
        if (!other.actors.isEmpty() && (actors.isEmpty() || inferredActor && !other.inferredActor)) {
            actors.clear(); // the sentence's own actor beats one taken from the story
            actors.addAll(other.actors);
            inferredActor = other.inferredActor;
            takeReason(other, "actor");
        }
        if (recipients.isEmpty() && !other.recipients.isEmpty() && !actorsOwn(other.recipients)) {
            recipients.addAll(other.recipients);
            takeReason(other, "recipient");
        }
        if (fatalities == null && other.fatalities != null) {
            fatalities = other.fatalities;
            takeReason(other, "fatalities");
        }
        if (injuries == null && other.injuries != null) {
            injuries = other.injuries;
            takeReason(other, "injuries");
        }
        if (location == null && other.location != null) {
            location = other.location;
            takeReason(other, "place");
        }
        if (dateText == null && other.dateText != null) {
            date = other.date; // "an airstrike … killed 20 on Saturday": the verb's clause dates the noun's act
            datePrecision = other.datePrecision;
            dateText = other.dateText;
            takeReason(other, "date");
        }
        confidence = Math.max(confidence, other.confidence);
    }

    private void takeReason(Draft other, String field) {
        Because b = other.why(field);
        if (b != null) {
            why.put(field, new Because(b.rule() + " (from '" + other.trigger() + "')", b.evidence()));
        }
    }
}
