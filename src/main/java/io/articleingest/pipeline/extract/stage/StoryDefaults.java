package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.ArticleEntities;
import io.articleingest.pipeline.extract.Draft;
import io.articleingest.pipeline.extract.Layer;
import io.articleingest.pipeline.extract.Stage;
import io.articleingest.pipeline.model.EntityRef;
import io.articleingest.pipeline.model.Location;
import java.util.Set;

/**
 * What the story as a whole says of an event its sentence leaves open. Talks, and acts about
 * them, happen where the article says the talks are held ({@code place-of-talks}: "envoys walked
 * out of the negotiations" … "the talks in Cairo"). In a story about two sides,
 * a threat or refusal addressed to nobody is addressed to the other side ({@code other-side}:
 * "Israel cannot accept that"), with less confidence. An attack placed nowhere happened where the
 * story's violence is ({@code place-of-the-story}, a place in the story's country when it has one);
 * any other act placed nowhere happened in the country the story is set in, when it has one
 * ({@code country-of-the-story}: "internet access was restricted" in a story about Iran), which its
 * dateline can decide ({@code country-of-the-dateline}: filed from Goma, naming a summit in Luanda
 * once); an act of the dateline's own state happened there, in a story between states or one set
 * mostly in another state ({@code actor-at-home-in-the-dateline}); a historical act is placed only where its own
 * sentence says ("Russia invaded Ukraine in 2022" did not happen where today's news is). Civilians
 * hit in a place are, unless the text says otherwise, of its country, and so are the civilians,
 * workers, medics, students, farmers and parties who act there. Coercion nobody is named for
 * — arrests, detentions, restrictions told in the passive — is the work of the authorities of the
 * country where it happened ({@code coercion-by-the-authorities}), as PLOVER's COERCE (repression)
 * is an act of the state.
 */
public final class StoryDefaults implements Stage {

    private static final Set<String> ADDRESSED = Set.of("THREATEN", "REJECT");
    private static final String COERCION = "COERCE";
    private static final String PROTEST = "PROTEST";
    private static final String ASSAULT = "ASSAULT";
    /**
     * Sectors whose people, named by no country, belong where they act: nurses, workers, students,
     * farmers, parties, police (not officials, an army, an armed group or a business, who may come from abroad, as
     * mediators and ships do).
     */
    private static final Set<String> LOCAL_SECTORS = Set.of("CVL", "LAB", "MED", "EDU", "AGR", "OPP", "PTY", "COP");

    /** A group of a local sector named by no country, as one of the place's country; any other as it is. */
    private static EntityRef ofThePlace(EntityRef r, String name, Location place) {
        return r.country() == null && r.sector() != null && LOCAL_SECTORS.contains(r.sector())
                ? new EntityRef(r.text(), name, place.country(), r.sector()) : r;
    }

    /** Whether an actor of the draft belongs to the country the story was filed from. */
    private static boolean actsAtHome(Draft d, Location dateline) {
        return dateline != null && dateline.country() != null
                && d.actors.stream().anyMatch(a -> dateline.country().equals(a.country()));
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.MERGED, Layer.PLACES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.STORY_DEFAULTS);
    }

    @Override
    public void annotate(AnnotatedArticle article) {
        ArticleEntities story = article.entities();
        Location talks = article.talksPlace();
        // "DHAKA, Bangladesh — Police arrested …": where the story was filed tips which country it is set in
        Location dateline = article.datelineCountry();
        Location home = story.homeCountry(dateline);
        String homeRule = home != null && home.equals(story.homeCountry(null)) ? "country-of-the-story" : "country-of-the-dateline";
        // the place the story names most is where its violence is, unless it lies outside the story's country
        Location storyPlace = story.dominantPlace();
        if (storyPlace != null && home != null && !home.country().equals(storyPlace.country())) {
            storyPlace = null;
        }
        for (Draft d : article.drafts()) {
            boolean aboutTalks = PlaceFinding.TALKS.contains(d.type) || d.modes.contains("meet");
            if (aboutTalks && !d.ownPlace && talks != null) {
                d.location = talks; // "envoys left the negotiations" … "the talks in Cairo", said later
                d.because("place", "place-of-talks", talks.name());
            }
            if (d.recipients.isEmpty() && !d.actors.isEmpty() && ADDRESSED.contains(d.type)) {
                EntityRef other = story.otherSide(d.actors.get(0).country());
                if (other != null) {
                    d.recipients.add(new EntityRef(null, other.name(), other.country(), other.sector()));
                    d.recipientFromStory = true;
                    d.because("recipient", "other-side", "");
                }
            }
            if (d.status.equals("historical") && !d.ownPlace && d.location != null) {
                d.location = null;
                d.because("place", "history-is-placed-by-its-own-sentence", "");
            } else if (d.type.equals(ASSAULT) && storyPlace != null && (d.location == null
                    || story.isCountry(d.location) && d.location.country().equals(storyPlace.country())
                    && d.dateText != null && "day".equals(d.datePrecision))) {
                // "64 people were killed in eastern Congo on Saturday": the town the story is about, in that
                // country (not a count of a year's attacks across it)
                d.location = storyPlace;
                d.because("place", "place-of-the-story", d.location.name());
            } else if (d.location == null && !d.status.equals("historical") && actsAtHome(d, dateline)
                    && (home == null || !home.country().equals(dateline.country()))) {
                // "BAMAKO — Mali's government ordered the French ambassador to leave", even in a story
                // that names France more often
                d.location = dateline;
                d.because("place", "actor-at-home-in-the-dateline", dateline.name());
            } else if (d.location == null && !d.status.equals("historical") && home != null) {
                d.location = home;
                d.because("place", homeRule, home.name());
            }
            Location place = d.location;
            EntityRef authorities = place == null ? null : story.authoritiesOf(place.country());
            if (d.type.equals(COERCION) && d.actors.isEmpty() && authorities != null && !d.status.equals("historical")) {
                d.actors.add(authorities); // "dozens were arrested", "internet access was restricted"
                d.because("actor", "coercion-by-the-authorities", place.name());
            }
            if (place != null && place.country() != null) {
                // "demonstrators in Tehran", "nurses in Accra"; civilians hit there are named as civilians
                d.actors.replaceAll(r -> ofThePlace(r, r.name(), place));
                d.recipients.replaceAll(r -> ofThePlace(r, "CVL".equals(r.sector()) ? "civilians" : r.name(), place));
            }
            if (d.recipients.isEmpty() && authorities != null && !d.status.equals("historical")) {
                addressedWhereItHappened(d, authorities, place);
            }
        }
    }

    /**
     * Coercion that names nobody is done to the people where it happens ({@code coercion-of-the-people-there}:
     * "internet access was restricted in Iran", "the junta declared a state of emergency"); a foreign
     * attack that names no target is on the country it strikes ({@code attack-on-the-country-struck}:
     * "Russian drones struck Kharkiv", "Houthi missiles landed near Eilat"); a protest
     * that names nobody is addressed to the authorities there ({@code protest-addressed-to-the-authorities}:
     * "motorists blocked highways in Tehran", "nurses marched in Accra"), as PLOVER's PROTEST is
     * dissent against a government.
     */
    private static void addressedWhereItHappened(Draft d, EntityRef authorities, Location place) {
        if (d.type.equals(COERCION)) {
            d.recipients.add(new EntityRef(null, "civilians", place.country(), "CVL"));
            d.because("recipient", "coercion-of-the-people-there", place.name());
        } else if (d.type.equals(ASSAULT) && !d.actors.isEmpty()
                && d.actors.stream().allMatch(a -> a.country() != null && !a.country().equals(place.country()))) {
            d.recipients.add(new EntityRef(null, authorities.name(), place.country(), null));
            d.because("recipient", "attack-on-the-country-struck", place.name());
        } else if (d.type.equals(PROTEST)) {
            d.recipients.add(authorities);
            d.dropActorsFromRecipients();
            if (!d.recipients.isEmpty()) {
                d.because("recipient", "protest-addressed-to-the-authorities", place.name());
            }
        }
    }
}
