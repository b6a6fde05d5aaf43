package io.articleingest.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articleingest.pipeline.model.RawDocument;
import io.articleingest.pipeline.text.Span;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns the bytes of an uploaded article (plain text, HTML, Markdown, JSON article document) into
 * a body text with its title, headings and publication date. The body is one block (paragraph or
 * heading) per line; all event offsets point into it.
 */
public final class ArticleParser {

    public static final List<String> SUPPORTED_SUFFIXES = List.of(".txt", ".html", ".htm", ".md", ".json");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_|`)(\\S(?:.*?\\S)?)\\1");
    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern MD_LIST = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+");
    private static final Pattern FRONT_MATTER_LINE = Pattern.compile("^(\\w+)\\s*:\\s*[\"']?(.*?)[\"']?\\s*$");
    private static final String[] JSON_TITLE = {"title", "headline", "name"};
    private static final String[] JSON_BODY = {"body", "text", "content", "articleBody", "paragraphs"};
    private static final String[] JSON_PUBLISHED = {"published", "publishedAt", "datePublished", "published_at",
        "date", "pubDate"};
    private static final String[] HTML_PUBLISHED = {"meta[property=article:published_time]",
        "meta[name=article:published_time]", "meta[itemprop=datePublished]", "meta[name=date]",
        "meta[name=pubdate]", "meta[name=publish-date]", "meta[name=dc.date]", "meta[name=DC.date.issued]"};

    /** The format a key (or, lacking a known suffix, a content type) announces; null when unsupported. */
    public static String formatOf(String key, String contentType) {
        String k = key == null ? "" : key.toLowerCase(Locale.ROOT);
        if (k.endsWith(".txt")) {
            return "text";
        }
        if (k.endsWith(".html") || k.endsWith(".htm")) {
            return "html";
        }
        if (k.endsWith(".md") || k.endsWith(".markdown")) {
            return "markdown";
        }
        if (k.endsWith(".json")) {
            return "json";
        }
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (ct.startsWith("text/html")) {
            return "html";
        }
        if (ct.startsWith("text/markdown")) {
            return "markdown";
        }
        if (ct.startsWith("application/json")) {
            return "json";
        }
        if (ct.startsWith("text/plain")) {
            return "text";
        }
        return null;
    }

    public ParsedArticle parse(RawDocument doc) throws RejectedDocumentException {
        String format = formatOf(doc.key(), doc.contentType());
        if (format == null) {
            throw new RejectedDocumentException("unsupported format: " + doc.key()
                    + (doc.contentType() == null ? "" : " (" + doc.contentType() + ")")
                    + "; supported suffixes are " + String.join(", ", SUPPORTED_SUFFIXES));
        }
        if (doc.content().length == 0) {
            throw new RejectedDocumentException("empty object");
        }
        String text = decode(doc.content(), doc.contentType(), format);
        ParsedArticle parsed = switch (format) {
            case "html" -> parseHtml(text);
            case "markdown" -> parseMarkdown(text);
            case "json" -> parseJson(text);
            default -> parsePlain(text, "text", null, null);
        };
        if (parsed.body().isBlank()) {
            throw new RejectedDocumentException("no article text found in the " + format + " document");
        }
        return parsed;
    }

    // ---- encodings -------------------------------------------------------------------------

    /**
     * Byte-order mark first, then a charset the content type or an HTML meta tag declares, then
     * strict UTF-8, then windows-1252 (what legacy news CMS exports mostly are). Binary content
     * (NUL bytes) is refused rather than turned into mojibake.
     */
    static String decode(byte[] bytes, String contentType, String format) throws RejectedDocumentException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        int nuls = 0;
        for (byte b : bytes) {
            if (b == 0) {
                nuls++;
            }
        }
        if (nuls > 0) {
            throw new RejectedDocumentException("undecodable: binary content (" + nuls + " NUL bytes) in a "
                    + format + " object");
        }
        Charset declared = declaredCharset(contentType);
        if (declared == null && "html".equals(format)) {
            String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
            Matcher m = Pattern.compile("charset=[\"']?([\\w-]+)", Pattern.CASE_INSENSITIVE).matcher(head);
            if (m.find()) {
                declared = charsetOrNull(m.group(1));
            }
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new String(bytes, declared);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static Charset declaredCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = Pattern.compile("charset=\"?([\\w-]+)", Pattern.CASE_INSENSITIVE).matcher(contentType);
        return m.find() ? charsetOrNull(m.group(1)) : null;
    }

    private static Charset charsetOrNull(String name) {
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    // ---- plain text ------------------------------------------------------------------------

    /**
     * Plain text: one block per line. A short line without closing punctuation is a heading; the
     * first one, if it opens the text, is the headline (the title). Without a headline the title is
     * the opening sentence, cut at a word boundary.
     */
    ParsedArticle parsePlain(String text, String format, String knownTitle, LocalDate published) {
        BodyBuilder body = new BodyBuilder();
        int lineNumber = 0;
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String line = raw.replace('\u00a0', ' ').strip();
            if (line.isEmpty()) {
                continue;
            }
            LocalDate dateLine = lineNumber++ < 4 && published == null ? dateLine(line) : null;
            if (dateLine != null) {
                published = dateLine; // "November 30, 2025" or "Published: 2025-11-30" under the headline
            }
            body.add(line, dateLine != null || looksLikeHeading(line));
        }
        return body.build(format, knownTitle, published);
    }

    private static final Pattern DATE_IN_LINE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})|((?:January|February|March|"
            + "April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|"
            + "Nov|Dec)\\.? \\d{1,2},? \\d{4})|(\\d{1,2} (?:January|February|March|April|May|June|July|August|"
            + "September|October|November|December) \\d{4})");

    /** A short line near the top that is a date line ("Sunday, November 30, 2025", "Published 2025-11-30"). */
    static LocalDate dateLine(String line) {
        if (line.split("\\s+").length > 8) {
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

    static boolean looksLikeHeading(String line) {
        String[] words = line.split("\\s+");
        if (words.length > 16 || line.length() > 120) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (".!?:;,\"”’)…".indexOf(last) >= 0) {
            return false;
        }
        char first = line.charAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first);
    }

    // ---- HTML ------------------------------------------------------------------------------

    private static final String BOILERPLATE = "script, style, noscript, nav, header:not(article header), footer, "
            + "aside, form, iframe, svg, button, figure figcaption, .advert, .ad, .ads, .share, .social, "
            + ".related, .newsletter, .cookie, .comments, [role=navigation], [role=banner], [role=contentinfo], "
            + "[aria-hidden=true]";

    ParsedArticle parseHtml(String html) {
        Document doc = Jsoup.parse(html);
        LocalDate published = null;
        for (String selector : HTML_PUBLISHED) {
            Element meta = doc.selectFirst(selector);
            if (meta != null && (published = DateParsing.parseDate(meta.attr("content"))) != null) {
                break;
            }
        }
        Element time = doc.selectFirst("article time[datetime], time[datetime]");
        if (published == null && time != null) {
            published = DateParsing.parseDate(time.attr("datetime"));
        }
        String title = firstNonBlank(attr(doc.selectFirst("meta[property=og:title]"), "content"),
                text(doc.selectFirst("article h1, main h1, h1")), doc.title());
        doc.select(BOILERPLATE).remove();
        Element root = firstNonNull(doc.selectFirst("article"), doc.selectFirst("main"),
                doc.selectFirst("[role=main]"), doc.body());
        BodyBuilder body = new BodyBuilder();
        if (root != null) {
            for (Element block : root.select("h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td")) {
                if (!block.children().select("p, li, blockquote, pre").isEmpty() && !block.is("li")) {
                    continue; // a container of other blocks: its children are visited themselves
                }
                String line = block.text().replace('\u00a0', ' ').strip();
                if (!line.isEmpty()) {
                    body.add(line, block.normalName().matches("h[1-6]"));
                }
            }
            if (body.isEmpty()) {
                return parsePlain(root.wholeText(), "html", title, published);
            }
        }
        return body.build("html", title, published);
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    // ---- Markdown --------------------------------------------------------------------------

    ParsedArticle parseMarkdown(String md) {
        String[] lines = md.replace("\r\n", "\n").replace('\r', '\n').split("\n");
        int i = 0;
        String title = null;
        LocalDate published = null;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            for (i = 1; i < lines.length && !lines[i].strip().equals("---"); i++) {
                Matcher m = FRONT_MATTER_LINE.matcher(lines[i]);
                if (m.matches()) {
                    String field = m.group(1).toLowerCase(Locale.ROOT);
                    if (field.equals("title")) {
                        title = m.group(2);
                    } else if (field.startsWith("date") || field.startsWith("published")) {
                        published = DateParsing.parseDate(m.group(2));
                    }
                }
            }
            i++;
        }
        BodyBuilder body = new BodyBuilder();
        StringBuilder paragraph = new StringBuilder();
        boolean inCode = false;
        for (; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            if (inCode) {
                continue;
            }
            Matcher heading = MD_HEADING.matcher(line);
            boolean setextUnderline = i + 1 < lines.length && lines[i + 1].strip().matches("=+|-+")
                    && !line.isEmpty();
            if (line.isEmpty() || heading.matches() || setextUnderline || MD_LIST.matcher(line).find()
                    || line.startsWith(">")) {
                flush(body, paragraph);
            }
            if (heading.matches()) {
                body.add(inline(heading.group(1)), true);
            } else if (setextUnderline) {
                body.add(inline(line), true);
                i++;
            } else if (!line.isEmpty() && !line.matches("[-*_]{3,}")) {
                String content = MD_LIST.matcher(line).replaceFirst("").replaceFirst("^>\\s?", "");
                paragraph.append(paragraph.length() > 0 ? " " : "").append(content);
            }
        }
        flush(body, paragraph);
        return body.build("markdown", title, published);
    }

    private static void flush(BodyBuilder body, StringBuilder paragraph) {
        if (paragraph.length() > 0) {
            body.add(inline(paragraph.toString()), false);
            paragraph.setLength(0);
        }
    }

    private static String inline(String s) {
        String out = MD_LINK.matcher(s).replaceAll("$1");
        String previous;
        do {
            previous = out;
            out = MD_EMPHASIS.matcher(out).replaceAll("$2");
        } while (!out.equals(previous));
        return out.strip();
    }

    // ---- JSON article documents ------------------------------------------------------------

    ParsedArticle parseJson(String json) throws RejectedDocumentException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new RejectedDocumentException("undecodable: invalid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root != null && root.has("article") && root.get("article").isObject()) {
            root = root.get("article");
        }
        if (root == null || !root.isObject()) {
            throw new RejectedDocumentException("JSON article document must be an object with title and body");
        }
        String title = textField(root, JSON_TITLE);
        LocalDate published = DateParsing.parseDate(textField(root, JSON_PUBLISHED));
        JsonNode bodyNode = null;
        for (String f : JSON_BODY) {
            if (root.hasNonNull(f)) {
                bodyNode = root.get(f);
                break;
            }
        }
        if (bodyNode == null) {
            throw new RejectedDocumentException("JSON article document has no body (expected one of "
                    + String.join(", ", JSON_BODY) + ")");
        }
        String body;
        if (bodyNode.isArray()) {
            List<String> parts = new ArrayList<>();
            bodyNode.forEach(n -> parts.add(n.isTextual() ? n.asText() : n.path("text").asText("")));
            body = String.join("\n", parts);
        } else {
            body = bodyNode.asText();
        }
        if (body.matches("(?s).*<(p|div|br|h[1-6])\\b.*")) {
            ParsedArticle html = parseHtml(body);
            return new ParsedArticle("json", firstNonBlank(title, html.title()), html.body(), html.headings(),
                    published, published == null ? null : "document", "en");
        }
        return parsePlain(body, "json", title, published);
    }

    private static String textField(JsonNode node, String[] names) {
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText().strip();
            }
        }
        return null;
    }

    // ---- shared ----------------------------------------------------------------------------

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** Collects blocks into the body text, one per line, remembering which are headings. */
    private static final class BodyBuilder {
        private final StringBuilder text = new StringBuilder();
        private final List<Span> headings = new ArrayList<>();
        private String firstHeading;
        private boolean headingOpensText;

        void add(String block, boolean heading) {
            if (text.length() > 0) {
                text.append('\n');
            }
            if (heading) {
                if (firstHeading == null) {
                    firstHeading = block;
                    headingOpensText = text.length() == 0;
                }
                headings.add(new Span(text.length(), text.length() + block.length()));
            }
            text.append(block);
        }

        boolean isEmpty() {
            return text.length() == 0;
        }

        ParsedArticle build(String format, String knownTitle, LocalDate published) {
            String title = knownTitle;
            if (title == null && headingOpensText) {
                title = firstHeading;
            }
            if (title == null) {
                title = openingSentence(text.toString());
            }
            return new ParsedArticle(format, title, text.toString(), headings, published,
                    published == null ? null : "document", "en");
        }

        private static String openingSentence(String body) {
            String first = body.lines().findFirst().orElse("");
            int end = first.indexOf(". ");
            String sentence = end > 0 ? first.substring(0, end + 1) : first;
            if (sentence.length() <= 140) {
                return sentence;
            }
            int cut = sentence.lastIndexOf(' ', 137);
            return sentence.substring(0, cut > 0 ? cut : 137) + "…";
        }
    }
}
