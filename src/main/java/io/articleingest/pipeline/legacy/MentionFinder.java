package io.articleingest.pipeline.legacy;

import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.knowledge.Lexeme;
import io.articleingest.pipeline.knowledge.PhraseIndex;
import io.articleingest.pipeline.knowledge.Place;
import io.articleingest.pipeline.model.EntityRef;
import io.articleingest.pipeline.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds actors and places in a sentence: dictionary phrases (longest first), grouped into noun
 * phrases the way news writes them — "Israeli warplanes" (nationality + sector), "Hamas
 * spokesperson Hazem Qassem" (organisation + role + name), "Israel's army", "the government of
 * Sudan" — plus capitalised names the dictionaries do not know.
 */
final class MentionFinder {

    private static final Set<String> LOCATIVE = Set.of("in", "inside", "into", "across", "throughout", "near", "at",
            "outside", "around", "from", "towards", "toward", "within", "of");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "but", "and", "yet", "he", "she", "they",
            "it", "we", "i", "this", "that", "these", "those", "in", "on", "at", "as", "while", "when", "after",
            "before", "since", "though", "although", "however", "meanwhile", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "if", "for", "with", "by", "his",
            "her", "their", "its", "our", "some", "several", "many", "one", "two", "three", "among", "under",
            "despite", "according", "earlier", "later", "also", "both", "all", "there", "here", "what", "who",
            "no", "not", "mr", "mrs", "ms", "dr");
    private static final Set<String> NAME_JOINERS = Set.of("al", "al-", "bin", "ibn", "abu", "de", "del", "van",
            "von", "el", "da", "di", "la", "le");

    private final Knowledge knowledge;

    MentionFinder(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /**
     * @param knownNames surnames of people the article introduced before ("Hamad" after "Gazi
     *                   Hamad"), which then stand alone as a name
     */
    List<Mention> find(List<Token> tokens, Map<String, EntityRef> knownNames) {
        List<Piece> pieces = pieces(tokens, knownNames);
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            int j = i;
            // group a noun phrase: [nationality | country 's | organisation]* [sector]* [name]
            while (j + 1 < pieces.size() && joinable(tokens, pieces.get(j), pieces.get(j + 1))) {
                j++;
            }
            mentions.add(combine(tokens, pieces.subList(i, j + 1)));
            i = j + 1;
        }
        return mentions;
    }

    /** One dictionary or name match. */
    private record Piece(int start, int end, Lexeme lexeme, List<Lexeme> alternatives) {
        String kind() {
            return lexeme == null ? "NAME" : lexeme.kind();
        }
    }

    private List<Piece> pieces(List<Token> tokens, Map<String, EntityRef> knownNames) {
        List<Piece> out = new ArrayList<>();
        int i = datelineEnd(tokens);
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            List<PhraseIndex.Match<Lexeme>> matches = knowledge.entities.matchesAt(tokens, i);
            List<Lexeme> best = new ArrayList<>();
            int end = -1;
            for (PhraseIndex.Match<Lexeme> m : matches) {
                boolean sector = m.value().kind().equals("SECTOR");
                boolean lowerCaseName = m.value().name().equals(m.value().name().toLowerCase(java.util.Locale.ROOT));
                if (!sector && !t.isCapitalised() && !lowerCaseName) {
                    continue; // "us", "chad", "china" in lower case are not names
                }
                if (end < 0 || m.end() == end) {
                    end = m.end();
                    best.add(m.value());
                }
            }
            if (!best.isEmpty()) {
                best.sort(Comparator.comparingInt(MentionFinder::priority));
                out.add(new Piece(i, end, best.get(0), best));
                i = end;
                continue;
            }
            EntityRef known = t.isCapitalised() ? knownNames.get(t.norm()) : null;
            if (known != null) {
                out.add(new Piece(i, i + 1, new Lexeme("PERSON", known.name(), known.country(), known.sector(), null,
                        false), List.of()));
                i++;
                continue;
            }
            int nameEnd = unknownNameEnd(tokens, i);
            if (nameEnd > i && (knowledge.placeNouns.contains(tokens.get(nameEnd - 1).norm())
                    || nameEnd < tokens.size() && knowledge.placeNouns.contains(tokens.get(nameEnd).norm()))) {
                // "the Abu Shouk camp", "Kamal Adwan Hospital": a place the gazetteer does not know
                i = nameEnd;
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
     * "NEW YORK (AP) —", "BEIRUT, Nov 20 (Reuters) -": where the reporter filed, before the story;
     * nobody in it acts or is acted on.
     */
    private static int datelineEnd(List<Token> tokens) {
        int k = 0;
        while (k < tokens.size() && tokens.get(k).isWord() && tokens.get(k).text().length() > 1
                && tokens.get(k).text().equals(tokens.get(k).text().toUpperCase(java.util.Locale.ROOT))
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

    private static int priority(Lexeme l) {
        return switch (l.kind()) {
            case "PERSON" -> 0;
            case "ORG" -> 1;
            case "COUNTRY" -> 2;
            case "SEAT" -> 3;
            case "DEMONYM" -> 4;
            case "PLACE" -> l.place().preferred() ? 5 : 6;
            default -> 7;
        };
    }

    /** Capitalised words the dictionaries do not know ("Hazem Qassem", "Abu Aassi"): two or more. */
    private int unknownNameEnd(List<Token> tokens, int i) {
        int j = i;
        while (j < tokens.size()) {
            Token t = tokens.get(j);
            boolean cap = t.isCapitalised() && t.isWord() && !NOT_NAMES.contains(t.norm())
                    && knowledge.entities.matchesAt(tokens, j).isEmpty();
            boolean joiner = j > i && NAME_JOINERS.contains(t.norm()) && j + 1 < tokens.size()
                    && tokens.get(j + 1).isCapitalised();
            if (!cap && !joiner) {
                break;
            }
            j++;
        }
        return j - i >= 2 ? j : i;
    }

    private boolean joinable(List<Token> tokens, Piece a, Piece b) {
        int gapStart = a.end();
        boolean possessive = b.start() >= gapStart + 1 && tokens.get(gapStart).norm().equals("'s");
        int gap = b.start() - gapStart - (possessive ? 1 : 0);
        if (gap == 1 && b.kind().equals("SECTOR") && modifier(tokens.get(b.start() - 1), a.kind())) {
            // "Irish nationalist guerrillas", "Taiwan's Vice Foreign Minister", "Defence Secretary Tom King"
            return a.kind().equals("DEMONYM") && !tokens.get(a.end() - 1).norm().endsWith("s")
                    || possessive && (a.kind().equals("COUNTRY") || a.kind().equals("ORG"))
                    || a.kind().equals("SECTOR") && tokens.get(b.start() - 1).isCapitalised();
        }
        if (b.start() != gapStart && !possessive) {
            // "the government of Sudan", "security forces in Guinea", "students throughout Indonesia"
            boolean article = b.start() == gapStart + 2 && tokens.get(gapStart + 1).norm().equals("the");
            return a.kind().equals("SECTOR") && (b.start() == gapStart + 1 || article)
                    && Set.of("of", "in", "throughout", "across", "from").contains(tokens.get(gapStart).norm())
                    && (b.kind().equals("COUNTRY") || b.kind().equals("ORG") || b.kind().equals("PLACE"));
        }
        if (possessive && gap > 0) {
            return false;
        }
        String ak = a.kind();
        String bk = b.kind();
        return switch (bk) {
            case "SECTOR" -> !ak.equals("PLACE") || possessive;
            case "NAME", "PERSON" -> ak.equals("SECTOR") || ak.equals("ORG") || ak.equals("DEMONYM")
                    || ak.equals("COUNTRY") && possessive;
            case "ORG" -> ak.equals("DEMONYM") || ak.equals("COUNTRY") && possessive;
            default -> false;
        };
    }

    /** A word that can stand inside a noun phrase: an adjective or a name, not a verb or function word. */
    private static boolean modifier(Token t, String before) {
        String w = t.norm();
        return t.isWord() && !NOT_NAMES.contains(w) && !w.endsWith("ed") && !w.endsWith("ing")
                && !Set.of("and", "or", "to", "of", "by", "from", "has", "have", "had", "was", "were", "is", "are",
                "said", "says", "will", "would").contains(w);
    }

    private Mention combine(List<Token> tokens, List<Piece> group) {
        int start = group.get(0).start();
        int end = group.get(group.size() - 1).end();
        String text = tokens.get(start).text();
        for (int k = start + 1; k < end; k++) {
            Token prev = tokens.get(k - 1);
            Token t = tokens.get(k);
            text += (t.start() > prev.end() ? " " : "") + t.text();
        }
        String name = null;
        String country = null;
        String sector = null;
        String kind = group.get(group.size() - 1).kind();
        Place place = null;
        for (Piece p : group) {
            Lexeme l = p.lexeme();
            switch (p.kind()) {
                case "NAME" -> name = text(tokens, p);
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
                    name = p.kind().equals("DEMONYM") || p.kind().equals("SEAT") ? countryName(l, name) : l.name();
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
        if (group.size() == 1 && group.get(0).kind().equals("PLACE")) {
            Piece p = group.get(0);
            boolean locative = locative(tokens, start);
            Lexeme seat = p.alternatives().stream().filter(l -> !l.kind().equals("PLACE")).findFirst().orElse(null);
            if (seat != null && !locative) {
                return new Mention(start, end, new EntityRef(text, countryName(seat, null), seat.country(),
                        seat.sector()), p.lexeme().place(), seat.kind());
            }
            return new Mention(start, end, null, p.lexeme().place(), "PLACE");
        }
        if (group.size() == 1 && group.get(0).kind().equals("COUNTRY")) {
            boolean locative = locative(tokens, start);
            EntityRef actor = locative ? null : new EntityRef(text, name, country, sector);
            return new Mention(start, end, actor, place, "COUNTRY");
        }
        if (group.size() == 1 && group.get(0).kind().equals("SEAT")) {
            Lexeme l = group.get(0).lexeme();
            boolean locative = locative(tokens, start);
            Place seatPlace = group.get(0).alternatives().stream().filter(Lexeme::isPlaceLike).map(Lexeme::place)
                    .findFirst().orElse(null);
            if (locative && seatPlace != null) {
                return new Mention(start, end, null, seatPlace, "PLACE");
            }
            return new Mention(start, end, new EntityRef(text, l.name(), l.country(), "GOV"), seatPlace, "SEAT");
        }
        if (name == null) {
            name = text;
        }
        return new Mention(start, end, new EntityRef(text, name, country, sector), place, kind);
    }

    /** "in Gaza", "near the Doha waterfront": a place, not an actor. */
    static boolean locative(List<Token> tokens, int start) {
        int k = start - 1;
        while (k > 0 && Set.of("the", "a", "an").contains(tokens.get(k).norm())) {
            k--;
        }
        return k >= 0 && LOCATIVE.contains(tokens.get(k).norm());
    }

    private String countryName(Lexeme l, String current) {
        return current != null ? current : l.name();
    }

    private static String text(List<Token> tokens, Piece p) {
        StringBuilder sb = new StringBuilder(tokens.get(p.start()).text());
        for (int k = p.start() + 1; k < p.end(); k++) {
            sb.append(tokens.get(k).start() > tokens.get(k - 1).end() ? " " : "").append(tokens.get(k).text());
        }
        return sb.toString();
    }
}
