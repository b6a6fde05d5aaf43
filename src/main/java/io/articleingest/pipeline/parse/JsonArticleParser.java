package io.articleingest.pipeline.parse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articleingest.pipeline.ParsedArticle;
import io.articleingest.pipeline.RejectedDocumentException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * JSON article documents: an object (or {@code {"article": {…}}}) with a title, a body as a string
 * (plain text or HTML) or as an array of paragraphs (strings or {@code {"text": …}} objects), and
 * a publication date. Anything else — a number, an array, a body of the wrong type — is refused
 * with what was expected. Jackson's stream limits (nesting depth, number and string length) turn
 * hostile nesting into an "invalid JSON" rejection instead of a stack overflow.
 */
public final class JsonArticleParser implements DocumentParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TITLE = List.of("title", "headline", "name");
    private static final List<String> BODY = List.of("body", "text", "content", "articleBody", "paragraphs");
    private static final List<String> PUBLISHED = List.of("published", "publishedAt", "datePublished", "published_at",
            "date", "pubDate");
    private static final Pattern HTML_BLOCK = Pattern.compile("<(p|div|br|h[1-6])\\b", Pattern.CASE_INSENSITIVE);

    private final PlainTextParser plain = new PlainTextParser();
    private final HtmlParser html = new HtmlParser();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public ParsedArticle parse(String json) throws RejectedDocumentException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (StreamConstraintsException e) {
            throw new RejectedDocumentException("undecodable: invalid JSON (" + e.getOriginalMessage() + ")");
        } catch (JsonProcessingException e) {
            // the parser's message quotes the offending text: the reason (stored, logged) gives only the place
            JsonLocation at = e.getLocation();
            throw new RejectedDocumentException("undecodable: invalid JSON" + (at == null ? ""
                    : " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
        }
        if (root != null && root.path("article").isObject()) {
            root = root.get("article");
        }
        if (root == null || !root.isObject()) {
            throw new RejectedDocumentException("JSON article document must be an object with title and body, got "
                    + kind(root));
        }
        String title = textField(root, TITLE);
        LocalDate published = DateParsing.parseDate(textField(root, PUBLISHED));
        String bodyField = BODY.stream().filter(root::hasNonNull).findFirst().orElseThrow(() ->
                new RejectedDocumentException("JSON article document has no body (expected one of "
                        + String.join(", ", BODY) + ")"));
        String body = bodyText(bodyField, root.get(bodyField));
        if (HTML_BLOCK.matcher(body).find()) {
            return html.parse(body, format(), title, published);
        }
        return plain.parse(body, format(), title, published);
    }

    /** A string, or an array of strings / {@code {"text": …}} paragraphs joined one per line. */
    private static String bodyText(String field, JsonNode node) throws RejectedDocumentException {
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode paragraph : node) {
                JsonNode text = paragraph.isObject() ? paragraph.get("text") : paragraph;
                if (text == null || !text.isTextual()) {
                    throw new RejectedDocumentException("JSON field " + field + " must hold strings or {\"text\": …} "
                            + "paragraphs, got " + kind(paragraph));
                }
                parts.add(text.asText());
            }
            return String.join("\n", parts);
        }
        throw new RejectedDocumentException("JSON field " + field + " must be a string or an array of paragraphs, got "
                + kind(node));
    }

    private static String textField(JsonNode node, List<String> names) {
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText().strip();
            }
        }
        return null;
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case STRING -> "a string";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
