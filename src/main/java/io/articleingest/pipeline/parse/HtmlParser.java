package io.articleingest.pipeline.parse;

import io.articleingest.pipeline.ParsedArticle;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * HTML via jsoup (an HTML5 parser: no DTDs, no entity expansion beyond HTML's named characters).
 * The story is the first {@code article}, else {@code main}, else the body, without boilerplate
 * (navigation, scripts, ads, share bars…); its paragraphs, list items, quotes and headings are the
 * blocks. One walk over the tree does it all, so a page nested 100 000 levels deep costs what a
 * flat page of the same size costs (a selector per block, or per ancestor, would not).
 */
public final class HtmlParser implements DocumentParser {

    // selectors parsed once: jsoup parses a selector string again on every call
    private static final List<Evaluator> PUBLISHED_META = Stream.of("meta[property=article:published_time]",
            "meta[name=article:published_time]", "meta[itemprop=datePublished]", "meta[name=date]",
            "meta[name=pubdate]", "meta[name=publish-date]", "meta[name=dc.date]", "meta[name=DC.date.issued]")
            .map(QueryParser::parse).toList();
    private static final Evaluator OG_TITLE = QueryParser.parse("meta[property=og:title]");
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator TIME = QueryParser.parse("time[datetime]");
    private static final Evaluator ARTICLE = QueryParser.parse("article");
    private static final Evaluator MAIN = QueryParser.parse("main");
    private static final Evaluator ROLE_MAIN = QueryParser.parse("[role=main]");
    private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote",
            "pre", "td");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BOILERPLATE_TAGS = Set.of("script", "style", "noscript", "nav", "footer",
            "aside", "form", "iframe", "svg", "button", "template");
    private static final Set<String> BOILERPLATE_CLASSES = Set.of("advert", "ad", "ads", "share", "social", "related",
            "newsletter", "cookie", "comments");
    private static final Set<String> BOILERPLATE_ROLES = Set.of("navigation", "banner", "contentinfo");

    private final PlainTextParser plain = new PlainTextParser();

    @Override
    public String format() {
        return "html";
    }

    @Override
    public ParsedArticle parse(String html) {
        return parse(html, format(), null, null);
    }

    /** HTML inside another format (a JSON body): its declared title and date take precedence. */
    ParsedArticle parse(String html, String format, String knownTitle, LocalDate knownPublished) {
        Document doc = Jsoup.parse(html);
        LocalDate published = knownPublished != null ? knownPublished : published(doc);
        String title = firstNonBlank(knownTitle, attr(doc.selectFirst(OG_TITLE), "content"),
                text(doc.selectFirst(H1)), doc.title());
        Element root = firstNonNull(doc.selectFirst(ARTICLE), doc.selectFirst(MAIN), doc.selectFirst(ROLE_MAIN), doc.body());
        BlockCollector blocks = new BlockCollector();
        if (root != null) {
            NodeTraversor.filter(blocks, root);
        }
        if (blocks.body.isEmpty()) {
            // no paragraphs at all (text straight in divs, or a <pre>-less dump): read it as plain text
            return plain.parse(blocks.loose.toString(), format, title, published);
        }
        return blocks.body.build(format, title, published);
    }

    private static LocalDate published(Document doc) {
        for (Evaluator selector : PUBLISHED_META) {
            Element meta = doc.selectFirst(selector);
            LocalDate date = meta == null ? null : DateParsing.parseDate(meta.attr("content"));
            if (date != null) {
                return date;
            }
        }
        Element time = doc.selectFirst(TIME);
        return time == null ? null : DateParsing.parseDate(time.attr("datetime"));
    }

    /**
     * Walks the story once. Text goes to the innermost open block; a block nested in another one
     * ends the text of the outer block written so far, so blocks come out in reading order. Text
     * outside any block is kept apart, line by line, for pages without blocks.
     */
    private static final class BlockCollector implements NodeFilter {
        private final BodyBuilder body = new BodyBuilder();
        private final StringBuilder loose = new StringBuilder();
        private final Deque<Element> openBlocks = new ArrayDeque<>();
        private final Deque<StringBuilder> openText = new ArrayDeque<>();
        private int articleDepth;
        private int figureDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                (openText.isEmpty() ? loose : openText.peek()).append(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            if (isBoilerplate(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = e.normalName();
            articleDepth += tag.equals("article") ? 1 : 0;
            figureDepth += tag.equals("figure") ? 1 : 0;
            if (BLOCKS.contains(tag)) {
                if (!openText.isEmpty()) {
                    flush(openBlocks.peek(), openText.peek());
                }
                openBlocks.push(e);
                openText.push(new StringBuilder());
            } else if (tag.equals("br") || e.isBlock()) {
                (openText.isEmpty() ? loose : openText.peek()).append(openText.isEmpty() ? '\n' : ' ');
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                articleDepth -= tag.equals("article") ? 1 : 0;
                figureDepth -= tag.equals("figure") ? 1 : 0;
                if (!openBlocks.isEmpty() && openBlocks.peek() == e) {
                    openBlocks.pop();
                    flush(e, openText.pop());
                } else if (openText.isEmpty() && e.isBlock()) {
                    loose.append('\n');
                }
            }
            return FilterResult.CONTINUE;
        }

        private void flush(Element block, StringBuilder text) {
            String line = collapseWhitespace(text);
            text.setLength(0);
            if (!line.isEmpty()) {
                body.add(line, HEADINGS.contains(block.normalName()));
            }
        }

        /** Boilerplate by tag, class, role or aria-hidden; a header outside an article; a figure's caption. */
        private boolean isBoilerplate(Element e) {
            String tag = e.normalName();
            if (BOILERPLATE_TAGS.contains(tag) || (tag.equals("header") && articleDepth == 0)
                    || (tag.equals("figcaption") && figureDepth > 0)
                    || BOILERPLATE_ROLES.contains(e.attr("role")) || e.attr("aria-hidden").equals("true")) {
                return true;
            }
            if (!e.hasAttr("class")) {
                return false;
            }
            for (String c : e.classNames()) {
                if (BOILERPLATE_CLASSES.contains(c)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Runs of whitespace (non-breaking spaces included) become one space; ends are trimmed. */
    static String collapseWhitespace(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
