package io.articleingest.pipeline;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The catalogue of hostile and broken uploads of issue 13, built in code (nothing copied from
 * elsewhere): each case says what it is, under which key it arrives, and how it must end —
 * REJECTED with a reason containing {@code reason}, or PROCESSED (text in an odd encoding, an odd
 * shape) with {@code reason} null. The parser tests, the fuzz test and the handler IT share it.
 */
public final class BadInputs {

    /** @param kind the group the closing note counts by (empty, binary, encoding, html, json, size, backtracking) */
    public record Case(String kind, String name, String key, byte[] content, String reason) {
        @Override
        public String toString() {
            return kind + "/" + name;
        }
    }

    private static final String SENTENCE = "Egyptian mediators met Hamas officials in Cairo on Monday, officials said. ";

    private BadInputs() {
    }

    public static List<Case> all() {
        List<Case> c = new ArrayList<>();
        c.add(rejected("empty", "empty file", "empty.txt", new byte[0], "empty object"));
        c.add(rejected("empty", "whitespace only", "blank.md", " \n\t\r\n  ".getBytes(StandardCharsets.UTF_8), "blank"));
        c.add(rejected("empty", "NBSP and blank lines", "blank.html", "<html><body>&nbsp;\n</body></html>".getBytes(
                StandardCharsets.UTF_8), "no article text"));

        c.add(rejected("binary", "PNG with a text suffix", "image.txt", png(), "PNG image"));
        c.add(rejected("binary", "PDF with a text suffix", "scan.md", ("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj <<>> endobj\n"
                + SENTENCE).getBytes(StandardCharsets.ISO_8859_1), "PDF document"));
        c.add(rejected("binary", "ZIP with a text suffix", "archive.json", zip(), "ZIP archive"));
        c.add(rejected("binary", "gzip with a text suffix", "compressed.html", gzip(), "gzip"));
        c.add(rejected("binary", "random bytes without NUL", "random.txt", randomBytesWithoutNul(20_000, 7),
                "control characters"));
        c.add(rejected("binary", "NUL bytes in text", "nul.txt", ("Troops entered the town.\0\0\0\u0001\u0002 more")
                .getBytes(StandardCharsets.UTF_8), "NUL bytes"));

        c.add(processed("encoding", "invalid UTF-8 read as windows-1252", "cp1252.txt",
                "Caf\u00e9 talks \u201cresumed\u201d in Cairo on Monday.".getBytes(Charset.forName("windows-1252"))));
        c.add(processed("encoding", "Latin-1", "latin1.txt",
                "Les n\u00e9gociations ont repris au Caire, a d\u00e9clar\u00e9 le ministre.".getBytes(StandardCharsets.ISO_8859_1)));
        c.add(processed("encoding", "UTF-16LE with BOM", "utf16-bom.txt", bom(0xFF, 0xFE,
                SENTENCE.getBytes(StandardCharsets.UTF_16LE))));
        c.add(processed("encoding", "UTF-16BE without BOM", "utf16be.txt", SENTENCE.getBytes(StandardCharsets.UTF_16BE)));
        c.add(processed("encoding", "UTF-16LE without BOM", "utf16le.md", SENTENCE.getBytes(StandardCharsets.UTF_16LE)));
        c.add(rejected("encoding", "truncated UTF-16 (odd length)", "odd16.txt",
                Arrays.copyOf(SENTENCE.getBytes(StandardCharsets.UTF_16LE), 41), "NUL bytes"));

        c.add(rejected("html", "only scripts and styles", "scripts.html", ("<html><head><style>p{color:red}</style>"
                + "</head><body><script>var a = '" + "x".repeat(5000) + "';</script><noscript>Enable JS</noscript>"
                + "</body></html>").getBytes(StandardCharsets.UTF_8), "no article text"));
        c.add(processed("html", "100 000-deep nesting", "deep.html", ("<html><body>" + "<div><blockquote>".repeat(50_000)
                + SENTENCE + "</blockquote></div>".repeat(50_000) + "</body></html>").getBytes(StandardCharsets.UTF_8)));
        c.add(processed("html", "no body element", "nobody.html", ("<title>Talks</title><p>" + SENTENCE + "</p>")
                .getBytes(StandardCharsets.UTF_8)));
        c.add(processed("html", "entities are not expanded beyond HTML's", "entities.html", ("<!DOCTYPE x [<!ENTITY a "
                + "\"" + "b".repeat(100) + "\"><!ENTITY c \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><html><body><p>&c;&c;&c; "
                + SENTENCE + "</p></body></html>").getBytes(StandardCharsets.UTF_8)));

        c.add(rejected("json", "malformed", "bad.json", "{\"title\": \"Talks\", \"body\": ".getBytes(StandardCharsets.UTF_8),
                "invalid JSON"));
        c.add(rejected("json", "a number", "number.json", "42".getBytes(StandardCharsets.UTF_8), "got a number"));
        c.add(rejected("json", "an array", "array.json", ("[\"" + SENTENCE + "\"]").getBytes(StandardCharsets.UTF_8),
                "got an array"));
        c.add(rejected("json", "body of the wrong type", "types.json", "{\"title\": 7, \"body\": {\"x\": 1}}"
                .getBytes(StandardCharsets.UTF_8), "must be a string or an array"));
        c.add(rejected("json", "paragraphs of the wrong type", "paras.json", "{\"title\": \"T\", \"paragraphs\": [1, 2]}"
                .getBytes(StandardCharsets.UTF_8), "must hold strings"));
        c.add(rejected("json", "deeply nested", "nested.json", ("{\"body\": " + "[".repeat(100_000) + "]".repeat(100_000)
                + "}").getBytes(StandardCharsets.UTF_8), "invalid JSON"));
        c.add(processed("json", "huge title", "title.json", ("{\"title\": \"" + "Talks ".repeat(80_000) + "\", \"body\": \""
                + SENTENCE + "\"}").getBytes(StandardCharsets.UTF_8)));

        c.add(processed("size", "one 5 MB line without sentence breaks", "line.txt",
                "word and another ".repeat(5 * 1024 * 1024 / 17).getBytes(StandardCharsets.UTF_8)));
        c.add(processed("size", "100 000 tiny sentences", "tiny.txt", "Go. ".repeat(100_000).getBytes(StandardCharsets.UTF_8)));

        c.add(processed("backtracking", "capitalised words", "caps.txt",
                ("Ali Hassan Omar Mohammed Abdel Rahman ".repeat(20_000) + ".").getBytes(StandardCharsets.UTF_8)));
        c.add(processed("backtracking", "of-the chains", "ofthe.txt",
                "the Minister of the Interior of the ".repeat(20_000).getBytes(StandardCharsets.UTF_8)));
        c.add(processed("backtracking", "quotes", "quotes.txt", "\"“‘«".repeat(50_000).getBytes(StandardCharsets.UTF_8)));
        c.add(processed("backtracking", "dashes", "dashes.txt", "a — b – c - ".repeat(50_000).getBytes(StandardCharsets.UTF_8)));
        c.add(processed("backtracking", "brackets", "brackets.md", "[(".repeat(50_000).getBytes(StandardCharsets.UTF_8)));
        c.add(processed("backtracking", "numbers", "numbers.txt", "1,000 ".repeat(20_000).getBytes(StandardCharsets.UTF_8)));
        c.add(processed("backtracking", "Markdown heading markers", "headings.md", "# ".repeat(1_000).concat("x\n")
                .repeat(20).getBytes(StandardCharsets.UTF_8)));
        c.add(processed("backtracking", "Markdown backticks", "backticks.md", "`a".repeat(30_000).getBytes(
                StandardCharsets.UTF_8)));
        c.add(processed("backtracking", "Markdown emphasis", "emphasis.md", "*a ".repeat(30_000).getBytes(
                StandardCharsets.UTF_8)));
        return c;
    }

    private static Case rejected(String kind, String name, String key, byte[] content, String reason) {
        return new Case(kind, name, key, content, reason);
    }

    private static Case processed(String kind, String name, String key, byte[] content) {
        return new Case(kind, name, key, content, null);
    }

    private static byte[] bom(int b0, int b1, byte[] rest) {
        return concat(new byte[] {(byte) b0, (byte) b1}, rest);
    }

    private static byte[] png() {
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, randomBytesWithoutNul(400, 3));
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] out = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }

    private static byte[] zip() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("article.txt"));
            zip.write(SENTENCE.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
                gz.write(SENTENCE.repeat(10).getBytes(StandardCharsets.UTF_8));
            }
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Random bytes with every NUL replaced: what a compressed or encrypted file looks like to a NUL check. */
    public static byte[] randomBytesWithoutNul(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = bytes[i] == 0 ? (byte) 1 : bytes[i];
        }
        return bytes;
    }
}
