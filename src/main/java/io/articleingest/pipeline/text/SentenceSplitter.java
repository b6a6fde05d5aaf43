package io.articleingest.pipeline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Splits news text into sentences with offsets. Lines are hard boundaries (the parsers put one
 * block per line); inside a line, a sentence ends at . ! ? (with any closing quotes or brackets)
 * followed by a space and an opening capital, digit or quote — unless the period ends a known
 * abbreviation ("Gen.", "Oct.", "U.N.") or an initial ("J. Smith"). In text without capitals (a
 * lower-cased feed) a lower-case letter opens a sentence too.
 *
 * <p>Hand rules rather than OpenNLP's statistical model: on wire copy the failures that matter
 * are abbreviations and quotes, which a list handles exactly, and the splitter then costs nothing
 * at cold start (the OpenNLP model is a 100 KB+ download and a model load per container).
 *
 * <p>No sentence is longer than {@link #MAX_SENTENCE_CHARS}: a longer run without a sentence
 * break (a 5 MB line without punctuation, a chain of "of the") is cut into pieces of at most that
 * length at word boundaries. The extractor's work per sentence grows faster than the sentence,
 * so this cap is what keeps an article's cost linear in its size; real sentences are far shorter.
 */
public final class SentenceSplitter {

    /** Ten times a long news sentence (~100 words): only runs without sentence breaks reach it. */
    public static final int MAX_SENTENCE_CHARS = 1000;

    /** Abbreviations that do not end a sentence when followed by a capitalised word. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cmdr", "adm",
            "gov", "sen", "rep", "rev", "st", "sr", "jr", "pres", "amb", "brig", "hon", "insp", "supt",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "no", "vs", "etc", "approx", "dept", "est", "inc", "ltd", "co", "corp", "mt", "ft", "fig", "al");

    private SentenceSplitter() {
    }

    /** Fewer capitalised words than this share of all words: a lower-cased text. */
    private static final double CASELESS_SHARE = 0.03;
    /** A text this short says too little about its capitals, unless it has none at all. */
    private static final int CASELESS_MIN_WORDS = 12;
    /** A snippet this long without one capital ("police in kano arrested two men") lost them. */
    private static final int CAPITALLESS_MIN_WORDS = 4;

    public static List<Sentence> split(String body, BiPredicate<Integer, Integer> isHeading) {
        boolean caseless = caseless(body);
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        int paragraph = 0;
        while (lineStart <= body.length()) {
            int lineEnd = body.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = body.length();
            }
            if (lineEnd > lineStart) {
                boolean heading = isHeading.test(lineStart, lineEnd);
                if (heading) {
                    add(out, body, lineStart, lineEnd, paragraph, true);
                } else {
                    splitLine(out, body, lineStart, lineEnd, paragraph, caseless);
                }
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static void splitLine(List<Sentence> out, String body, int from, int to, int paragraph,
            boolean caseless) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < to && isCloser(body.charAt(end))) {
                end++;
            }
            if (end >= to || !Character.isWhitespace(body.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < to && Character.isWhitespace(body.charAt(next))) {
                next++;
            }
            if (next >= to || !opensSentence(body.charAt(next)) && !(caseless && Character.isLowerCase(body.charAt(next)))) {
                continue;
            }
            if (c == '.' && end == i + 1 && isAbbreviation(body, start, i)) {
                continue;
            }
            add(out, body, start, end, paragraph, false);
            start = next;
            i = next - 1;
        }
        add(out, body, start, to, paragraph, false);
    }

    /** Whether the text lost its capitals: hardly a word of it starts with one. */
    public static boolean caseless(String text) {
        int words = 0;
        int capitalised = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letter = Character.isLetter(c);
            if (letter && !inWord) {
                words++;
                if (Character.isUpperCase(c)) {
                    capitalised++;
                }
            }
            inWord = letter || inWord && (c == '\'' || c == '-');
        }
        return words >= CASELESS_MIN_WORDS && capitalised < CASELESS_SHARE * words
                || words >= CAPITALLESS_MIN_WORDS && capitalised == 0;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '‘' || c == '\''
                || c == '(' || c == '«' || c == '—' || c == '-';
    }

    /** The word before the period at {@code dot} is an abbreviation, an initial, or dotted ("U.N."). */
    private static boolean isAbbreviation(String body, int sentenceStart, int dot) {
        int w = dot;
        while (w > sentenceStart && !Character.isWhitespace(body.charAt(w - 1)) && body.charAt(w - 1) != '(') {
            w--;
        }
        String word = body.substring(w, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial
        }
        if (word.indexOf('.') >= 0 && word.replace(".", "").length() <= 4) {
            return true; // U.N, U.S, a.m
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(List<Sentence> out, String body, int start, int end, int paragraph, boolean heading) {
        while (start < end && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        // one sentence, or several pieces of at most MAX_SENTENCE_CHARS when it runs on without a break
        while (end > start) {
            int cut = WordCut.end(body, start, end, MAX_SENTENCE_CHARS);
            int pieceEnd = cut;
            while (pieceEnd > start && Character.isWhitespace(body.charAt(pieceEnd - 1))) {
                pieceEnd--;
            }
            out.add(new Sentence(out.size(), start, pieceEnd, paragraph, heading, body.substring(start, pieceEnd)));
            start = cut;
            while (start < end && Character.isWhitespace(body.charAt(start))) {
                start++;
            }
        }
    }
}
