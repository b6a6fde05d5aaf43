package io.articleingest.pipeline.extract;

import io.articleingest.pipeline.knowledge.Lexicon;
import io.articleingest.pipeline.knowledge.WordClass;
import io.articleingest.pipeline.text.Token;
import java.util.List;

/**
 * Shallow grammar over a tagged sentence that several stages share: which noun phrases are the
 * object of a preposition, which word governs a phrase, and where a clause's subject is.
 */
public final class Syntax {

    private final Lexicon words;

    public Syntax(Lexicon words) {
        this.words = words;
    }

    public Lexicon words() {
        return words;
    }

    /** A figure or a number word: "12", "two". */
    public boolean isCount(Token t) {
        return t.hasTag("NUM") || words.numberWord(t.norm()) != null;
    }

    /** A month name next to a figure, a date and no verb: "May 2", "2 May", "may 2025" (not "may sign"). */
    public boolean isMonthOfADate(List<Token> tokens, int k) {
        return words.is(WordClass.MONTHS, tokens.get(k).norm())
                && (k + 1 < tokens.size() && tokens.get(k + 1).hasTag("NUM") || k > 0 && tokens.get(k - 1).hasTag("NUM"));
    }

    /**
     * The word before the noun phrase starting at {@code start}, skipping its determiners and
     * place modifiers: "in" for "in southern Lebanon", "of" for "the city of Kharkiv".
     */
    public String wordBefore(List<Token> tokens, int start) {
        int k = start - 1;
        while (k > 0 && (words.is(WordClass.DETERMINERS, tokens.get(k).norm())
                || words.is(WordClass.NOUN_PREMODIFIERS, tokens.get(k).norm())
                || words.is(WordClass.PLACE_MODIFIERS, tokens.get(k).norm()))) {
            k--;
        }
        return k >= 0 && k < start ? tokens.get(k).norm() : "";
    }

    /**
     * Whether the phrase starting at {@code start} is a preposition's object ("the war in Iraq"),
     * not a subject — except "thousands of Kurds" and "diplomats from Iran", whose "of" or "from"
     * phrase names who the subject is.
     */
    public boolean isPrepositionalObject(List<Token> tokens, int start) {
        if (start == 0) {
            return false;
        }
        int k = start - 1;
        while (k > 0 && (words.is(WordClass.DETERMINERS, tokens.get(k).norm())
                || words.is(WordClass.NOUN_PREMODIFIERS, tokens.get(k).norm())
                || words.is(WordClass.PLACE_MODIFIERS, tokens.get(k).norm()))) {
            k--;
        }
        String prev = tokens.get(k).norm();
        String head = k >= 1 ? tokens.get(k - 1).norm() : "";
        boolean number = k >= 1 && isCount(tokens.get(k - 1));
        if (words.is(WordClass.PARTITIVES, prev) && (words.is(WordClass.QUANTITY_NOUNS, head) || number)) {
            return false; // "a group of Moroccan diplomats", "thousands of Kurds", "two of its fighters"
        }
        if ((words.is(WordClass.ORIGINS, prev) || words.is(WordClass.PARTITIVES, prev)) && words.is(WordClass.DELEGATE_NOUNS, head)) {
            return false; // "diplomats from Iran, France and Germany met": whose diplomats they are
        }
        return words.is(WordClass.OBJECT_PREPOSITIONS, prev);
    }

    /**
     * The opening comma of an insertion that ends right before the verb at {@code verb} (or before
     * its auxiliaries: "fighters, who were guarding the camp, were killed"), after {@code from}; else -1.
     */
    public int insertionBefore(List<Token> tokens, int from, int verb) {
        int close = verb - 1;
        while (close > from && tokens.get(close).hasTag("AUX")) {
            close--;
        }
        return close > from && tokens.get(close).norm().equals(",") ? insertionStart(tokens, close, from) : -1;
    }

    /**
     * The opening comma of the insertion that the comma at {@code close} ends, when it is an
     * apposition, a relative clause or a participle phrase ("Chile, a close trade partner, refused";
     * "three guards, who were on patrol, were killed"; "four guards, among them an
     * officer, were killed"); else -1. The opening comma lies after {@code floor}.
     */
    public int insertionStart(List<Token> tokens, int close, int floor) {
        for (int k = close - 1; k > floor; k--) {
            if (tokens.get(k).norm().equals(",")) {
                Token opener = tokens.get(k + 1);
                boolean inserted = words.is(WordClass.DETERMINERS, opener.norm())
                        || words.is(WordClass.RELATIVE_PRONOUNS, opener.norm())
                        || opener.verbForm() == Token.VerbForm.GERUND;
                return inserted ? k : -1;
            }
        }
        return -1;
    }

    /** Whether the phrase at {@code start} follows a preposition of place: "in Kharkiv", "off the coast of". */
    public boolean isLocative(List<Token> tokens, int start) {
        return words.is(WordClass.LOCATIVE_PREPOSITIONS, wordBefore(tokens, start));
    }

    /** The first actor in tokens [from, before) that is not a preposition's object. */
    public Mention firstSubject(AnnotatedSentence s, int from, int before) {
        return firstSubject(s, from, before, false);
    }

    /** The same, or a pronoun when {@code pronouns}: "It denied targeting civilians and says …". */
    public Mention firstSubject(AnnotatedSentence s, int from, int before, boolean pronouns) {
        for (Mention m : s.mentions()) {
            if ((m.isActor() || pronouns && m.isPronoun()) && m.start() >= from && m.end() <= before
                    && (m.start() == from || !isPrepositionalObject(s.tokens(), m.start()))) {
                return m;
            }
        }
        return null;
    }

    /**
     * The subject of the verb at {@code before}: the nearest actor before it, from {@code from} on,
     * that is not a preposition's object ("after militants fired": a time conjunction's subject is
     * one) nor inside an apposition ("Chile, a close trade partner, refused"; "Pistorius, visiting
     * Kyiv, pledged").
     */
    public Mention subjectBefore(AnnotatedSentence s, int from, int before) {
        List<Token> tokens = s.tokens();
        int appositionStart = insertionBefore(tokens, from, before);
        Mention best = null;
        for (Mention m : s.mentions()) {
            if (!m.isActor() || m.end() > before || m.start() < from || appositionStart >= 0 && m.start() > appositionStart) {
                continue;
            }
            // the first words of a clause are its subject, whatever word opened it ("after Kerry broke his
            // leg"); "after militants fired": a time conjunction's subject, when its verb follows the name
            if (opensClause(tokens, from, m.start()) || !isPrepositionalObject(tokens, m.start()) && !objectBeforeAJoinedVerb(tokens, m, before)
                    || m.end() == before && words.is(WordClass.TIME_CONJUNCTIONS, wordBefore(tokens, m.start()))) {
                best = m;
            }
        }
        return best;
    }

    /** Whether only determiners stand between a clause's start and the mention: "after a Chinese vessel blocked". */
    private boolean opensClause(List<Token> tokens, int from, int start) {
        for (int k = from; k < start; k++) {
            if (!words.is(WordClass.DETERMINERS, tokens.get(k).norm())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "a vessel blocked a patrol boat and fired at it": the object of a verb, with "and" between it and
     * the next verb, is no subject of that verb (the first verb's subject is).
     */
    private boolean objectBeforeAJoinedVerb(List<Token> tokens, Mention m, int verb) {
        int k = m.start() - 1;
        while (k > 0 && (words.is(WordClass.DETERMINERS, tokens.get(k).norm()) || tokens.get(k).hasTag("ADJ")
                || tokens.get(k).hasTag("NUM"))) {
            k--;
        }
        if (k < 0 || !tokens.get(k).isVerb()) {
            return false;
        }
        for (int j = m.end(); j < verb; j++) {
            if (words.is(WordClass.COORDINATORS, tokens.get(j).norm())) {
                return true;
            }
        }
        return false;
    }
}
