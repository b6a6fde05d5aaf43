package io.articleingest.pipeline.parse;

import io.articleingest.pipeline.RejectedDocumentException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bytes of an uploaded object as text. Byte-order mark first, then UTF-16 without one (text
 * whose every other byte is NUL), then a charset the content type or an HTML meta tag declares,
 * then strict UTF-8, then windows-1252 (what legacy news CMS exports mostly are).
 *
 * <p>Binary content is refused rather than turned into mojibake: files that start with the
 * signature of a known binary format (PNG, PDF, ZIP, gzip…), NUL bytes outside UTF-16, and text
 * that decodes to more than {@value #MAX_CONTROL_PERCENT}% control characters (random or
 * compressed bytes, which windows-1252 would otherwise accept byte for byte).
 */
public final class TextDecoder {

    /** Text has tabs and line breaks, hardly ever other control characters; random bytes have ~10%. */
    static final int MAX_CONTROL_PERCENT = 1;
    private static final int SNIFF_BYTES = 2048;
    private static final Pattern DECLARED_CHARSET = Pattern.compile("charset=[\"']?([\\w-]{1,40})",
            Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Signatures of binary formats people drop by mistake, with what to call them in a rejection reason. */
    private enum Signature {
        PNG("a PNG image", 0, 0x89, 'P', 'N', 'G'),
        JPEG("a JPEG image", 0, 0xFF, 0xD8, 0xFF),
        GIF("a GIF image", 0, 'G', 'I', 'F', '8'),
        WEBP("a RIFF container (WebP, WAV, AVI)", 0, 'R', 'I', 'F', 'F'),
        PDF("a PDF document", 0, '%', 'P', 'D', 'F', '-'),
        ZIP("a ZIP archive (or DOCX, XLSX, EPUB, JAR)", 0, 'P', 'K', 0x03, 0x04),
        EMPTY_ZIP("a ZIP archive", 0, 'P', 'K', 0x05, 0x06),
        GZIP("gzip-compressed data", 0, 0x1F, 0x8B),
        BZIP2("bzip2-compressed data", 0, 'B', 'Z', 'h'),
        XZ("xz-compressed data", 0, 0xFD, '7', 'z', 'X', 'Z', 0x00),
        ZSTD("zstd-compressed data", 0, 0x28, 0xB5, 0x2F, 0xFD),
        SEVEN_ZIP("a 7-Zip archive", 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
        RAR("a RAR archive", 0, 'R', 'a', 'r', '!'),
        OLE("an MS Office 97 document", 0, 0xD0, 0xCF, 0x11, 0xE0),
        ELF("an executable (ELF)", 0, 0x7F, 'E', 'L', 'F'),
        CLASS("a Java class file", 0, 0xCA, 0xFE, 0xBA, 0xBE),
        MP4("an MP4/QuickTime video", 4, 'f', 't', 'y', 'p'),
        MP3("an MP3 file", 0, 'I', 'D', '3'),
        WASM("a WebAssembly module", 0, 0x00, 'a', 's', 'm');

        final String description;
        final int offset;
        final int[] bytes;

        Signature(String description, int offset, int... bytes) {
            this.description = description;
            this.offset = offset;
            this.bytes = bytes;
        }

        boolean matches(byte[] content) {
            return startsWith(content, offset, bytes);
        }
    }

    private TextDecoder() {
    }

    /** @param format the format the key announces, for the rejection reason */
    public static String decode(byte[] bytes, String contentType, String format) throws RejectedDocumentException {
        for (Signature s : Signature.values()) {
            if (s.matches(bytes)) {
                throw new RejectedDocumentException("undecodable: binary content (" + s.description + ") in a "
                        + format + " object");
            }
        }
        String text = withoutControlCheck(bytes, contentType, format);
        long controls = text.chars().filter(TextDecoder::isControl).count();
        if (controls >= 2 && controls * 100 > (long) MAX_CONTROL_PERCENT * text.length()) {
            throw new RejectedDocumentException(String.format(Locale.ROOT,
                    "undecodable: binary content (%d control characters in %d, more than %d%%) in a %s object",
                    controls, text.length(), MAX_CONTROL_PERCENT, format));
        }
        return MojibakeRepair.repair(text);
    }

    private static String withoutControlCheck(byte[] bytes, String contentType, String format)
            throws RejectedDocumentException {
        if (startsWith(bytes, 0, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        int nuls = 0;
        int evenNuls = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                nuls++;
                evenNuls += (i & 1) == 0 ? 1 : 0;
            }
        }
        if (nuls > 0) {
            Charset utf16 = utf16WithoutBom(bytes.length, nuls, evenNuls);
            String text = utf16 == null ? null : strict(bytes, utf16);
            if (text == null) {
                throw new RejectedDocumentException("undecodable: binary content (" + nuls + " NUL bytes) in a "
                        + format + " object");
            }
            return text;
        }
        Charset declared = declaredCharset(contentType);
        if (declared == null && "html".equals(format)) {
            declared = declaredCharset(new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES),
                    StandardCharsets.ISO_8859_1));
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new String(bytes, declared);
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        return utf8 != null ? utf8 : new String(bytes, WINDOWS_1252);
    }

    /**
     * Mostly-ASCII text in UTF-16 has a NUL in every other byte, all on one side: the high bytes
     * (even offsets in big-endian, odd in little-endian). Binary files have NULs anywhere.
     */
    private static Charset utf16WithoutBom(int length, int nuls, int evenNuls) {
        if (length % 2 != 0 || nuls * 4L < length) {
            return null;
        }
        int oddNuls = nuls - evenNuls;
        if (evenNuls * 20L >= nuls * 19L) {
            return StandardCharsets.UTF_16BE;
        }
        return oddNuls * 20L >= nuls * 19L ? StandardCharsets.UTF_16LE : null;
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** C0 controls other than tab, line feed, form feed and carriage return; DEL; C1 controls; U+FFFD. */
    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c <= 0x9F)
                || c == 0xFFFD;
    }

    private static Charset declaredCharset(String declaration) {
        if (declaration == null) {
            return null;
        }
        Matcher m = DECLARED_CHARSET.matcher(declaration);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (RuntimeException e) {
            return null; // an unknown or illegal name: decode as if none were declared
        }
    }

    private static boolean startsWith(byte[] bytes, int offset, int... prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[offset + i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
