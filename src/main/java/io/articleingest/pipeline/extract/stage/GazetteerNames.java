package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.knowledge.Lexeme;
import io.articleingest.pipeline.knowledge.Lexicon;
import io.articleingest.pipeline.knowledge.PhraseIndex;
import io.articleingest.pipeline.knowledge.WordClass;
import io.articleingest.pipeline.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a name from the generated world gazetteer reads as a place. Curated names are trusted as they
 * are; a name of any town of 15 000 people anywhere is often something else, so it counts only when:
 * <ol>
 *   <li>it is written as a name, not as an acronym ("ILO" is not Ilo in Peru);</li>
 *   <li>it is not part of a longer proper name: the word after it (unless a role or group noun), and
 *       the word before it when no dictionary entry took that word, are not capitalised nouns
 *       ("Victoria Nuland", "Bob Hope", "Mosul University", "Western Cambodia"; "northern Borno" and
 *       "Borno Governor" are fine);</li>
 *   <li>it is not the surname of a person the article has named ("Austin said" after "Lloyd Austin"),
 *       nor a month or weekday ("in March", "on Sunday");</li>
 *   <li>a name that is also an ordinary English word ("Mobile", "Split", "Reading", "Hope", "Of")
 *       counts only capitalised right after a preposition of place ("in Mobile", "near Split", "the
 *       town of Reading") and not as the modifier of a noun ("in Mobile phones"): never at the start
 *       of a sentence, nor in "the Ministry of Hope".</li>
 * </ol>
 */
final class GazetteerNames {

    private static final Set<String> NAME_TAGS = Set.of("PROPN", "NOUN", "ADJ", "X");

    private final Knowledge knowledge;
    private final Lexicon words;

    GazetteerNames(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.words = knowledge.lexicon();
    }

    /**
     * The gazetteer places whose names start at token {@code i} and read as places there, longest first.
     *
     * @param afterEntry the word before {@code i} belongs to a dictionary entry or a name already found
     * @param surnames   people the article has named, by surname
     */
    List<PhraseIndex.Match<Lexeme>> matchesAt(List<Token> tokens, int i, boolean afterEntry,
                                              Map<String, ?> surnames) {
        List<PhraseIndex.Match<Lexeme>> out = new ArrayList<>();
        if (!tokens.get(i).isCapitalised()) {
            return out; // every name starts with a capital; most words of a sentence are not names
        }
        for (PhraseIndex.Match<Lexeme> m : knowledge.entities().gazetteer.matchesAt(tokens, i)) {
            if (readsAsPlace(tokens, m.start(), m.end(), afterEntry, surnames)) {
                out.add(m);
            }
        }
        return out;
    }

    /** Whether some gazetteer name starting at token {@code i} reads as a place there. */
    boolean startsAt(List<Token> tokens, int i, boolean afterEntry, Map<String, ?> surnames) {
        return !matchesAt(tokens, i, afterEntry, surnames).isEmpty();
    }

    private boolean readsAsPlace(List<Token> tokens, int start, int end, boolean afterEntry,
                                 Map<String, ?> surnames) {
        Token last = tokens.get(end - 1);
        boolean designation = end - start > 1 && words.is(WordClass.REGION_DESIGNATIONS, last.norm());
        if (!tokens.get(start).isCapitalised() || !last.isCapitalised() && !designation) {
            return false; // but "Plateau state" is Plateau State
        }
        for (int k = start; k < end; k++) {
            String text = tokens.get(k).text();
            if (text.length() > 1 && text.equals(text.toUpperCase(Locale.ROOT))) {
                return false; // "ILO" is an acronym, not Ilo in Peru
            }
        }
        if (end < tokens.size() && properNoun(tokens.get(end)) && knowledge.entities().phrases.matchesAt(tokens, end)
                .stream().noneMatch(m -> m.value().kind().equals("SECTOR"))) {
            return false; // "Victoria Nuland", "Mosul University", "Western Cambodia"; not "Borno Governor"
        }
        if (start > 0 && !afterEntry && properNoun(tokens.get(start - 1))
                && !words.is(WordClass.PLACE_MODIFIERS, tokens.get(start - 1).norm())) {
            return false; // "Bob Hope"
        }
        if (end == start + 1 && surnames.containsKey(last.norm())) {
            return false; // "Austin said", after "Defense Secretary Lloyd Austin"
        }
        if (end == start + 1 && (words.is(WordClass.MONTHS, last.norm()) || words.is(WordClass.WEEKDAYS, last.norm()))) {
            return false; // "signed a deal in March": a month, not March in England
        }
        return !knowledge.entities().isOrdinaryWord(tokens, start, end)
                || afterPlacePreposition(tokens, start) && !(end < tokens.size() && tokens.get(end).isNoun());
    }

    /** "in Mobile", "near the port of Split": a preposition of place, "of" only after a place noun. */
    private boolean afterPlacePreposition(List<Token> tokens, int start) {
        int k = start - 1;
        while (k > 0 && (words.is(WordClass.DETERMINERS, tokens.get(k).norm())
                || words.is(WordClass.PLACE_MODIFIERS, tokens.get(k).norm()))) {
            k--;
        }
        if (k < 0 || !words.is(WordClass.PLACE_PREPOSITIONS, tokens.get(k).norm())) {
            return false;
        }
        return !tokens.get(k).norm().equals("of") || k > 0 && knowledge.placeNouns.contains(tokens.get(k - 1).norm());
    }

    /**
     * The countries an article names through the dictionaries (countries, demonyms, curated places,
     * actors): where a name several gazetteer places share most likely lies ("Beni" in an article on
     * Congo). Read through the article the first time a shared name needs them.
     */
    static final class ArticleCountries {
        private final Knowledge knowledge;
        private final AnnotatedArticle article;
        private Set<String> countries;
        private final Map<String, Integer> namings = new HashMap<>();

        ArticleCountries(Knowledge knowledge, AnnotatedArticle article) {
            this.knowledge = knowledge;
            this.article = article;
        }

        boolean contains(String country) {
            read();
            return countries.contains(country);
        }

        /** How many names of the article stand for this country alone ("Kinshasa", "Goma"): what a shared name means. */
        int namings(String country) {
            read();
            return namings.getOrDefault(country, 0);
        }

        private void read() {
            if (countries != null) {
                return;
            }
            countries = new HashSet<>();
            for (AnnotatedSentence s : article.sentences()) {
                for (int i = 0; i < s.tokens().size(); i++) {
                    if (s.tokens().get(i).isCapitalised()) {
                        Set<String> here = new HashSet<>();
                        knowledge.entities().phrases.matchesAt(s.tokens(), i).stream()
                                .map(m -> m.value().country()).filter(c -> c != null).forEach(here::add);
                        countries.addAll(here);
                        if (here.size() == 1) {
                            namings.merge(here.iterator().next(), 1, Integer::sum);
                        }
                    }
                }
            }
        }
    }

    /** A capitalised noun (the tagger may call a rare surname a common noun), not a month, weekday or title. */
    private boolean properNoun(Token t) {
        return nameWord(t) && !t.hasTag("ADJ");
    }

    /** A capitalised noun or adjective that is not a date word or a title: part of a name. */
    boolean nameWord(Token t) {
        return t.isCapitalised() && t.isWord() && NAME_TAGS.contains(t.tag())
                && !words.is(WordClass.MONTHS, t.norm()) && !words.is(WordClass.WEEKDAYS, t.norm())
                && !words.is(WordClass.TITLES, t.norm());
    }
}
