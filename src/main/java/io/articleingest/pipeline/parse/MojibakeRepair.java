package io.articleingest.pipeline.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs text that was UTF-8 read as windows-1252 somewhere upstream (a feed, a copy and paste):
 * "â€œWe will respondâ€\u009d" is “We will respond”, "EnÂ Gaza" is "En Gaza", "SÃ£o Paulo" is "São
 * Paulo". Each run of characters that such a misreading produces — a lead byte's character
 * (Â…ô) then continuation bytes' characters — is encoded back to windows-1252 and decoded as UTF-8;
 * the run is replaced only when that decoding is valid, so correct accented text ("café", "Zürich")
 * stays as it is. Linear in the length of the text.
 */
final class MojibakeRepair {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /**
     * A lead character of a UTF-8 sequence as windows-1252 shows it (bytes C2–F4), then one to
     * three characters of continuation bytes (80–BF as windows-1252 shows them: the C1 controls it
     * leaves undefined, the typographic characters it puts there, and Latin-1 A0–BF).
     */
    private static final Pattern RUN = Pattern.compile(
            "[\\u00C2-\\u00F4][\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC"
                    + "\\u2013\\u2014\\u2018\\u2019\\u201A\\u201C\\u201D\\u201E\\u2020\\u2021\\u2022\\u2026\\u2030\\u2039"
                    + "\\u203A\\u20AC\\u2122]{1,3}");

    private MojibakeRepair() {
    }

    static String repair(String text) {
        CharsetEncoder toBytes = WINDOWS_1252.newEncoder();
        CharsetDecoder asUtf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Matcher m = RUN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            String fixed = decoded(m.group(), toBytes, asUtf8);
            if (fixed != null) {
                out.append(text, last, m.start()).append(fixed);
                last = m.end();
            }
        }
        return last == 0 ? text : out.append(text, last, text.length()).toString();
    }

    /** The run read back as UTF-8, or null when it is no UTF-8 sequence (then it was meant as written). */
    private static String decoded(String run, CharsetEncoder toBytes, CharsetDecoder asUtf8) {
        ByteBuffer bytes = ByteBuffer.allocate(run.length());
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                bytes.put((byte) c); // a byte windows-1252 leaves undefined, passed through as its C1 control
                continue;
            }
            try {
                bytes.put(toBytes.encode(CharBuffer.wrap(String.valueOf(c))));
            } catch (CharacterCodingException e) {
                return null;
            }
        }
        bytes.flip();
        try {
            return asUtf8.decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
