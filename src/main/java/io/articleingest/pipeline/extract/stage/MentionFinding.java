package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Layer;
import io.articleingest.pipeline.extract.Mention;
import io.articleingest.pipeline.extract.Stage;
import io.articleingest.pipeline.extract.stage.NamePieces.Piece;
import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.knowledge.Lexeme;
import io.articleingest.pipeline.knowledge.Lexicon;
import io.articleingest.pipeline.knowledge.Place;
import io.articleingest.pipeline.knowledge.WordClass;
import io.articleingest.pipeline.model.EntityRef;
import io.articleingest.pipeline.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    private static final Set<String> MODIFIER_TAGS = Set.of("ADJ", "NOUN", "PROPN", "NUM");

    private final Knowledge knowledge;
    private final Lexicon words;
    private final NamePieces namePieces;

    public MentionFinding(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.words = knowledge.lexicon();
        this.namePieces = new NamePieces(knowledge);
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
        Map<String, Lexeme> named = new HashMap<>();
        GazetteerNames.ArticleCountries countries = new GazetteerNames.ArticleCountries(knowledge, article);
        for (AnnotatedSentence s : article.sentences()) {
            List<Token> tokens = s.tokens();
            List<Piece> pieces = namePieces.find(tokens, named, countries);
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
            rememberNames(tokens, found, named);
        }
    }

    /**
     * Names that stand for a mention in the rest of the article: a person's surname ("Gazi Hamad" →
     * "Hamad") and the acronym in brackets after an organisation ("the Allied Democratic Forces
     * (ADF)" → "ADF").
     */
    private static void rememberNames(List<Token> tokens, List<Mention> found, Map<String, Lexeme> named) {
        for (Mention m : found) {
            EntityRef a = m.actor();
            if (a == null) {
                continue;
            }
            if (m.isPerson() && m.end() - m.start() >= 2) {
                named.putIfAbsent(tokens.get(m.end() - 1).norm(),
                        new Lexeme("PERSON", a.name(), a.country(), a.sector(), null, false));
            } else if (m.kind().equals("ORG") && m.end() + 2 < tokens.size() && tokens.get(m.end()).norm().equals("(")
                    && tokens.get(m.end() + 2).norm().equals(")") && acronym(tokens.get(m.end() + 1).text())) {
                named.putIfAbsent(tokens.get(m.end() + 1).norm(),
                        new Lexeme("ORG", a.name(), a.country(), a.sector(), null, false));
            }
        }
    }

    private static boolean acronym(String word) {
        return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '-');
    }

    private List<Mention> pronouns(List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (words.is(WordClass.PERSON_PRONOUNS, t.norm()) || words.is(WordClass.GROUP_PRONOUNS, t.norm())
                    || words.is(WordClass.FIRST_PERSON_PRONOUNS, t.norm())) {
                out.add(new Mention(k, k + 1, null, null, "PRONOUN"));
            }
        }
        return out;
    }

    private boolean joinable(List<Token> tokens, Piece a, Piece b) {
        int gapStart = a.end();
        boolean possessive = b.start() >= gapStart + 1 && tokens.get(gapStart).norm().equals("'s");
        int gap = b.start() - gapStart - (possessive ? 1 : 0);
        if (gap == 1 && b.kind().equals("SECTOR") && MODIFIER_TAGS.contains(tokens.get(b.start() - 1).tag())) {
            // "Irish nationalist guerrillas", "Taiwan's Vice Foreign Minister", "Defence Secretary Tom King"
            return a.kind().equals("DEMONYM") && !a.lexeme().plural() // "Israelis" names people, not their troops
                    || possessive && (a.kind().equals("COUNTRY") || a.kind().equals("ORG"))
                    || a.kind().equals("SECTOR") && tokens.get(b.start() - 1).isCapitalised();
        }
        if (b.start() != gapStart && !possessive) {
            // "the government of Sudan", "security forces in Guinea", "students throughout Indonesia"
            boolean article = b.start() == gapStart + 2 && words.is(WordClass.DEFINITE_ARTICLES, tokens.get(gapStart + 1).norm());
            return a.kind().equals("SECTOR") && (b.start() == gapStart + 1 || article)
                    && words.is(WordClass.GROUPING_PREPOSITIONS, tokens.get(gapStart).norm())
                    && (b.kind().equals("COUNTRY") || b.kind().equals("ORG") || b.kind().equals("PLACE"));
        }
        if (possessive && gap > 0) {
            return false;
        }
        String ak = a.kind();
        if (ak.equals("ORG") && a.end() - a.start() == 1 && tokens.get(a.start()).hasTag("ADJ")) {
            ak = "DEMONYM"; // "Kurdish" before a name describes it: "the Kurdish People's Protection Units"
        }
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
                    if (sector == null || country == null && !"REB".equals(sector)) {
                        sector = l.sector(); // but "rebel commanders" are rebels, whatever their rank
                    }
                    if (name == null && group.size() == 1) {
                        name = l.name();
                    }
                }
                case "PLACE" -> {
                    place = l.place();
                    country = country == null ? l.country() : country;
                    if (name == null && group.get(0).kind().equals("SECTOR")) {
                        name = group.get(0).lexeme().name(); // "villagers in Plateau state" are villagers
                    }
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
            case "DEMONYM" -> {
                // "Armenians stormed the building", "thousands of Kenyans marched": the people of a country,
                // named by no office or force, are its civilians
                return l.plural() && l.sector() == null
                        ? new Mention(p.start(), p.end(), new EntityRef(text, l.name(), l.country(), "CVL"), null, "DEMONYM")
                        : null;
            }
            default -> {
                return null;
            }
        }
    }

    /** "in Gaza", "near the Doha waterfront": a place, not an actor. */
    private boolean locative(List<Token> tokens, int start) {
        int k = start - 1;
        while (k > 0 && (words.is(WordClass.DEFINITE_ARTICLES, tokens.get(k).norm())
                || words.is(WordClass.INDEFINITE_ARTICLES, tokens.get(k).norm()))) {
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
