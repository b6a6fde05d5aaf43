package io.articleingest.pipeline.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** UTF-8 read as windows-1252, repaired; text that was right, left alone. */
class MojibakeRepairTest {

    /** What a reader that took UTF-8 for windows-1252 shows of the text (undefined bytes as C1 controls). */
    private static String misread(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        Charset cp1252 = Charset.forName("windows-1252");
        for (byte b : utf8) {
            int v = b & 0xFF;
            String c = new String(new byte[] {b}, cp1252);
            sb.append(v >= 0x80 && v <= 0x9F && c.equals("\uFFFD") ? String.valueOf((char) v) : c);
        }
        return sb.toString();
    }

    @Test
    void quotesDashesAndAccentsComeBack() {
        for (String text : new String[] {"The army said: “We will respond.”", "Kyiv – the talks resume",
                "São Paulo and Bogotá", "Erdoğan met Şuşa’s envoys", "a price of 5 €"}) {
            String broken = misread(text);
            assertEquals(text, MojibakeRepair.repair(broken), broken);
        }
    }

    @Test
    void textThatWasRightStaysAsItIs() {
        String right = "café, Zürich, naïve — “quoted” résumé; Ã alone; Ôlà";
        assertSame(right, MojibakeRepair.repair(right));
    }

    @Test
    void theDecoderRepairsWhatItDecodes() throws Exception {
        byte[] bytes = misread("“We will respond,” the minister said.").getBytes(StandardCharsets.UTF_8);
        assertEquals("“We will respond,” the minister said.", TextDecoder.decode(bytes, "text/plain; charset=utf-8", "text"));
    }
}
