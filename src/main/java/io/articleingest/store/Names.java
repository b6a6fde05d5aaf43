package io.articleingest.store;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Names as the indexes compare them: without case, accents or punctuation. */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Names() {
    }

    /**
     * "Khān Yūnis" → "khan yunis", "al-Mawasi" → "al mawasi", "Ha'aretz" → "ha aretz": lower case,
     * accents removed (and letters that do not decompose, such as ø and ł, spelled plainly),
     * anything other than letters and digits one space.
     */
    public static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("đ", "d").replace("æ", "ae")
                .replace("œ", "oe").replace("ı", "i");
        return SEPARATORS.matcher(plain).replaceAll(" ").strip();
    }
}
