package io.articleingest.pipeline.legacy;

import io.articleingest.pipeline.knowledge.Place;
import io.articleingest.pipeline.model.ArticleEntity;
import io.articleingest.pipeline.model.EntityRef;
import io.articleingest.pipeline.model.Location;
import io.articleingest.pipeline.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What earlier sentences said: for pronouns, sector-only actors, places, and the entity list. */
final class ArticleMemory {
    /** PLOVER codes of actors that belong to no state. */
    private static final Set<String> NON_STATE = Set.of("UNO", "IGO", "NGO", "EUR", "IMG", "MNC", "ISM", "XXX");

    EntityRef lastPerson;
    EntityRef lastGroup;
    EntityRef lastOrganisation;
    EntityRef lastAttacker;
    /** the group that last spoke ("Hamas sources said"): who "they" and "the sources" usually are */
    EntityRef lastSpeakerGroup;
    Attribution sentenceAttribution;
    /** who spoke the quotation of the previous sentence, if it had one: a next quote is theirs too */
    EntityRef lastQuoteSpeaker;
    Mention paragraphPlace;
    Location talksPlace;
    final Map<String, EntityRef> lastWithSector = new HashMap<>();
    /** surnames of people the article introduced: "Gazi Hamad, a member of …" → "Hamad" */
    final Map<String, EntityRef> names = new HashMap<>();
    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final Map<String, EntityRef> refs = new LinkedHashMap<>(); // in order of first mention
    private final Map<String, int[]> stateCounts = new HashMap<>();
    private final Map<String, int[]> placeCounts = new HashMap<>();
    private final Map<String, Place> places = new HashMap<>();
    private final Set<String> organisations;

    ArticleMemory(Set<String> organisations) {
        this.organisations = organisations;
    }

    /** Before the event pass: forget what the first pass (names, counts) put in the cursor. */
    void resetCursor() {
        lastPerson = null;
        lastGroup = null;
        lastOrganisation = null;
        lastAttacker = null;
        lastSpeakerGroup = null;
        talksPlace = null;
        lastWithSector.clear();
    }

    /** Learns people introduced by name, with the group an apposition gives them. */
    void learnNames(List<Token> tokens, List<Mention> found) {
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            if (!"NAME".equals(m.kind()) && !"PERSON".equals(m.kind()) || m.end() - m.start() < 1) {
                if (m.isActor() && continuable(m.actor())) {
                    lastOrganisation = m.actor();
                }
                continue;
            }
            EntityRef person = m.actor();
            if (person.country() == null && m.end() < tokens.size() && tokens.get(m.end()).norm().equals(",")) {
                // "Gazi Hamad, a member of Hamas's Politburo"
                for (int j = i + 1; j < found.size() && found.get(j).start() <= m.end() + 8; j++) {
                    EntityRef group = found.get(j).actor();
                    if (group != null && group.country() != null) {
                        person = new EntityRef(person.text(), person.name(), group.country(), group.sector());
                        found.set(i, new Mention(m.start(), m.end(), person, null, m.kind()));
                        break;
                    }
                }
            }
            String surname = tokens.get(m.end() - 1).norm();
            if (m.end() - m.start() >= 2 && !names.containsKey(surname)) {
                names.put(surname, person);
            }
            if (person.country() != null) {
                lastPerson = person; // for "the Politburo member" in the sentences that follow
            }
        }
    }

    /**
     * "The council condemned …" after "the U.N. Security Council": the organisation named so far
     * whose name has the head noun, the most recently introduced first.
     */
    EntityRef organisationNamed(String head) {
        EntityRef found = null;
        for (EntityRef r : refs.values()) {
            if (r.name() != null && continuable(r)
                    && java.util.Arrays.stream(r.name().toLowerCase(java.util.Locale.ROOT).split("\\W+"))
                    .anyMatch(head::equals)) {
                found = r;
            }
        }
        return found;
    }

    /**
     * An organisation "the group", "the movement" may continue: not a news outlet, which is who
     * was told ("told Al Jazeera"), not who the story is about.
     */
    private boolean continuable(EntityRef a) {
        return organisations.contains(a.name()) && !"JRN".equals(a.sector()) && !"CVL".equals(a.sector());
    }

    void rememberSentence(List<Mention> found) {
        if (sentenceAttribution != null && sentenceAttribution.source().country() != null
                && !"UNK".equals(sentenceAttribution.source().sector())) {
            lastSpeakerGroup = sentenceAttribution.source();
        }
        sentenceAttribution = null;
        boolean first = true;
        for (Mention m : found) {
            if (!m.isActor()) {
                continue;
            }
            EntityRef a = m.actor();
            if (m.isPerson()) {
                lastPerson = a;
            } else if (a.country() != null && first) {
                lastGroup = a; // "they" continues the group a sentence is about, not the last one named
            }
            if (continuable(a)) {
                lastOrganisation = a;
            }
            if (a.sector() != null && a.country() != null) {
                lastWithSector.put(a.sector(), a);
            }
            first = false;
        }
    }

    void count(Mention m) {
        if (m.place() != null && !"country".equals(m.place().kind())) {
            placeCounts.computeIfAbsent(m.place().name(), k -> new int[1])[0]++;
            places.putIfAbsent(m.place().name(), m.place());
        }
        if (!m.isActor() || m.actor().country() == null && !m.isPerson()) {
            return;
        }
        String country = m.actor().country();
        if (country != null && !NON_STATE.contains(country) && !"JRN".equals(m.actor().sector())) {
            // "Iranian officials" and "Hamas" count for their state; news agencies do not
            stateCounts.computeIfAbsent(country, k -> new int[1])[0]++;
            if (Set.of("COUNTRY", "DEMONYM", "SEAT").contains(m.kind())) {
                refs.putIfAbsent("state|" + country, new EntityRef(null, m.actor().name(), country, null));
            }
        }
        String key = m.actor().name() + "|" + m.actor().country();
        counts.computeIfAbsent(key, k -> new int[1])[0]++;
        refs.putIfAbsent(key, m.actor());
    }

    /** The state the article names most often: the default owner of "the army", "the cabinet". */
    EntityRef dominantState() {
        return stateCounts.entrySet().stream().max(java.util.Map.Entry.comparingByValue(
                java.util.Comparator.comparingInt(a -> a[0])))
                .map(e -> refs.getOrDefault("state|" + e.getKey(), new EntityRef(null, e.getKey(), e.getKey(), null)))
                .orElse(null);
    }

    /**
     * In a story about two sides (the two states it names most), the other side of {@code country}:
     * the actor of that other state the article names most. Null when {@code country} is not one of
     * the two sides (a mediator, a third party).
     */
    EntityRef otherSide(String country) {
        List<String> sides = stateCounts.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]))
                .limit(2).map(java.util.Map.Entry::getKey).toList();
        if (sides.size() < 2 || !sides.contains(country)) {
            return null;
        }
        String other = sides.get(0).equals(country) ? sides.get(1) : sides.get(0);
        EntityRef best = null;
        int most = 1; // named at least twice
        for (java.util.Map.Entry<String, int[]> e : counts.entrySet()) {
            EntityRef r = refs.get(e.getKey());
            if (r != null && other.equals(r.country()) && !"JRN".equals(r.sector()) && e.getValue()[0] > most) {
                best = r;
                most = e.getValue()[0];
            }
        }
        return best;
    }

    /** The place the article names most often: where its violence happens, unless a sentence says. */
    Location dominantPlace() {
        return placeCounts.entrySet().stream().max(java.util.Map.Entry.comparingByValue(
                java.util.Comparator.comparingInt(a -> a[0]))).map(e -> places.get(e.getKey()))
                .map(p -> new Location(p.name(), p.name(), p.country(),
                        p.admin1() != null ? p.admin1() : p.region(), p.lat(), p.lon()))
                .orElse(null);
    }

    List<ArticleEntity> entities() {
        List<ArticleEntity> out = new ArrayList<>();
        counts.forEach((key, n) -> {
            EntityRef r = refs.get(key);
            if (key.startsWith("state|")) {
                return;
            }
            out.add(new ArticleEntity(r.name(), r.country(), r.sector(), n[0]));
        });
        out.sort((a, b) -> Integer.compare(b.mentions(), a.mentions()));
        return out;
    }
}
