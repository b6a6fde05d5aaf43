package io.articleingest.testing;

import io.articleingest.pipeline.ArticleParser;
import io.articleingest.pipeline.RejectedDocumentException;
import io.articleingest.pipeline.parse.TextDecoder;
import io.articleingest.store.ExtractionItems;
import io.articleingest.store.ObjectSource.ObjectInfo;
import io.articleingest.store.S3ObjectSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Whether a key's records match what S3 holds now, item by item: no object → no item at all; an
 * object → one COMPLETE article for its current state and its content, as many event items as the
 * article counts, each quoting a sentence of the current content (an event of an older version
 * is stale), and no lease left behind.
 */
public final class RecordsCheck {

    private RecordsCheck() {
    }

    /** The problems found; empty when the records match the bucket. */
    public static List<String> problems(EmulatedAws aws, String key) {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, AttributeValue>> items = aws.allItems(key);
        Optional<ObjectInfo> head = new S3ObjectSource(aws.s3()).head(EmulatedAws.BUCKET, key);
        if (head.isEmpty()) {
            if (!items.isEmpty()) {
                problems.add(key + ": object gone, " + items.size() + " items left: " + items.keySet());
            }
            return problems;
        }
        Map<String, AttributeValue> article = items.get(aws.articlesTable() + "/ARTICLE");
        if (article == null) {
            problems.add(key + ": no article record for the object");
            return problems;
        }
        byte[] bytes = aws.s3().getObjectAsBytes(b -> b.bucket(EmulatedAws.BUCKET).key(key)).asByteArray();
        String content = text(key, bytes);
        if (!head.get().state().equals(article.get(ExtractionItems.OBJECT_STATE).s())) {
            problems.add(key + ": article describes state " + article.get(ExtractionItems.OBJECT_STATE).s()
                    + ", S3 holds " + head.get().state());
        }
        if (!ExtractionItems.COMPLETE.equals(article.get(ExtractionItems.STORE_STATE).s())) {
            problems.add(key + ": article not complete");
        }
        if (!sha256(bytes).equals(article.get("contentSha256").s())) {
            problems.add(key + ": article is of other content");
        }
        long events = aws.itemsWithPrefix(items, ExtractionItems.EVENT_PREFIX);
        if (events != Long.parseLong(article.get("eventCount").n())) {
            problems.add(key + ": " + events + " event items, the article counts " + article.get("eventCount").n());
        }
        items.forEach((sk, item) -> {
            AttributeValue sentence = item.get("sentence");
            if (sentence != null && !content.contains(sentence.s())) {
                problems.add(key + ": stale item " + sk + " quotes \"" + sentence.s() + "\"");
            }
            if (sk.endsWith("/LEASE")) {
                problems.add(key + ": lease left behind");
            }
        });
        return problems;
    }

    /** The object's text as the function decodes it (any encoding), or nothing for a rejected one. */
    private static String text(String key, byte[] bytes) {
        try {
            return TextDecoder.decode(bytes, null, ArticleParser.formatOf(key, null));
        } catch (RejectedDocumentException e) {
            return "";
        }
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
