package io.articleingest.pipeline.extract.stage;

import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.AnnotatedSentence;
import io.articleingest.pipeline.extract.Layer;
import io.articleingest.pipeline.extract.Stage;
import io.articleingest.pipeline.knowledge.Knowledge;
import io.articleingest.pipeline.knowledge.Lexeme;
import io.articleingest.pipeline.knowledge.Lexicon;
import io.articleingest.pipeline.knowledge.PhraseIndex;
import io.articleingest.pipeline.knowledge.WordClass;
import io.articleingest.pipeline.text.SentenceSplitter;
import io.articleingest.pipeline.text.Token;
import io.articleingest.pipeline.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Capitals for a text that has none ("police arrested three men in kano on tuesday", as lower-cased
 * feeds and some datasets deliver news): the first letter of each sentence, every word of a name
 * the dictionaries hold (countries, nationalities, places, organisations, people), of a gazetteer
 * place whose name is no ordinary word (a one-word one only after a preposition of place: "in
 * kano"), the name before the hyphen of a compound ("venezuelan-led"), and weekdays, so
 * that the tagger and the stages after it read names as names. A text with its capitals is left as
 * it is; the offsets never change, and the article keeps its own text.
 */
public final class CaseRestoring implements Stage {

    /** Names this short that are also English words ("us", "un") are left in lower case. */
    private static final int SHORT_NAME = 2;
    /** how many words a dateline may have before its dash */
    private static final int DATELINE_WORDS = 8;

    private final Knowledge knowledge;
    private final Lexicon words;

    public CaseRestoring(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.words = knowledge.lexicon();
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.CASE);
    }

    @Override
    public void annotate(AnnotatedArticle article) {
        if (!SentenceSplitter.caseless(article.body())) {
            return;
        }
        for (AnnotatedSentence s : article.sentences()) {
            s.setCasedText(restored(s.text()));
        }
    }

    private String restored(String text) {
        char[] out = text.toCharArray();
        List<Token> tokens = Tokenizer.tokenize(text, 0);
        int i = dateline(tokens);
        for (int k = 0; k < i; k++) {
            for (int c = tokens.get(k).start(); c < tokens.get(k).end(); c++) {
                out[c] = Character.toUpperCase(out[c]); // "kano, nigeria (reuters) -": datelines are written in capitals
            }
        }
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (i == 0 || words.is(WordClass.WEEKDAYS, t.norm())) {
                capitalise(out, t);
            }
            if (namedPrefix(t)) {
                capitalise(out, t); // "venezuelan-led talks", "u.s.-backed forces"
            }
            int end = nameEnd(tokens, i);
            for (int k = i; k < end; k++) {
                if (k == i || !words.is(WordClass.NAME_JOINERS, tokens.get(k).norm())) {
                    capitalise(out, tokens.get(k));
                }
            }
            i = Math.max(end, i + 1);
        }
        return new String(out);
    }

    /**
     * The end of the longest dictionary name at {@code i} (not a sector word), or of a gazetteer
     * place whose name is no ordinary English word ("zamfara", not "mobile"), or {@code i}.
     */
    private int nameEnd(List<Token> tokens, int i) {
        List<PhraseIndex.Match<Lexeme>> matches = new ArrayList<>(knowledge.entities().phrases.matchesAt(tokens, i));
        for (PhraseIndex.Match<Lexeme> m : knowledge.entities().gazetteer.matchesAt(tokens, i)) {
            boolean placedBySyntax = m.end() - m.start() > 1 || i > 0 && (words.is(WordClass.LOCATIVE_PREPOSITIONS, tokens.get(i - 1).norm())
                    || words.is(WordClass.ORIGINS, tokens.get(i - 1).norm()) || tokens.get(i - 1).norm().equals("of"));
            if (!knowledge.entities().isOrdinaryWord(tokens, m.start(), m.end()) && placedBySyntax) {
                matches.add(m); // one word the gazetteer alone knows is a place only where a place is said to be:
                                // "in kano", not the "san" of "aung san suu kyi"
            }
        }
        matches.sort(Comparator.comparingInt(m -> -m.end()));
        for (PhraseIndex.Match<Lexeme> m : matches) {
            Lexeme l = m.value();
            boolean written = !l.name().isEmpty() && Character.isUpperCase(l.name().charAt(0));
            boolean englishWord = m.end() - m.start() == 1 && (tokens.get(i).norm().length() <= SHORT_NAME
                    || words.is(WordClass.CASELESS_ORDINARY_WORDS, tokens.get(i).norm())); // "a car bomb", "a major offensive"
            if (!l.kind().equals("SECTOR") && written && !englishWord) {
                return m.end();
            }
        }
        return i;
    }

    /** A hyphenated word whose first part is a name the dictionaries hold as written with a capital. */
    private boolean namedPrefix(Token t) {
        int dash = t.text().indexOf('-');
        if (dash <= 0) {
            return false;
        }
        List<Token> prefix = Tokenizer.tokenize(t.text().substring(0, dash), 0);
        return knowledge.entities().phrases.matchesAt(prefix, 0).stream().anyMatch(m -> m.end() == prefix.size()
                && !m.value().kind().equals("SECTOR") && !m.value().name().isEmpty()
                && Character.isUpperCase(m.value().name().charAt(0)) && prefix.get(0).norm().length() > SHORT_NAME);
    }

    /**
     * The end of a dateline opening the sentence — words, a day of the month, a comma or an agency in
     * brackets, then a dash ("kano, nigeria (reuters) -", "dhaka, june 6 (reuters) -", "beirut -")
     * within a few words — or 0.
     */
    private static int dateline(List<Token> tokens) {
        for (int k = 1; k < Math.min(tokens.size(), DATELINE_WORDS); k++) {
            String w = tokens.get(k).norm();
            if (w.equals("-") || w.equals("—") || w.equals("–")) {
                return k;
            }
            boolean punctuation = w.equals(",") || w.equals("(") || w.equals(")");
            boolean dayOfMonth = w.chars().allMatch(Character::isDigit); // "dhaka, june 6 (reuters) -"
            if (!punctuation && !dayOfMonth && !(tokens.get(k).isWord() && Character.isLetter(w.charAt(0)))) {
                return 0;
            }
        }
        return 0;
    }

    private static void capitalise(char[] text, Token t) {
        if (t.start() < text.length && Character.isLowerCase(text[t.start()])) {
            text[t.start()] = Character.toUpperCase(text[t.start()]);
        }
    }
}
