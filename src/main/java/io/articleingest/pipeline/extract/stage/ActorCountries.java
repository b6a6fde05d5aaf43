package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Attribution;
import io.articleingest.pipeline.extract.Draft;
import io.articleingest.pipeline.extract.Layer;
import io.articleingest.pipeline.extract.Mention;
import io.articleingest.pipeline.extract.Recent;
import io.articleingest.pipeline.extract.Stage;
import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.model.EntityRef;
import io.articleingest.pipeline.model.Location;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The state of actors named only by their sector — "the military", "cabinet ministers", "the
 * envoys", "militants" — as a reader resolves them: an earlier mention of the same sector in the
 * sentence (else any earlier actor with a state), the source ("according to Israeli media"), the
 * place for police (police are local), the article's last actor of that sector, the state the
 * article names most. Armed groups never take the state they fight: their group, else the place.
 * Third parties ("the mediators") and civilians keep no state here. A weapon nobody flies a flag
 * on is left to {@link StoryAttacker}.
 */
public final class ActorCountries implements Stage {

    private final Knowledge knowledge;

    public ActorCountries(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.PLACES, Layer.PRONOUNS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.ACTOR_COUNTRIES);
    }

    @Override
    public void annotate(AnnotatedArticle article) {
        Recent recent = new Recent();
        List<Draft> drafts = article.drafts();
        int next = 0;
        for (AnnotatedSentence s : article.sentences()) {
            for (; next < drafts.size() && drafts.get(next).sentence == s; next++) {
                Draft d = drafts.get(next);
                resolve(d, d.actors, article, recent);
                resolve(d, d.recipients, article, recent);
                d.dropActorsFromRecipients();
            }
            recent.remember(s);
        }
    }

    /** Sectors of people who act where they live: students, workers, medics, farmers, parties. */
    private static final Set<String> LOCAL_GROUPS = Set.of("EDU", "LAB", "MED", "AGR", "OPP", "PTY");

    /** Whose an actor is, and the rule that said so. */
    private record Owner(EntityRef state, String rule) {
    }

    private void resolve(Draft d, List<EntityRef> refs, AnnotatedArticle article, Recent recent) {
        for (int i = 0; i < refs.size(); i++) {
            EntityRef r = refs.get(i);
            if (r.country() != null || r.sector() == null || "CVL".equals(r.sector()) || outsider(r)) {
                continue;
            }
            Owner owner = owner(d, r, article, recent);
            if (owner.state() == null || refs == d.actors && actsOnItsOwnOrgans(d, owner.state().country(), r)) {
                continue;
            }
            boolean properName = r.name() != null && !r.name().isEmpty() && Character.isUpperCase(r.name().charAt(0));
            // "militants" of a group are the group's; "the military" is named after its state; "President
            // Laurent Gbagbo" keeps his name, and "refugees" stay refugees (of that country); "the Taliban
            // blamed the army": the army is the country's, not the Taliban's
            String country = owner.state().country();
            String name = "REB".equals(r.sector()) ? owner.state().name()
                    : !properName && knowledge.plover.isStateSector(r.sector())
                    ? knowledge.entities().countryNames.getOrDefault(country, owner.state().name()) : r.name();
            refs.set(i, new EntityRef(r.text(), name, country, r.sector()));
            d.bridged.add(refs.get(i));
            d.because((refs == d.actors ? "actor" : "recipient") + "State", owner.rule(), r.text());
        }
    }

    /**
     * "The government expelled two Rwandan diplomats": a state's organ acting on the organs the
     * sentence names as another state's is not of that state, whatever state the story names most.
     * Only coercion is done by a state to its own (its police arresting its officials); a named
     * organisation of a state ("the Taliban") may be a rival of its government.
     */
    private boolean actsOnItsOwnOrgans(Draft d, String country, EntityRef actor) {
        return !d.type.equals("COERCE") && knowledge.plover.isStateSector(actor.sector())
                && d.recipients.stream().anyMatch(rec -> country.equals(rec.country()) && !d.bridged.contains(rec)
                        && knowledge.plover.isStateSector(rec.sector())
                        && Objects.equals(rec.name(), knowledge.entities().countryNames.get(country)));
    }

    /** A third party by its head word ("the mediators", "a cargo ship in the Red Sea"), of no side's state. */
    private boolean outsider(EntityRef r) {
        String text = r.text() != null ? r.text() : r.name();
        return text != null && Arrays.stream(text.toLowerCase(Locale.ROOT).split(" ")).anyMatch(knowledge.outsiders::contains);
    }

    private Owner owner(Draft d, EntityRef r, AnnotatedArticle article, Recent recent) {
        AnnotatedSentence s = d.sentence;
        Location place = d.location;
        if ("UNK".equals(r.sector()) && recent.speakingGroup() != null) {
            return statesOwn(new Owner(recent.speakingGroup(), "sources-of-the-group-that-spoke"), r, article);
        }
        EntityRef sameSector = null;
        EntityRef anyBefore = null;
        Mention own = mentionOf(s, r);
        boolean ownQuoted = own != null && s.inQuote(own.start());
        for (Mention m : own == null ? List.<Mention>of() : s.mentions()) {
            if (m == own || m.start() >= own.start()) {
                break;
            }
            // a speaker after a quotation takes nothing from inside it ("“… Hamas …,” the prime minister said")
            if (m.isActor() && m.actor().country() != null && s.inQuote(m.start()) == ownQuoted) {
                anyBefore = m.actor();
                if (r.sector().equals(m.actor().sector())) {
                    sameSector = m.actor();
                }
            }
        }
        if ("REB".equals(r.sector())) {
            if (sameSector != null) {
                return new Owner(sameSector, "same-sector-in-sentence");
            }
            // "the army said militants fired on troops": armed groups are not of the state that fights
            // them; their group, else the place, tells whose they are
            if (recent.withSector("REB") != null) {
                return new Owner(recent.withSector("REB"), "last-armed-group");
            }
            if (PlaceFinding.TALKS.contains(d.type)) {
                // talks are often held abroad ("signed a ceasefire in Havana"): the group is of the story's state
                EntityRef home = article.entities().dominantState(article.datelineCountry());
                return home == null ? new Owner(null, null)
                        : new Owner(new EntityRef(null, r.name(), home.country(), r.sector()), "armed-group-of-the-story");
            }
            return place != null && place.country() != null
                    ? new Owner(new EntityRef(null, r.name(), place.country(), r.sector()), "armed-group-of-the-place")
                    : new Owner(null, null);
        }
        if (sameSector != null) {
            return statesOwn(new Owner(sameSector, "same-sector-in-sentence"), r, article);
        }
        if (anyBefore != null) {
            return statesOwn(new Owner(anyBefore, "actor-before-in-sentence"), r, article); // "Palestinian voices and regional leaders"
        }
        Attribution a = s.attribution();
        if (a != null && a.source() != null && a.source().country() != null && a.source() != r) {
            return statesOwn(new Owner(a.source(), "source"), r, article);
        }
        if ("COP".equals(r.sector()) && place != null && place.country() != null) {
            return new Owner(new EntityRef(null, r.name(), place.country(), r.sector()), "local-police");
        }
        if (LOCAL_GROUPS.contains(r.sector()) && place != null && place.country() != null && d.ownPlace) {
            // "students staged a sit-in in Nairobi": students where they act, not of the state the story names most
            return new Owner(new EntityRef(null, r.name(), place.country(), r.sector()), "local-group");
        }
        if (recent.withSector(r.sector()) != null) {
            return statesOwn(new Owner(recent.withSector(r.sector()), "last-of-sector"), r, article);
        }
        if (knowledge.weapons.contains(r.name())) {
            return new Owner(null, null); // "a drone attack on a Saudi plant": a weapon nobody claimed yet is nobody's
        }
        return statesOwn(new Owner(null, null), r, article);
    }

    /** The mention an actor was found as: its own, or the speaker's. */
    private static Mention mentionOf(AnnotatedSentence s, EntityRef r) {
        for (Mention m : s.mentions()) {
            if (m.actor() == r) {
                return m;
            }
        }
        Attribution a = s.attribution();
        return a != null && a.source() == r ? a.speaker() : null;
    }

    /**
     * An owner that is no state ("the government" after a UN agency was named) gives way to the
     * state the story names most; an armed group's "army" is the army of the state it fights.
     */
    private Owner statesOwn(Owner found, EntityRef r, AnnotatedArticle article) {
        Owner owner = found;
        if (owner.state() == null || !knowledge.entities().countryNames.containsKey(owner.state().country())) {
            EntityRef dominant = article.entities().dominantState(article.datelineCountry());
            if (dominant == null) {
                return new Owner(null, null);
            }
            owner = new Owner(dominant.country().equals(dominant.name()) ? new EntityRef(null,
                    knowledge.entities().countryNames.getOrDefault(dominant.country(), dominant.name()), dominant.country(),
                    dominant.sector()) : dominant, "state-the-story-names-most");
        }
        if ("REB".equals(owner.state().sector()) && knowledge.plover.isStateSector(r.sector())) {
            // "the RSF accused the army": the army of the state the armed group fights
            return new Owner(new EntityRef(null, knowledge.entities().countryNames.get(owner.state().country()),
                    owner.state().country(), r.sector()), "army-of-the-state-fought");
        }
        return owner;
    }
}
