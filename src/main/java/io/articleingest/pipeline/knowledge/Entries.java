package io.articleingest.pipeline.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading fields of dictionary entries: lists that may be written as one string, optional numbers. */
final class Entries {

    private Entries() {
    }

    static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(x -> {
                if (!x.asText().isBlank()) {
                    out.add(x.asText());
                }
            });
        } else if (!v.asText().isBlank()) {
            out.add(v.asText());
        }
        return out;
    }

    static Double number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isNumber() ? null : v.asDouble();
    }
}
