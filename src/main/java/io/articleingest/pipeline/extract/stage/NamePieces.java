package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.knowledge.Lexeme;
import io.articleingest.pipeline.knowledge.Lexicon;
import io.articleingest.pipeline.knowledge.PhraseIndex;
import io.articleingest.pipeline.knowledge.Place;
import io.articleingest.pipeline.knowledge.WordClass;
import io.articleingest.pipeline.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The pieces a sentence's noun phrases are built from, left to right: dictionary phrases (the
 * longest name wins, even over a shorter phrase that starts before it: "Kurdish People's Protection
 * Units" is the Units, not "Kurdish people" and a stray name), names seen earlier in the article,
 * organisations the dictionaries do not know but whose name has an organisation's shape ("the
 * Arakan Army", "the Oromo Liberation Front", "the Movement for Democratic Change"), and other runs
 * of proper nouns ("Hazem Qassem").
 */
final class NamePieces {

    /** Sector of an armed organisation named after a state ("the Nigerian Army"). */
    private static final String STATE_ARMED = "MIL";
    private static final String ARMED = "REB";

    /** One dictionary or name match: tokens [start, end). */
    record Piece(int start, int end, Lexeme lexeme, List<Lexeme> alternatives) {
        String kind() {
            return lexeme == null ? "NAME" : lexeme.kind();
        }
    }

    private final Knowledge knowledge;
    private final Lexicon words;
    /** Dictionary readings of a name that may be a person's first name after a role ("Aden", "Paris"). */
    private static final Set<String> TOWN_KINDS = Set.of("PLACE", "SEAT");
    private final GazetteerNames gazetteer;

    NamePieces(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.words = knowledge.lexicon();
        this.gazetteer = new GazetteerNames(knowledge);
    }

    /**
     * The pieces of a sentence; {@code named} holds names the article gave earlier (surnames,
     * acronyms), {@code countries} the countries it names (a gazetteer place in one of them wins).
     */
    List<Piece> find(List<Token> tokens, Map<String, Lexeme> named, GazetteerNames.ArticleCountries countries) {
        List<Piece> out = new ArrayList<>();
        int i = datelineEnd(tokens);
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            Lookup at = new Lookup(tokens, !out.isEmpty() && out.get(out.size() - 1).end() == i, named, countries);
            Piece organisation = organisationByShape(at, i);
            if (organisation != null) {
                out.add(organisation);
                i = organisation.end();
                continue;
            }
            if (tailOfAPlaceName(tokens, out, i)) {
                i = Math.max(i + 1, unknownNameEnd(at, i)); // "Mocimboa da Praia" is no mention of Praia
                continue;
            }
            Lexeme known = t.isCapitalised() ? named.get(t.norm()) : null;
            Piece entry = dictionaryMatch(at, i);
            if (entry != null && givenName(tokens, out, entry)) {
                int nameEnd = Math.max(entry.end() + 1, unknownNameEnd(at, i));
                out.add(new Piece(i, nameEnd, null, List.of())); // "Health Minister Aden Duale" is a person, not Aden
                i = nameEnd;
                continue;
            }
            if (entry != null && (known == null || entry.end() > i + 1)) {
                // a surname the article has given someone is theirs, not a famous namesake's: "Bernardo Silva
                // scored … Silva said" is not Lula da Silva
                out.add(entry);
                i = entry.end();
                continue;
            }
            if (known != null) {
                out.add(new Piece(i, i + 1, known, List.of()));
                i++;
                continue;
            }
            int nameEnd = unknownNameEnd(at, i);
            if (nameEnd > i && (knowledge.placeNouns.contains(tokens.get(nameEnd - 1).norm())
                    || nameEnd < tokens.size() && knowledge.placeNouns.contains(tokens.get(nameEnd).norm()))) {
                i = nameEnd; // "the Abu Shouk camp", "Kamal Adwan Hospital": a place the gazetteer does not know
                continue;
            }
            if (nameEnd > i && modifiesANoun(tokens, nameEnd)) {
                i = nameEnd; // "the Southeast Asian country", "a Red Sea port": capitals that qualify a noun name no one
                continue;
            }
            if (nameEnd > i) {
                out.add(new Piece(i, nameEnd, null, List.of()));
                i = nameEnd;
                continue;
            }
            i++;
        }
        return placedInTheirRegion(tokens, out);
    }

    /**
     * Whether a town or a seat of government named right after a role ("Health Minister", "spokesman")
     * and before a capitalised word no dictionary knows is a person's first name: "Health Minister Aden
     * Duale" names a minister, not the government in Aden.
     */
    private boolean givenName(List<Token> tokens, List<Piece> found, Piece entry) {
        if (found.isEmpty() || !TOWN_KINDS.contains(entry.kind()) || entry.end() >= tokens.size()) {
            return false;
        }
        Piece before = found.get(found.size() - 1);
        Token next = tokens.get(entry.end());
        return before.end() == entry.start() && before.kind().equals("SECTOR") && gazetteer.nameWord(next)
                && knowledge.entities().phrases.matchesAt(tokens, entry.end()).isEmpty();
    }

    /**
     * Whether the capitalised word at {@code i} continues the place just found through a lower-case
     * joiner: the gazetteer knows "Mocímboa", the text writes "Mocimboa da Praia", and the "Praia" of
     * that longer name is no capital of Cape Verde.
     */
    private boolean tailOfAPlaceName(List<Token> tokens, List<Piece> found, int i) {
        if (found.isEmpty() || i < 2 || !tokens.get(i).isCapitalised() || tokens.get(i - 1).isCapitalised()
                || !words.is(WordClass.NAME_JOINERS, tokens.get(i - 1).norm())) {
            return false;
        }
        Piece last = found.get(found.size() - 1);
        return last.end() == i - 1 && last.lexeme() != null && last.lexeme().place() != null;
    }

    /**
     * A gazetteer town qualified by the region or country it lies in ("Kuru in Plateau state", "Kuru,
     * Nigeria") is that region's: the reading that lies there, else no known place (a village the
     * gazetteer lacks that shares a name with a town elsewhere: not Kourou in French Guiana).
     */
    private List<Piece> placedInTheirRegion(List<Token> tokens, List<Piece> pieces) {
        List<Piece> out = new ArrayList<>(pieces.size());
        for (int p = 0; p < pieces.size(); p++) {
            Piece town = pieces.get(p);
            Lexeme container = p + 1 < pieces.size()
                    ? qualifier(tokens, town, pieces.get(p + 1), p + 2 < pieces.size() ? pieces.get(p + 2) : null) : null;
            if (container == null || liesIn(town.lexeme(), container)) {
                out.add(town);
                continue;
            }
            town.alternatives().stream().filter(l -> l.isPlaceLike() && liesIn(l, container)).findFirst()
                    .ifPresent(l -> out.add(new Piece(town.start(), town.end(), l, town.alternatives())));
        }
        return out;
    }

    /**
     * The country or first-level region right after a gazetteer town, after "in" or a comma (not in a
     * list of names: "Goma, Rwanda and Uganda"); else null.
     */
    private static Lexeme qualifier(List<Token> tokens, Piece town, Piece next, Piece afterNext) {
        if (town.lexeme() == null || !town.lexeme().isPlaceLike() || !town.lexeme().place().generated()
                || next.start() != town.end() + 1 || next.lexeme() == null) {
            return null;
        }
        String between = tokens.get(town.end()).norm();
        Lexeme l = next.lexeme();
        boolean country = l.kind().equals("COUNTRY") && l.country() != null;
        boolean region = l.isPlaceLike() && "admin1".equals(l.place().kind());
        boolean listGoesOn = next.end() < tokens.size() && (tokens.get(next.end()).norm().equals("and")
                || afterNext != null && afterNext.start() == next.end() + 1);
        return between.equals("in") && (country || region) || between.equals(",") && country && !listGoesOn ? l : null;
    }

    private static boolean liesIn(Lexeme town, Lexeme container) {
        Place p = town.place();
        if (p == null || container.country() == null || !container.country().equals(p.country())) {
            return false;
        }
        return !container.isPlaceLike() || !"admin1".equals(container.place().kind())
                || container.place().name().equalsIgnoreCase(p.admin1());
    }

    /**
     * Whether the words ending at {@code end} stand before a singular common noun that is no sector
     * word ("militia") nor a time ("Robert Mugabe today"): "the Southeast Asian country". Before a
     * plural they name whose people those are ("its European Community partners").
     */
    private boolean modifiesANoun(List<Token> tokens, int end) {
        if (end >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(end);
        boolean singular = next.lemma() == null || next.lemma().equals(next.norm());
        return next.hasTag("NOUN") && !next.isCapitalised() && singular && !words.is(WordClass.TIME_NOUNS, next)
                && knowledge.entities().phrases.matchesAt(tokens, end).stream().noneMatch(m -> m.value().kind().equals("SECTOR"));
    }

    /**
     * The dictionary entries of the longest phrase at {@code i}, unless a longer name starts inside
     * it: then the phrase is cut back to end where that name starts, or yields nothing.
     */
    private Piece dictionaryMatch(Lookup at, int i) {
        List<PhraseIndex.Match<Lexeme>> matches = usable(at, i);
        if (matches.isEmpty()) {
            return null;
        }
        int end = matches.get(0).end();
        for (int j = i + 1; j < end; j++) {
            List<PhraseIndex.Match<Lexeme>> inside = usable(at, j);
            if (!inside.isEmpty() && inside.get(0).end() > end && !inside.get(0).value().kind().equals("SECTOR")) {
                int cut = j;
                matches = matches.stream().filter(m -> m.end() <= cut).toList();
                break;
            }
        }
        if (matches.isEmpty()) {
            return null;
        }
        int longest = matches.get(0).end();
        List<Lexeme> best = new ArrayList<>();
        for (PhraseIndex.Match<Lexeme> m : matches) {
            if (m.end() == longest) {
                best.add(m.value());
            }
        }
        // "Congo" alone: the country the article's other names point to ("KINSHASA -", "Goma")
        best.sort(Comparator.comparingInt((Lexeme l) -> priority(l, at.countries()))
                .thenComparingInt(l -> "COUNTRY".equals(l.kind()) ? -at.countries().namings(l.country()) : 0));
        return new Piece(i, longest, best.get(0), best);
    }

    /** What the dictionaries and the gazetteer are looked up with at one position of a sentence. */
    private record Lookup(List<Token> tokens, boolean afterEntry, Map<String, Lexeme> named,
                          GazetteerNames.ArticleCountries countries) {
    }

    /**
     * Dictionary entries at {@code i} and the world gazetteer's places whose names read as places
     * there, longest first, a dictionary entry before a gazetteer place; "us", "chad", "china" in
     * lower case are no names.
     */
    private List<PhraseIndex.Match<Lexeme>> usable(Lookup at, int i) {
        List<Token> tokens = at.tokens();
        Token t = tokens.get(i);
        List<PhraseIndex.Match<Lexeme>> found = new ArrayList<>(knowledge.entities().phrases.matchesAt(tokens, i));
        for (PhraseIndex.Match<Lexeme> m : gazetteer.matchesAt(tokens, i, at.afterEntry(), at.named())) {
            if (!knowledge.entities().isOtherSpelling(m.value()) || at.countries().contains(m.value().country())) {
                found.add(m);
            } // "boni" in a story on Mali is not Bonn, whose foreign spellings include "Boni"
        }
        found.sort(Comparator.comparingInt(m -> -m.end()));
        List<PhraseIndex.Match<Lexeme>> out = new ArrayList<>();
        for (PhraseIndex.Match<Lexeme> m : found) {
            boolean sector = m.value().kind().equals("SECTOR");
            boolean lowerCaseName = m.value().name().equals(m.value().name().toLowerCase(Locale.ROOT));
            if (sector && m.end() < tokens.size() && words.is(WordClass.SECTOR_ADJECTIVES, tokens.get(m.end() - 1).norm())
                    && tokens.get(m.end()).hasTag("NOUN")) {
                continue; // "a general strike", "a general election": an adjective, not an officer
            }
            if (sector || t.isCapitalised() || lowerCaseName) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * A run of capitalised words (joined by "of", "for", "the", "and") that holds an organisation's
     * head noun and at least one word no dictionary knows: an organisation,
     * of the sector its head gives (cues.yaml {@code organisationNameHeads}); an armed head in a
     * name that opens with a state's name or nationality makes it that state's military.
     */
    private Piece organisationByShape(Lookup at, int i) {
        List<Token> tokens = at.tokens();
        if (!gazetteer.nameWord(tokens.get(i))) {
            return null;
        }
        int end = i;
        String sector = null;
        while (end < tokens.size()) {
            Token t = tokens.get(end);
            if (end > i && words.is(WordClass.NAME_PARTICLES, t.norm()) && end + 1 < tokens.size()
                    && (tokens.get(end + 1).isCapitalised() || words.is(WordClass.DEFINITE_ARTICLES, tokens.get(end + 1).norm())
                    && end + 2 < tokens.size() && tokens.get(end + 2).isCapitalised())) {
                end++;
                continue;
            }
            if (!gazetteer.nameWord(t)) {
                break;
            }
            String head = knowledge.organisationNameHeads.get(t.norm());
            if (head != null && (sector == null || head.equals(ARMED))) {
                sector = head;
            }
            end++;
        }
        while (end > i && !tokens.get(end - 1).isCapitalised()) {
            end--; // a run never ends on a joiner
        }
        if (sector == null || end - i < 2 || !holdsUnknownWord(at, i, end)) {
            return null;
        }
        List<PhraseIndex.Match<Lexeme>> opening = usable(at, i);
        Lexeme state = opening.stream().map(PhraseIndex.Match::value)
                .filter(l -> l.country() != null && (l.kind().equals("COUNTRY") || l.kind().equals("DEMONYM")))
                .findFirst().orElse(null);
        String country = state == null ? null : state.country();
        if (state != null && sector.equals(ARMED)) {
            sector = STATE_ARMED;
        }
        String name = tokens.get(i).text();
        for (int k = i + 1; k < end; k++) {
            name += (tokens.get(k).start() > tokens.get(k - 1).end() ? " " : "") + tokens.get(k).text();
        }
        return new Piece(i, end, new Lexeme("ORG", name, country, sector, null, false), List.of());
    }

    /** Whether a word of tokens [from, to) starts no dictionary phrase and lies inside none. */
    private boolean holdsUnknownWord(Lookup at, int from, int to) {
        List<Token> tokens = at.tokens();
        int k = from;
        while (k < to) {
            if (words.is(WordClass.NAME_PARTICLES, tokens.get(k).norm())
                    || words.is(WordClass.DEFINITE_ARTICLES, tokens.get(k).norm())) {
                k++;
                continue;
            }
            List<PhraseIndex.Match<Lexeme>> m = usable(at, k);
            if (m.isEmpty()) {
                return true;
            }
            k = m.get(0).end();
        }
        return false;
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
    private int unknownNameEnd(Lookup at, int i) {
        List<Token> tokens = at.tokens();
        int j = i;
        while (j < tokens.size()) {
            Token t = tokens.get(j);
            boolean joiner = j > i && words.is(WordClass.NAME_JOINERS, t.norm()) && j + 1 < tokens.size()
                    && tokens.get(j + 1).isCapitalised();
            List<PhraseIndex.Match<Lexeme>> entries = knowledge.entities().phrases.matchesAt(tokens, j);
            boolean unknownWord = gazetteer.nameWord(t) && (entries.isEmpty() || j > i && onlyASurname(entries, tokens, i, j))
                    && (j == i || !gazetteer.startsAt(tokens, j, false, at.named()));
            if (!joiner && !unknownWord && !demonymInsideName(tokens, i, j)) {
                break;
            }
            j++;
        }
        return j - i >= 2 || j - i == 1 && namesGroup(tokens, i) ? j : i;
    }

    /**
     * Whether the dictionary {@code entries} at {@code j} read it only as a known person's surname, and the
     * name that starts at {@code i} is not theirs: after another first name it is someone else's
     * ("Bernardo Silva" is not Lula da Silva, "Yair Netanyahu" not the prime minister), after their own
     * first name, or with a particle, it is them spelt otherwise ("Omar El Bashir").
     */
    private boolean onlyASurname(List<PhraseIndex.Match<Lexeme>> entries, List<Token> tokens, int i, int j) {
        if (words.is(WordClass.NAME_JOINERS, tokens.get(i).norm())) {
            return false; // "El Bashir": the surname with its particle
        }
        String first = tokens.get(i).text() + " ";
        return entries.stream()
                .allMatch(m -> m.end() == j + 1 && m.value().kind().equals("PERSON") && !m.value().name().startsWith(first));
    }

    /**
     * "the ELN rebel group", "M23 fighters", "the Fano militia": one unknown proper noun or acronym
     * right before a group's sector noun is that group's name (at a sentence's start, only an
     * acronym: "Angry residents" is no name).
     */
    private boolean namesGroup(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean acronym = t.text().length() >= 2 && t.text().chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        boolean properNoun = i > datelineEnd(tokens) && t.hasTag("PROPN");
        return (acronym || properNoun) && i + 1 < tokens.size()
                && knowledge.entities().phrases.matchesAt(tokens, i + 1).stream().anyMatch(m -> m.value().kind().equals("SECTOR"));
    }

    /**
     * "Rahim Danish Karimi": a nationality word between two unknown name words is part of a person's
     * name, not a nationality ("the Danish minister" is one).
     */
    private boolean demonymInsideName(List<Token> tokens, int i, int j) {
        if (j == i || j + 1 >= tokens.size() || !gazetteer.nameWord(tokens.get(j + 1))
                || !knowledge.entities().phrases.matchesAt(tokens, j + 1).isEmpty()) {
            return false;
        }
        return knowledge.entities().phrases.matchesAt(tokens, j).stream()
                .anyMatch(m -> m.end() == j + 1 && m.value().kind().equals("DEMONYM"));
    }

}
