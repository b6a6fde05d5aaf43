package io.articleingest.pipeline.text;

/**
 * A word, number or punctuation mark of a sentence.
 *
 * @param text  as written
 * @param norm  lower case, curly apostrophes straightened
 * @param start offset in the article body
 * @param end   offset after the token in the article body
 * @param tag   Universal Dependencies part of speech (NOUN, PROPN, VERB, AUX, ADP…) once tagged, else null
 * @param lemma dictionary form in lower case ("struck" → "strike") once tagged, else null
 * @param verbReading the tagger gave a verb a fair chance though it chose another tag ("the
 *                    government on Monday rejected/ADJ calls"): a verb trigger may take it
 */
public record Token(String text, String norm, int start, int end, String tag, String lemma, boolean verbReading) {

    /** How a verb is inflected; UD's coarse tags do not say, the lemma beside the form does. */
    public enum VerbForm { NONE, BASE, THIRD_PERSON, GERUND, PAST }

    /** "al-Mawasi", "el-Arish", "ash-Shati": a name after a lower-case Arabic article. */
    private static final java.util.regex.Pattern ARTICLE_NAME =
            java.util.regex.Pattern.compile("^(?:al|el|ad|ar|as|ash|at|az|an|ed|en)-\\p{Lu}.*");

    public Token(String text, String norm, int start, int end) {
        this(text, norm, start, end, null, null, false);
    }

    public Token tagged(String partOfSpeech, String dictionaryForm, boolean alsoVerb) {
        return new Token(text, norm, start, end, partOfSpeech, dictionaryForm, alsoVerb);
    }

    public boolean isCapitalised() {
        if (text.isEmpty()) {
            return false;
        }
        int dash = text.indexOf('-'); // the pattern's article is two or three letters before a dash
        return Character.isUpperCase(text.charAt(0)) || (dash == 2 || dash == 3) && ARTICLE_NAME.matcher(text).matches();
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(0));
    }

    /** The lemma when tagged, else the normalised form. */
    public String base() {
        return lemma != null ? lemma : norm;
    }

    public boolean isVerb() {
        return "VERB".equals(tag) || "AUX".equals(tag);
    }

    /** A verb, or a word the tagger thought could well be one. */
    public boolean couldBeVerb() {
        return isVerb() || verbReading;
    }

    public boolean isNoun() {
        return "NOUN".equals(tag) || "PROPN".equals(tag);
    }

    public boolean hasTag(String partOfSpeech) {
        return partOfSpeech.equals(tag);
    }

    /**
     * The inflection of a verb (or of a gerund the tagger called a noun), which UD's coarse tags
     * leave out: "-ing" is the gerund or present
     * participle (a verb whose lemma ends so, "bring", is at most six letters long, which also
     * covers the lemmatizer leaving "wounding" as it is); the lemma itself is the base (also
     * "hit", "cut", whose past reads the same) — unless it ends in "-ed", where the lemmatizer left
     * a regular past as it was ("wounded", "resumed"); a form in -s the third person ("was" aside);
     * any other form the past tense or past participle ("struck", "killed").
     */
    public VerbForm verbForm() {
        boolean gerundNoun = "NOUN".equals(tag) && norm.endsWith("ing") && norm.length() > 4;
        if (!couldBeVerb() && !gerundNoun) {
            return VerbForm.NONE;
        }
        String lemmaForm = base();
        if (norm.endsWith("ing") && (!norm.equals(lemmaForm) || norm.length() > 6)) {
            return VerbForm.GERUND;
        }
        if (norm.equals(lemmaForm) && !(norm.endsWith("ed") && !norm.endsWith("eed") && norm.length() > 4)) {
            return VerbForm.BASE;
        }
        if (norm.endsWith("s") && !norm.endsWith("ss") && !lemmaForm.endsWith("s") && !norm.equals("was")) {
            return VerbForm.THIRD_PERSON;
        }
        return VerbForm.PAST;
    }
}
