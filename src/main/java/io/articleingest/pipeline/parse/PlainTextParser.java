package io.articleingest.pipeline.parse;

import io.articleingest.pipeline.ParsedArticle;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text: one block per line. A short line without closing punctuation is a heading (in a text
 * without capitals, a lower-cased feed, whatever letter it opens on); the first
 * one, if it opens the text, is the headline (the title). A short line near the top that is a date
 * ("Sunday, November 30, 2025", "Published 2025-11-30") is the publication date.
 */
public final class PlainTextParser implements DocumentParser {

    /** Lines longer than this are prose: never headings nor date lines (and never scanned as such). */
    private static final int MAX_HEADING_CHARS = 120;
    private static final int MAX_HEADING_WORDS = 16;
    private static final int MAX_DATE_LINE_WORDS = 8;
    private static final int DATE_LINES = 4;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern DATE_IN_LINE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})|((?:January|February|March|"
            + "April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|"
            + "Nov|Dec)\\.? \\d{1,2},? \\d{4})|(\\d{1,2} (?:January|February|March|April|May|June|July|August|"
            + "September|October|November|December) \\d{4})");

    @Override
    public String format() {
        return "text";
    }

    @Override
    public ParsedArticle parse(String text) {
        return parse(text, format(), null, null);
    }

    /**
     * Plain text found inside another format (a JSON body, an HTML page without paragraphs).
     *
     * @param knownTitle the title the containing document declares, or null
     * @param published  the publication date it declares, or null (a date line may then give one)
     */
    ParsedArticle parse(String text, String format, String knownTitle, LocalDate published) {
        BodyBuilder body = new BodyBuilder();
        boolean caseless = text.chars().noneMatch(Character::isUpperCase);
        int lineNumber = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = lineEnd(text, start);
            String line = text.substring(start, end).replace('\u00a0', ' ').strip();
            start = end + (end + 1 < text.length() && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? 2 : 1);
            if (line.isEmpty()) {
                continue;
            }
            LocalDate dateLine = lineNumber++ < DATE_LINES && published == null ? dateLine(line) : null;
            if (dateLine != null) {
                published = dateLine; // "November 30, 2025" or "Published: 2025-11-30" under the headline
            }
            body.add(line, dateLine != null || looksLikeHeading(line, caseless));
        }
        return body.build(format, knownTitle, published);
    }

    /** The index of the next \n or \r at or after {@code from}, or the text's length. */
    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    /** A short line near the top that is a date line ("Sunday, November 30, 2025", "Published 2025-11-30"). */
    static LocalDate dateLine(String line) {
        if (line.length() > MAX_HEADING_CHARS || WHITESPACE.split(line).length > MAX_DATE_LINE_WORDS) {
            return null;
        }
        Matcher m = DATE_IN_LINE.matcher(line);
        if (!m.find()) {
            return null;
        }
        // "Nov. 30 2025" -> "Nov 30, 2025", the shape DateParsing reads
        return DateParsing.parseDate(m.group(2) == null ? m.group()
                : m.group().replace(".", "").replace(",", "").replaceAll("(\\d{1,2}) (\\d{4})", "$1, $2"));
    }

    /** A short line with no closing punctuation, opening on a capital or a digit — on anything in a text without capitals. */
    static boolean looksLikeHeading(String line, boolean caseless) {
        if (line.length() > MAX_HEADING_CHARS || WHITESPACE.split(line).length > MAX_HEADING_WORDS) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (".!?:;,\"”’)…".indexOf(last) >= 0) {
            return false;
        }
        char first = line.charAt(0);
        return caseless || Character.isUpperCase(first) || Character.isDigit(first);
    }
}
