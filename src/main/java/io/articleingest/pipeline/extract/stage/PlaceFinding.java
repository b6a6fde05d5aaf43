package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.ArticleEntities;
import io.articleingest.pipeline.extract.Attribution;
import io.articleingest.pipeline.extract.Clause;
import io.articleingest.pipeline.extract.Cues;
import io.articleingest.pipeline.extract.Draft;
import io.articleingest.pipeline.extract.Layer;
import io.articleingest.pipeline.extract.Mention;
import io.articleingest.pipeline.extract.Stage;
import io.articleingest.pipeline.extract.Syntax;
import io.articleingest.pipeline.extract.TriggerHit;
import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.knowledge.Lexeme;
import io.articleingest.pipeline.knowledge.PhraseIndex;
import io.articleingest.pipeline.knowledge.Place;
import io.articleingest.pipeline.knowledge.Trigger;
import io.articleingest.pipeline.knowledge.WordClass;
import io.articleingest.pipeline.model.Location;
import io.articleingest.pipeline.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The place of each draft: the most specific place of its stretch of the sentence, where a town,
 * camp or site after "in", "at", "near" outranks a country or region ({@code place-in-sentence});
 * a visit happens at the place visited ({@code place-visited}) and what a country hosts in that country
 * ({@code place-of-the-host}); else the paragraph's last place ({@code place-of-paragraph}); talks happen where the article
 * says they are held ({@code place-of-talks}). Not places of the event: a dateline, where a source
 * is ("medics at Nasser Hospital"), what a talk is about ("a Gaza ceasefire"), where people came
 * from ("fled from Rafah"), and a country that acts ("Lebanon said").
 */
public final class PlaceFinding implements Stage {

    /** the CONSULT mode of visits, whose object is where they happen */
    private static final String VISIT = "visit";

    /** Acts of talks: held where the article says talks were, which may be away from where the parties are from. */
    static final Set<String> TALKS = Set.of("CONSULT", "AGREE");

    private final Knowledge knowledge;
    private final Syntax syntax;

    public PlaceFinding(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.syntax = new Syntax(knowledge.lexicon());
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.ARGUMENTS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.PLACES);
    }

    @Override
    public void annotate(AnnotatedArticle article) {
        Location dateline = datelineCountry(article);
        Mention paragraphPlace = null;
        Location talksPlace = null;
        int paragraph = -1;
        int next = 0;
        List<Draft> drafts = article.drafts();
        for (AnnotatedSentence s : article.sentences()) {
            if (s.paragraph() != paragraph) {
                paragraph = s.paragraph();
                paragraphPlace = null;
            }
            Location held = s.heading() ? null : placeOfTalks(s);
            talksPlace = held != null ? held : talksPlace;
            for (; next < drafts.size() && drafts.get(next).sentence == s; next++) {
                Draft d = drafts.get(next);
                place(d, paragraphPlace, dateline);
                if (d.location == null && TALKS.contains(d.type) && talksPlace != null) {
                    d.location = talksPlace; // talks go on where the article said they were held
                    d.because("place", "place-of-talks", talksPlace.name());
                } else if (d.location != null && d.type.equals("CONSULT") && !stillToCome(s.tokens(), d.hit.start())) {
                    talksPlace = d.location;
                }
            }
            Attribution source = s.attribution();
            for (Mention m : s.mentions()) {
                // "a spokesman told reporters in Maiduguri": where the source spoke places no later act
                if (m.place() != null && !"country".equals(m.place().kind()) && (source == null || !source.placesSource(m.start()))) {
                    paragraphPlace = m;
                }
            }
        }
        article.setTalksPlace(talksPlace);
        article.setDatelineCountry(dateline);
    }

    /** The country of the first sentence's dateline ("DHAKA, Bangladesh —", "KABUL (AP) —"), or null. */
    private Location datelineCountry(AnnotatedArticle article) {
        for (AnnotatedSentence s : article.sentences()) {
            if (s.heading()) {
                continue;
            }
            List<Token> tokens = s.tokens();
            int end = NamePieces.datelineEnd(tokens);
            for (int k = 0; k < end; k++) {
                for (PhraseIndex.Match<Lexeme> m : knowledge.entities().phrases.matchesAt(tokens, k)) {
                    Place country = m.end() <= end && m.value().country() != null
                            ? knowledge.entities().countryPlaces.get(m.value().country()) : null;
                    if (country != null && (m.value().kind().equals("COUNTRY") || m.value().isPlaceLike())) {
                        return ArticleEntities.location(country);
                    }
                }
            }
            return null;
        }
        return null;
    }

    /** "will travel to Beijing next week for talks": talks to come, no place of the talks told so far. */
    private boolean stillToCome(List<Token> tokens, int trigger) {
        return Cues.any(knowledge, tokens, 0, trigger, "future");
    }

    /**
     * "Envoys gathered for a new round of mediation in Cairo …": where a sentence places talks, even
     * without an event; not where talks are still to come ("will travel to Beijing next week for talks").
     */
    private Location placeOfTalks(AnnotatedSentence s) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            for (PhraseIndex.Match<Trigger> m : knowledge.triggers().phrases.matchesAt(tokens, i)) {
                if (!m.value().type().equals("CONSULT") || stillToCome(tokens, i)) {
                    continue;
                }
                for (Mention place : s.mentions()) {
                    if (place.place() != null && place.place().specificity() > 0 && syntax.isLocative(tokens, place.start())) {
                        return ArticleEntities.location(place.place());
                    }
                }
            }
        }
        return null;
    }

    private void place(Draft d, Mention paragraphPlace, Location dateline) {
        AnnotatedSentence s = d.sentence;
        int floor = contrastStart(d);
        int from = Math.max(ownStretch(d), floor);
        int to = stretchEnd(d);
        List<Mention> stretch = from == 0 && to >= s.tokens().size() ? s.mentions()
                : s.mentions().stream().filter(m -> m.start() >= from && m.start() < to).toList();
        // a group placed by a preposition ("a tanker off the Yemeni coast", "residents of Goma") places its stretch too
        boolean placeInStretch = stretch.stream().anyMatch(m -> m.place() != null && (!m.isActor() || m.kind().equals("PLACE")));
        Mention visited = visited(d);
        Mention host = visited == null ? host(d) : null;
        List<Mention> sentence = s.mentions().stream().filter(m -> m.start() >= floor).toList();
        Mention best = visited != null ? visited : host != null ? host : best(s, placeInStretch ? stretch : sentence);
        String rule = visited != null ? "place-visited" : host != null ? "place-of-the-host" : "place-in-sentence";
        if (paragraphPlace != null && (best == null || best.place().specificity() == 0)) {
            best = paragraphPlace;
            rule = "place-of-paragraph";
        }
        Place capital = capitalNamed(s, best, dateline);
        if (capital != null) {
            // "clashed with police in the capital", "in the Honduran capital": the capital of the country named
            Location c = ArticleEntities.location(capital);
            d.location = c;
            d.ownPlace = true;
            d.because("place", "the-capital", c.name());
            return;
        }
        if (best == null) {
            return;
        }
        Location p = ArticleEntities.location(best.place());
        String text = best.actor() != null ? best.actor().text() : p.name();
        d.location = new Location(text, p.name(), p.country(), p.admin1(), p.lat(), p.lon());
        d.because("place", rule, text);
        String name = p.name();
        d.ownPlace = s.mentions().stream().anyMatch(m -> m.place() != null && m.place().name().equals(name)
                && !(m.end() < s.tokens().size() && Cues.any(knowledge, s.tokens(), m.end(), m.end() + 1, "topicNouns")));
    }

    /** "Mexico hosted talks", "Qatar will host the next round": what a country or city hosts happens there. */
    private Mention host(Draft d) {
        if (!syntax.words().is(WordClass.HOST_VERBS, d.sentence.tokens().get(d.hit.start()))) {
            return null;
        }
        return d.sentence.mentions().stream().filter(m -> m.place() != null && m.end() <= d.hit.start()
                && m.end() >= d.hit.start() - 2).reduce((a, b) -> b).orElse(null);
    }

    /** "will visit Beijing", "travelled to Kyiv": a visit happens at the place visited, its object. */
    private static Mention visited(Draft d) {
        if (!VISIT.equals(d.hit.trigger().mode())) {
            return null;
        }
        return d.sentence.mentions().stream().filter(m -> m.place() != null && m.start() == d.hit.end())
                .findFirst().orElse(null);
    }

    /**
     * A later act of a sentence happens where its own clause says: its stretch starts after the
     * last clause break between the trigger before it and itself ("demolished houses east of Khan
     * Younis, and gunboats opened fire off Gaza City").
     */
    private int ownStretch(Draft d) {
        List<Token> tokens = d.sentence.tokens();
        TriggerHit previous = null;
        for (TriggerHit h : d.sentence.triggers()) {
            if (h.end() <= d.hit.start()) {
                previous = h;
            }
        }
        if (previous == null) {
            return 0;
        }
        for (int k = d.hit.start() - 1; k >= previous.end(); k--) {
            String w = tokens.get(k).norm();
            if (w.equals(",") || syntax.words().is(WordClass.CLAUSE_BREAKS, w)
                    || syntax.words().is(WordClass.CONTRAST_CONJUNCTIONS, w)) {
                return k + 1;
            }
        }
        return previous.end();
    }

    /**
     * "The deal was welcomed in Cairo, but angered villagers, who blocked the main road overnight": a
     * place told before a "but" before the trigger belongs to the clause it contrasts with.
     */
    private int contrastStart(Draft d) {
        List<Token> tokens = d.sentence.tokens();
        for (int k = d.hit.start() - 1; k > 0; k--) {
            if (syntax.words().is(WordClass.CONTRAST_CONJUNCTIONS, tokens.get(k).norm())) {
                return k + 1;
            }
        }
        return 0;
    }

    /**
     * Where the trigger's stretch ends: before a later clause of reported or participial words that
     * holds an act of its own ("detained a tanker off Aden, saying it answered the shelling of towns
     * in Lebanon": Lebanon is the shelling's place, not the detention's).
     */
    private static int stretchEnd(Draft d) {
        AnnotatedSentence s = d.sentence;
        for (Clause c : s.clauses()) {
            boolean aside = c.kind() == Clause.Kind.PARTICIPLE || c.kind() == Clause.Kind.REPORTED;
            if (aside && c.start() > d.hit.end() && s.triggers().stream()
                    .anyMatch(t -> t.reported() && t != d.hit && c.contains(t.start()))) {
                return c.opener() >= 0 ? c.opener() : c.start();
            }
        }
        return s.tokens().size();
    }

    /**
     * The capital a sentence names by that word, when it names no town: "in the capital" of the
     * country it places the act in (else of the dateline's), "the Honduran capital" of the demonym's
     * country ({@code the-capital}); not "the capital, Tegucigalpa" (the name is the place), "capital
     * markets" or "political capital".
     */
    private Place capitalNamed(AnnotatedSentence s, Mention best, Location dateline) {
        if (best != null && best.place().specificity() > 0) {
            return null;
        }
        List<Token> tokens = s.tokens();
        for (int k = 1; k < tokens.size(); k++) {
            if (!tokens.get(k).norm().equals("capital")) {
                continue;
            }
            boolean noun = k + 1 >= tokens.size() || !tokens.get(k + 1).isNoun() || tokens.get(k + 1).norm().equals("city");
            boolean named = k + 2 < tokens.size() && tokens.get(k + 1).norm().equals(",") && tokens.get(k + 2).isCapitalised();
            if (!noun || named) {
                return null;
            }
            String before = tokens.get(k - 1).norm();
            String country = null;
            for (Mention m : s.mentions()) {
                if (m.end() == k && m.actor() != null && m.kind().equals("DEMONYM")) {
                    country = m.actor().country(); // "the Honduran capital"
                }
            }
            if (country == null && (before.equals("the") || before.equals("'s"))) {
                // "in the capital" of the country the sentence names, else of the one the story is filed from
                country = best != null ? best.place().country() : dateline == null ? null : dateline.country();
            }
            return country == null ? null : knowledge.entities().capitalOf(country);
        }
        return null;
    }

    /** The most specific place, a place after a preposition of place ranking above all others. */
    private Mention best(AnnotatedSentence s, List<Mention> mentions) {
        List<Token> tokens = s.tokens();
        Attribution a = s.attribution();
        Mention best = null;
        int bestRank = -1;
        for (Mention m : mentions) {
            if (m.place() == null || m.isActor() && Set.of("COUNTRY", "SEAT").contains(m.kind())
                    && !syntax.isLocative(tokens, m.start())) {
                continue; // "Lebanon said" is the state; "in southern Lebanon" is the place
            }
            if (m.start() < NamePieces.datelineEnd(tokens) || dateline(tokens, m)) {
                continue; // "BEIRUT, Nov 20 (Reuters) -": where the reporter filed
            }
            if (m.end() < tokens.size() && Cues.any(knowledge, tokens, m.end(), m.end() + 1, "topicNouns")) {
                continue; // "a Gaza ceasefire", "the Ukraine talks": what it is about, not where
            }
            String before = syntax.wordBefore(tokens, m.start());
            if (syntax.words().is(WordClass.ORIGINS, before)) {
                continue; // "a missionary from Calgary", "fled from Rafah": where they came from
            }
            if (a != null && a.placesSource(m.start())) {
                continue; // "according to medics at Nasser Hospital": where the source is, not the event
            }
            int specificity = m.place().specificity();
            // a country or a wide region after "in" is a frame; a town, camp or site there is the place
            int bonus = specificity == 0 ? 2 : specificity == 1 ? 3 : !syntax.words().is(WordClass.PARTITIVES, before) ? 10
                    : knowledge.placeNouns.contains(syntax.wordBefore(tokens, m.start() - 1)) ? 10 : 5; // "the city of Kharkiv"
            int rank = specificity + (syntax.isLocative(tokens, m.start()) ? bonus : 0);
            if (rank > bestRank) {
                best = m;
                bestRank = rank;
            }
        }
        return best;
    }

    /** A place in capitals opening the sentence before a comma or a dash: a dateline. */
    private static boolean dateline(List<Token> tokens, Mention m) {
        return m.start() == 0 && tokens.get(0).text().equals(tokens.get(0).text().toUpperCase(Locale.ROOT))
                && tokens.size() > 1 && Set.of(",", "(", "—", "–", "-").contains(tokens.get(1).norm());
    }
}
