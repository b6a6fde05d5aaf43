package io.articleingest.testing;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** DynamoDB's item size: names and values in UTF-8, numbers as their digits, nested maps and lists. */
public final class ItemSize {

    /** DynamoDB refuses items above this. */
    public static final int LIMIT = 400 * 1024;

    private ItemSize() {
    }

    public static long of(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> a : item.entrySet()) {
            size += utf8(a.getKey()) + of(a.getValue());
        }
        return size;
    }

    private static long of(AttributeValue v) {
        if (v.s() != null) {
            return utf8(v.s());
        }
        if (v.n() != null) {
            return v.n().length();
        }
        if (v.hasM()) {
            return 3 + of(v.m()) + v.m().size();
        }
        if (v.hasL()) {
            return 3 + v.l().stream().mapToLong(e -> 1 + of(e)).sum();
        }
        return 1;
    }

    private static long utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
