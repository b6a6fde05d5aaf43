package io.articleingest.pipeline.parse;

import io.articleingest.pipeline.ParsedArticle;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Markdown: YAML-style front matter (title, date), ATX and setext headings, paragraphs joined from
 * their lines, list items and block quotes as blocks, code fences left out, inline markup (links,
 * emphasis, code spans) reduced to its text. Hand-written scanning rather than regular
 * expressions: each line and each inline span is read once, so a line of 60 000 backticks or
 * heading markers costs what 60 000 letters cost.
 */
public final class MarkdownParser implements DocumentParser {

    private static final int MAX_HEADING_LEVEL = 6;

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public ParsedArticle parse(String md) {
        String[] lines = md.split("\r\n|\r|\n", -1);
        int i = 0;
        String title = null;
        LocalDate published = null;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            for (i = 1; i < lines.length && !lines[i].strip().equals("---"); i++) {
                int colon = lines[i].indexOf(':');
                String field = colon < 0 ? "" : lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = colon < 0 ? "" : unquote(lines[i].substring(colon + 1).strip());
                if (field.equals("title")) {
                    title = value.isEmpty() ? null : value;
                } else if (field.startsWith("date") || field.startsWith("published")) {
                    published = DateParsing.parseDate(value);
                }
            }
            i++;
        }
        BodyBuilder body = new BodyBuilder();
        StringBuilder paragraph = new StringBuilder();
        boolean inCode = false;
        for (; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("```") || line.startsWith("~~~")) {
                inCode = !inCode;
                continue;
            }
            if (inCode) {
                continue;
            }
            String heading = atxHeading(line);
            boolean setextUnderline = !line.isEmpty() && i + 1 < lines.length && isSetextUnderline(lines[i + 1].strip());
            int listMarker = listMarkerEnd(line);
            if (line.isEmpty() || heading != null || setextUnderline || listMarker > 0 || line.startsWith(">")) {
                flush(body, paragraph);
            }
            if (heading != null) {
                addBlock(body, heading, true);
            } else if (setextUnderline) {
                addBlock(body, line, true);
                i++;
            } else if (!line.isEmpty() && !isThematicBreak(line)) {
                String content = listMarker > 0 ? line.substring(listMarker)
                        : line.startsWith(">") ? line.substring(line.length() > 1 && line.charAt(1) == ' ' ? 2 : 1)
                        : line;
                paragraph.append(paragraph.length() > 0 ? " " : "").append(content);
            }
        }
        flush(body, paragraph);
        return body.build(format(), title == null ? null : inline(title), published);
    }

    private static void flush(BodyBuilder body, StringBuilder paragraph) {
        if (paragraph.length() > 0) {
            addBlock(body, paragraph.toString(), false);
            paragraph.setLength(0);
        }
    }

    private static void addBlock(BodyBuilder body, String markdown, boolean heading) {
        String text = inline(markdown);
        if (!text.isEmpty()) {
            body.add(text, heading);
        }
    }

    /** The text of an ATX heading ("## Title ##"), or null when the line is none. */
    static String atxHeading(String line) {
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') {
            level++;
        }
        if (level == 0 || level > MAX_HEADING_LEVEL
                || (level < line.length() && !Character.isWhitespace(line.charAt(level)))) {
            return null;
        }
        int end = line.length();
        while (end > level && line.charAt(end - 1) == '#') {
            end--; // the optional closing sequence
        }
        if (end < line.length() && end > level && !Character.isWhitespace(line.charAt(end - 1))) {
            end = line.length(); // "# C#" keeps its '#': a closing sequence follows a space
        }
        return line.substring(level, end).strip();
    }

    private static boolean isSetextUnderline(String line) {
        return !line.isEmpty() && (allOf(line, '=') || allOf(line, '-'));
    }

    private static boolean isThematicBreak(String line) {
        return line.length() >= 3 && (allOf(line, '-') || allOf(line, '*') || allOf(line, '_'));
    }

    private static boolean allOf(String line, char c) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }

    /** The end of a list marker ("- ", "* ", "+ ", "12. ", "3) ") with its spaces, or 0 when the line has none. */
    static int listMarkerEnd(String line) {
        int i = 0;
        if (!line.isEmpty() && "-*+".indexOf(line.charAt(0)) >= 0) {
            i = 1;
        } else {
            while (i < line.length() && i < 9 && Character.isDigit(line.charAt(i))) {
                i++;
            }
            if (i == 0 || i >= line.length() || (line.charAt(i) != '.' && line.charAt(i) != ')')) {
                return 0;
            }
            i++;
        }
        int marker = i;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i > marker && i < line.length() ? i : 0;
    }

    /**
     * Inline markup reduced to its text in one pass: {@code [text](url)} and {@code ![alt](url)}
     * become their text; runs of {@code *} and backticks that touch a word, and of {@code _} that
     * open or close one (not inside snake_case), are emphasis or code markers and are dropped.
     */
    static String inline(String s) {
        int n = s.length();
        int[] nextClose = nextIndexOf(s, ']');
        int[] nextParen = nextIndexOf(s, ')');
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int open = c == '[' ? i : c == '!' && i + 1 < n && s.charAt(i + 1) == '[' ? i + 1 : -1;
            if (open >= 0) {
                int close = nextClose[open];
                if (close >= 0 && close + 1 < n && s.charAt(close + 1) == '(' && nextParen[close + 1] >= 0) {
                    out.append(s, open + 1, close);
                    i = nextParen[close + 1] + 1;
                    continue;
                }
            }
            if (c == '*' || c == '`' || c == '_') {
                int run = i;
                while (run < n && s.charAt(run) == c) {
                    run++;
                }
                boolean before = i > 0 && !Character.isWhitespace(s.charAt(i - 1));
                boolean after = run < n && !Character.isWhitespace(s.charAt(run));
                boolean marker = c == '_' ? before != after : before || after;
                if (!marker) {
                    out.append(s, i, run);
                }
                i = run;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString().strip();
    }

    /** For each position, the index of the first {@code c} at or after it (-1 when none): one backward pass. */
    private static int[] nextIndexOf(String s, char c) {
        int[] next = new int[s.length() + 1];
        next[s.length()] = -1;
        for (int i = s.length() - 1; i >= 0; i--) {
            next[i] = s.charAt(i) == c ? i : next[i + 1];
        }
        return next;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            return value.substring(1, value.length() - 1).strip();
        }
        return value;
    }
}
