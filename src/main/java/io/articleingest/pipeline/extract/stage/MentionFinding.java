package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Layer;
import io.articleingest.pipeline.extract.Mention;
import io.articleingest.pipeline.extract.Stage;
import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.knowledge.Lexeme;
import io.articleingest.pipeline.knowledge.Lexicon;
import io.articleingest.pipeline.knowledge.PhraseIndex;
import io.articleingest.pipeline.knowledge.Place;
import io.articleingest.pipeline.knowledge.WordClass;
import io.articleingest.pipeline.model.EntityRef;
import io.articleingest.pipeline.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Actors, places and pronouns of each sentence: dictionary phrases (longest first), grouped into
 * noun phrases the way news writes them — "Israeli warplanes" (nationality + sector), "Hamas
 * spokesperson Hazem Qassem" (organisation + role + name), "Israel's army", "the government of
 * Sudan" — plus proper names the dictionaries do not know (runs of proper nouns), and the surname
 * of a person named earlier ("Qassem said").
 */
public final class MentionFinding implements Stage {

    private static final Set<String> NAME_TAGS = Set.of("PROPN", "NOUN", "ADJ", "X");
    private static final Set<String> MODIFIER_TAGS = Set.of("ADJ", "NOUN", "PROPN", "NUM");

    private final Knowledge knowledge;
    private final Lexicon words;
    private final GazetteerNames gazetteer;

    public MentionFinding(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.words = knowledge.lexicon();
        this.gazetteer = new GazetteerNames(knowledge);
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TAGS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public void annotate(AnnotatedArticle article) {
        Map<String, EntityRef> surnames = new HashMap<>();
        GazetteerNames.ArticleCountries countries = new GazetteerNames.ArticleCountries(knowledge, article);
        for (AnnotatedSentence s : article.sentences()) {
            List<Token> tokens = s.tokens();
            List<Piece> pieces = pieces(tokens, surnames, countries);
            List<Mention> found = new ArrayList<>();
            int i = 0;
            while (i < pieces.size()) {
                int j = i;
                // group a noun phrase: [nationality | country 's | organisation]* [sector]* [name]
                while (j + 1 < pieces.size() && joinable(tokens, pieces.get(j), pieces.get(j + 1))) {
                    j++;
                }
                found.add(combine(tokens, pieces.subList(i, j + 1)));
                i = j + 1;
            }
            found.addAll(pronouns(tokens));
            s.setMentions(found);
            for (Mention m : found) {
                if (m.isPerson() && m.end() - m.start() >= 2) {
                    surnames.putIfAbsent(tokens.get(m.end() - 1).norm(), m.actor()); // "Gazi Hamad" → "Hamad"
                }
            }
        }
    }

    private List<Mention> pronouns(List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (words.is(WordClass.PERSON_PRONOUNS, t.norm()) || words.is(WordClass.GROUP_PRONOUNS, t.norm())) {
                out.add(new Mention(k, k + 1, null, null, "PRONOUN"));
            }
        }
        return out;
    }

    /** One dictionary or name match. */
    private record Piece(int start, int end, Lexeme lexeme, List<Lexeme> alternatives) {
        String kind() {
            return lexeme == null ? "NAME" : lexeme.kind();
        }
    }

    private List<Piece> pieces(List<Token> tokens, Map<String, EntityRef> surnames,
                               GazetteerNames.ArticleCountries countries) {
        List<Piece> out = new ArrayList<>();
        int i = datelineEnd(tokens);
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            List<Lexeme> best = new ArrayList<>();
            int end = -1;
            boolean afterEntry = !out.isEmpty() && out.get(out.size() - 1).end() == i;
            for (PhraseIndex.Match<Lexeme> m : dictionaryMatches(tokens, i, afterEntry, surnames)) {
                boolean sector = m.value().kind().equals("SECTOR");
                boolean lowerCaseName = m.value().name().equals(m.value().name().toLowerCase(Locale.ROOT));
                if (!sector && !t.isCapitalised() && !lowerCaseName) {
                    continue; // "us", "chad", "china" in lower case are not names
                }
                if (end < 0 || m.end() == end) {
                    end = m.end();
                    best.add(m.value());
                }
            }
            if (!best.isEmpty()) {
                best.sort(Comparator.comparingInt(l -> priority(l, countries)));
                out.add(new Piece(i, end, best.get(0), best));
                i = end;
                continue;
            }
            EntityRef known = t.isCapitalised() ? surnames.get(t.norm()) : null;
            if (known != null) {
                out.add(new Piece(i, i + 1, new Lexeme("PERSON", known.name(), known.country(), known.sector(), null,
                        false), List.of()));
                i++;
                continue;
            }
            int nameEnd = unknownNameEnd(tokens, i, surnames);
            if (nameEnd > i && (knowledge.placeNouns.contains(tokens.get(nameEnd - 1).norm())
                    || nameEnd < tokens.size() && knowledge.placeNouns.contains(tokens.get(nameEnd).norm()))) {
                i = nameEnd; // "the Abu Shouk camp", "Kamal Adwan Hospital": a place the gazetteer does not know
                continue;
            }
            if (nameEnd > i) {
                out.add(new Piece(i, nameEnd, null, List.of()));
                i = nameEnd;
                continue;
            }
            i++;
        }
        return out;
    }

    /**
     * The dictionaries' entries starting at token {@code i}, and the world gazetteer's places whose
     * names read as places there; longest first, a dictionary entry before a gazetteer place.
     */
    private List<PhraseIndex.Match<Lexeme>> dictionaryMatches(List<Token> tokens, int i, boolean afterEntry,
                                                              Map<String, EntityRef> surnames) {
        List<PhraseIndex.Match<Lexeme>> found = new ArrayList<>(knowledge.entities().phrases.matchesAt(tokens, i));
        found.addAll(gazetteer.matchesAt(tokens, i, afterEntry, surnames));
        found.sort(Comparator.comparingInt(m -> -m.end()));
        return found;
    }

    /**
     * "NEW YORK (AP) —", "BEIRUT, Nov 20 (Reuters) -": where the reporter filed, before the story;
     * nobody in it acts or is acted on.
     */
    static int datelineEnd(List<Token> tokens) {
        int k = 0;
        while (k < tokens.size() && tokens.get(k).isWord() && tokens.get(k).text().length() > 1
                && tokens.get(k).text().equals(tokens.get(k).text().toUpperCase(Locale.ROOT))
                && Character.isLetter(tokens.get(k).text().charAt(0))) {
            k++;
        }
        if (k == 0 || k >= tokens.size() || !Set.of("(", ",", "—", "–", "-").contains(tokens.get(k).norm())) {
            return 0; // "UN agencies warned — …" is a sentence, not a dateline
        }
        for (int j = k; j < Math.min(tokens.size(), k + 10); j++) {
            String w = tokens.get(j).norm();
            if (w.equals("—") || w.equals("–") || w.equals("-")) {
                return j + 1;
            }
        }
        return 0;
    }

    /** Which reading of an ambiguous name comes first; a gazetteer place in a country the article names before others. */
    private static int priority(Lexeme l, GazetteerNames.ArticleCountries articleCountries) {
        return switch (l.kind()) {
            case "PERSON" -> 0;
            case "ORG" -> 1;
            case "COUNTRY" -> 2;
            case "SEAT" -> 3;
            case "DEMONYM" -> 4;
            case "PLACE" -> 5 + (l.place().generated() && !articleCountries.contains(l.country()) ? 2 : 0)
                    + (l.place().preferred() ? 0 : 1);
            default -> 9;
        };
    }

    /**
     * Proper nouns the dictionaries do not know ("Hazem Qassem", "Abu Aassi"): two words or more, up
     * to a dictionary entry or a gazetteer place ("Northern Gwoza" is not one name).
     */
    private int unknownNameEnd(List<Token> tokens, int i, Map<String, EntityRef> surnames) {
        int j = i;
        while (j < tokens.size()) {
            Token t = tokens.get(j);
            boolean joiner = j > i && words.is(WordClass.NAME_JOINERS, t.norm()) && j + 1 < tokens.size()
                    && tokens.get(j + 1).isCapitalised();
            if (!joiner && !(nameWord(t) && knowledge.entities().phrases.matchesAt(tokens, j).isEmpty()
                    && (j == i || !gazetteer.startsAt(tokens, j, false, surnames)))) {
                break;
            }
            j++;
        }
        return j - i >= 2 ? j : i;
    }

    /** A capitalised noun or adjective that is not a date word or a title: part of a name. */
    private boolean nameWord(Token t) {
        return t.isCapitalised() && t.isWord() && NAME_TAGS.contains(t.tag())
                && !words.is(WordClass.MONTHS, t.norm()) && !words.is(WordClass.WEEKDAYS, t.norm())
                && !words.is(WordClass.TITLES, t.norm());
    }

    private boolean joinable(List<Token> tokens, Piece a, Piece b) {
        int gapStart = a.end();
        boolean possessive = b.start() >= gapStart + 1 && tokens.get(gapStart).norm().equals("'s");
        int gap = b.start() - gapStart - (possessive ? 1 : 0);
        if (gap == 1 && b.kind().equals("SECTOR") && MODIFIER_TAGS.contains(tokens.get(b.start() - 1).tag())) {
            // "Irish nationalist guerrillas", "Taiwan's Vice Foreign Minister", "Defence Secretary Tom King"
            return a.kind().equals("DEMONYM") && !tokens.get(a.end() - 1).norm().endsWith("s")
                    || possessive && (a.kind().equals("COUNTRY") || a.kind().equals("ORG"))
                    || a.kind().equals("SECTOR") && tokens.get(b.start() - 1).isCapitalised();
        }
        if (b.start() != gapStart && !possessive) {
            // "the government of Sudan", "security forces in Guinea", "students throughout Indonesia"
            boolean article = b.start() == gapStart + 2 && tokens.get(gapStart + 1).norm().equals("the");
            return a.kind().equals("SECTOR") && (b.start() == gapStart + 1 || article)
                    && words.is(WordClass.GROUPING_PREPOSITIONS, tokens.get(gapStart).norm())
                    && (b.kind().equals("COUNTRY") || b.kind().equals("ORG") || b.kind().equals("PLACE"));
        }
        if (possessive && gap > 0) {
            return false;
        }
        String ak = a.kind();
        return switch (b.kind()) {
            case "SECTOR" -> !ak.equals("PLACE") || possessive;
            case "NAME", "PERSON" -> ak.equals("SECTOR") || ak.equals("ORG") || ak.equals("DEMONYM")
                    || ak.equals("COUNTRY") && possessive;
            case "ORG" -> ak.equals("DEMONYM") || ak.equals("COUNTRY") && possessive;
            default -> false;
        };
    }

    private Mention combine(List<Token> tokens, List<Piece> group) {
        int start = group.get(0).start();
        int end = group.get(group.size() - 1).end();
        String text = text(tokens, start, end);
        String name = null;
        String country = null;
        String sector = null;
        String kind = group.get(group.size() - 1).kind();
        Place place = null;
        for (Piece p : group) {
            Lexeme l = p.lexeme();
            switch (p.kind()) {
                case "NAME" -> name = text(tokens, p.start(), p.end());
                case "SECTOR" -> {
                    if (sector == null || country == null) {
                        sector = l.sector();
                    }
                    if (name == null && group.size() == 1) {
                        name = l.name();
                    }
                }
                case "PLACE" -> {
                    place = l.place();
                    country = country == null ? l.country() : country;
                }
                default -> {
                    name = (p.kind().equals("DEMONYM") || p.kind().equals("SEAT")) && name != null ? name : l.name();
                    country = l.country() != null ? l.country() : country;
                    if (l.sector() != null) {
                        sector = l.sector();
                    }
                    if (p.kind().equals("COUNTRY") && group.size() == 1) {
                        place = l.place();
                    }
                }
            }
        }
        if (group.size() == 1) {
            Mention single = single(tokens, group.get(0), text);
            if (single != null) {
                return single;
            }
        }
        return new Mention(start, end, new EntityRef(text, name == null ? text : name, country, sector), place, kind);
    }

    /** A lone place, country or seat of government: an actor unless a preposition makes it a place. */
    private Mention single(List<Token> tokens, Piece p, String text) {
        boolean locative = locative(tokens, p.start());
        Lexeme l = p.lexeme();
        switch (p.kind()) {
            case "PLACE" -> {
                Lexeme seat = p.alternatives().stream().filter(x -> !x.kind().equals("PLACE")).findFirst().orElse(null);
                if (seat != null && !locative) {
                    return new Mention(p.start(), p.end(), new EntityRef(text, seat.name(), seat.country(),
                            seat.sector()), l.place(), seat.kind());
                }
                return new Mention(p.start(), p.end(), null, l.place(), "PLACE");
            }
            case "COUNTRY" -> {
                EntityRef actor = locative ? null : new EntityRef(text, l.name(), l.country(), l.sector());
                return new Mention(p.start(), p.end(), actor, l.place(), "COUNTRY");
            }
            case "SEAT" -> {
                Place seatPlace = p.alternatives().stream().filter(Lexeme::isPlaceLike).map(Lexeme::place)
                        .findFirst().orElse(null);
                if (locative && seatPlace != null) {
                    return new Mention(p.start(), p.end(), null, seatPlace, "PLACE");
                }
                return new Mention(p.start(), p.end(), new EntityRef(text, l.name(), l.country(), "GOV"), seatPlace,
                        "SEAT");
            }
            default -> {
                return null;
            }
        }
    }

    /** "in Gaza", "near the Doha waterfront": a place, not an actor. */
    private boolean locative(List<Token> tokens, int start) {
        int k = start - 1;
        while (k > 0 && Set.of("the", "a", "an").contains(tokens.get(k).norm())) {
            k--;
        }
        return k >= 0 && words.is(WordClass.PLACE_PREPOSITIONS, tokens.get(k).norm());
    }

    private static String text(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder(tokens.get(from).text());
        for (int k = from + 1; k < to; k++) {
            sb.append(tokens.get(k).start() > tokens.get(k - 1).end() ? " " : "").append(tokens.get(k).text());
        }
        return sb.toString();
    }
}
