package io.articleingest.pipeline.extract;

import io.articleingest.pipeline.knowledge.Place;
import io.articleingest.pipeline.knowledge.Plover;
import io.articleingest.pipeline.model.ArticleEntity;
import io.articleingest.pipeline.model.EntityRef;
import io.articleingest.pipeline.model.Location;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who and where the article is about, counted over its resolved mentions: the entity list of the
 * article record, the state it names most (the owner of "the army"), the two sides of a two-sided
 * story, and the place it names most (where its violence happens unless a sentence says).
 */
public final class ArticleEntities {

    private final Plover plover;
    private final Set<String> organisations;
    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final Map<String, EntityRef> refs = new LinkedHashMap<>(); // in order of first mention
    private final Map<String, int[]> stateCounts = new HashMap<>();
    private final Map<String, EntityRef> states = new HashMap<>();
    /** the places named, in order, each where it stands: which name where the story happens is read later */
    private final List<PlaceNaming> placeNamings = new ArrayList<>();
    private Location dominantPlace;
    private boolean dominantPlaceRead;
    private final Map<String, Place> places = new HashMap<>();
    /** how often each country is named: as a place, through its places, its people and its organs */
    private final Map<String, int[]> countryCounts = new HashMap<>();
    private final Map<String, Place> countryPlaces;
    /** how many namings of its country a dateline is worth (see {@link #homeCountry}) */
    private static final int DATELINE_NAMINGS = 2;

    /**
     * @param organisations canonical names of the dictionary's organisations, which "the group" may continue
     * @param countryPlaces the countries of the dictionary as places, by code
     */
    public ArticleEntities(Plover plover, Set<String> organisations, Map<String, Place> countryPlaces) {
        this.plover = plover;
        this.organisations = organisations;
        this.countryPlaces = countryPlaces;
    }

    /**
     * Counts a mention; {@code governmentByItsSeat}: a capital named for its government ("Kigali
     * denies") is no place where the story happens.
     */
    public void count(AnnotatedSentence s, Mention m, boolean governmentByItsSeat) {
        if (m.place() != null && !"country".equals(m.place().kind()) && !governmentByItsSeat) {
            placeNamings.add(new PlaceNaming(s, m.start(), m.place().name()));
            places.putIfAbsent(m.place().name(), m.place());
        }
        if (m.place() != null && m.place().country() != null && !m.isActor()) {
            countryCounts.computeIfAbsent(m.place().country(), k -> new int[1])[0]++;
        }
        if (!m.isActor() || m.actor().country() == null && !m.isPerson()) {
            return;
        }
        String country = m.actor().country();
        if (country != null && !plover.isNonState(country) && !"JRN".equals(m.actor().sector())) {
            // "Iranian officials" and "Hamas" count for their state; news agencies do not
            stateCounts.computeIfAbsent(country, k -> new int[1])[0]++;
            countryCounts.computeIfAbsent(country, k -> new int[1])[0]++;
            if (Set.of("COUNTRY", "DEMONYM", "SEAT").contains(m.kind())) {
                states.putIfAbsent(country, new EntityRef(null, m.actor().name(), country, null));
            }
        }
        String key = m.actor().name() + "|" + m.actor().country();
        counts.computeIfAbsent(key, k -> new int[1])[0]++;
        refs.putIfAbsent(key, m.actor());
    }

    /**
     * "The council condemned …" after "the U.N. Security Council": the organisation named so far
     * whose name has the head noun, the most recently introduced first.
     */
    public EntityRef organisationNamed(String head) {
        EntityRef found = null;
        for (EntityRef r : refs.values()) {
            if (r.name() != null && isContinuable(r)
                    && Arrays.asList(r.name().toLowerCase(Locale.ROOT).split("\\W+")).contains(head)) {
                found = r;
            }
        }
        return found;
    }

    /**
     * An organisation "the group", "the movement" may continue: not a news outlet, which is who
     * was told ("told Al Jazeera"), nor civilians.
     */
    public boolean isContinuable(EntityRef a) {
        return organisations.contains(a.name()) && !"JRN".equals(a.sector()) && !"CVL".equals(a.sector());
    }

    /**
     * The state the article names most often, its {@code dateline}'s country (null for none)
     * counting as two namings: the default owner of "the army", "the cabinet", "the police". A story
     * filed from Lima that names the United States once is about Peru's police.
     */
    public EntityRef dominantState(Location dateline) {
        String filedIn = dateline == null || dateline.country() == null || plover.isNonState(dateline.country())
                ? null : dateline.country();
        return withDateline(stateCounts, filedIn).entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> states.getOrDefault(e.getKey(), new EntityRef(null, e.getKey(), e.getKey(), null)))
                .orElse(null);
    }

    /**
     * In a story about two sides (the two states it names most), the other side of {@code country}:
     * the actor of that other state the article names most, at least twice. Null when
     * {@code country} is not one of the two sides (a mediator, a third party).
     */
    public EntityRef otherSide(String country) {
        List<String> sides = stateCounts.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]))
                .limit(2).map(Map.Entry::getKey).toList();
        if (sides.size() < 2 || !sides.contains(country)) {
            return null;
        }
        String other = sides.get(0).equals(country) ? sides.get(1) : sides.get(0);
        EntityRef best = null;
        int most = 1;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            EntityRef r = refs.get(e.getKey());
            if (other.equals(r.country()) && !"JRN".equals(r.sector()) && e.getValue()[0] > most) {
                best = r;
                most = e.getValue()[0];
            }
        }
        return best;
    }

    /** The place the article names most often: where its violence happens, unless a sentence says. */
    public Location dominantPlace() {
        if (dominantPlaceRead) {
            return dominantPlace; // read once the speech frames are known, for every draft of the article
        }
        dominantPlaceRead = true;
        Map<String, int[]> placeCounts = new LinkedHashMap<>();
        for (PlaceNaming n : placeNamings) {
            Attribution a = n.sentence().attribution();
            if (a == null || !a.placesSource(n.start())) { // "an army spokesman told reporters in Maiduguri"
                placeCounts.computeIfAbsent(n.name(), k -> new int[1])[0]++;
            }
        }
        dominantPlace = placeCounts.entrySet().stream().max(Map.Entry.comparingByValue(Comparator.comparingInt(a -> a[0])))
                .map(e -> places.get(e.getKey())).map(ArticleEntities::location).orElse(null);
        return dominantPlace;
    }

    /** A place named in a sentence, at token {@code start}. */
    private record PlaceNaming(AnnotatedSentence sentence, int start, String name) {
    }

    /** Whether a place is a whole country ("DR Congo"), no town or region of it. */
    public boolean isCountry(Location place) {
        Place country = place.country() == null ? null : countryPlaces.get(place.country());
        return country != null && country.name().equals(place.name());
    }

    /**
     * The country the story is set in: the one it names most — as a place, through its places, its
     * people and its organs — when that is more than half of all it names; else null (a story
     * between states has no one country). The country of the {@code dateline} (null for none) counts
     * as two namings: the reporter is there, so a story filed from Goma that names a summit in
     * Luanda once is set in Congo, while one filed from Beirut about Syria, naming Syria throughout,
     * is still set in Syria.
     */
    public Location homeCountry(Location dateline) {
        Map<String, Integer> named = withDateline(countryCounts, dateline == null ? null : dateline.country());
        int total = named.values().stream().mapToInt(Integer::intValue).sum();
        return named.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(e -> 2 * e.getValue() > total && countryPlaces.containsKey(e.getKey()))
                .map(e -> location(countryPlaces.get(e.getKey()))).orElse(null);
    }

    /** Counts by country, with the dateline's country ({@code filedIn}, null for none) as two more namings. */
    private static Map<String, Integer> withDateline(Map<String, int[]> counts, String filedIn) {
        Map<String, Integer> named = new HashMap<>();
        counts.forEach((country, n) -> named.put(country, n[0]));
        if (filedIn != null) {
            named.merge(filedIn, DATELINE_NAMINGS, Integer::sum);
        }
        return named;
    }

    /** The authorities of a country, as an actor; null when the dictionary does not know it. */
    public EntityRef authoritiesOf(String country) {
        Place p = country == null ? null : countryPlaces.get(country);
        return p == null ? null : new EntityRef(null, p.name(), country, "GOV");
    }

    /** A gazetteer place as an event location. */
    public static Location location(Place p) {
        return new Location(p.name(), p.name(), p.country(), p.admin1() != null ? p.admin1() : p.region(), p.lat(),
                p.lon());
    }

    /** The article record's entity list, most mentioned first. */
    public List<ArticleEntity> list() {
        List<ArticleEntity> out = new ArrayList<>();
        counts.forEach((key, n) -> {
            EntityRef r = refs.get(key);
            out.add(new ArticleEntity(r.name(), r.country(), r.sector(), n[0]));
        });
        out.sort((a, b) -> Integer.compare(b.mentions(), a.mentions()));
        return out;
    }
}
