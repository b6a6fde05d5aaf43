package io.articleingest.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Hand-written mapping between Java values and DynamoDB attributes, both ways. Null values are
 * left out of an item rather than stored as NULL, so the console shows only what is known.
 */
final class Item {

    private final Map<String, AttributeValue> attributes = new LinkedHashMap<>();

    static Item create() {
        return new Item();
    }

    Item s(String name, String value) {
        if (value != null) {
            attributes.put(name, AttributeValue.fromS(value));
        }
        return this;
    }

    Item n(String name, Number value) {
        if (value != null && !(value instanceof Double d && !Double.isFinite(d))) {
            attributes.put(name, AttributeValue.fromN(number(value)));
        }
        return this;
    }

    Item strings(String name, List<String> values) {
        return list(name, values, AttributeValue::fromS);
    }

    <T> Item list(String name, List<T> values, Function<T, AttributeValue> element) {
        if (values != null) {
            attributes.put(name, AttributeValue.fromL(values.stream().map(element).toList()));
        }
        return this;
    }

    Item map(String name, Item value) {
        if (value != null) {
            attributes.put(name, value.asAttribute());
        }
        return this;
    }

    AttributeValue asAttribute() {
        return AttributeValue.fromM(Map.copyOf(attributes));
    }

    Map<String, AttributeValue> build() {
        return Map.copyOf(attributes);
    }

    private static String number(Number value) {
        return value instanceof Double d ? BigDecimal.valueOf(d).toPlainString() : value.toString();
    }

    // ---- reading ---------------------------------------------------------------------------

    static String s(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null ? null : v.s();
    }

    static Integer integer(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || v.n() == null ? null : Integer.valueOf(v.n());
    }

    static int intOrZero(Map<String, AttributeValue> item, String name) {
        Integer v = integer(item, name);
        return v == null ? 0 : v;
    }

    static Double decimal(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || v.n() == null ? null : Double.valueOf(v.n());
    }

    static double decimalOrZero(Map<String, AttributeValue> item, String name) {
        Double v = decimal(item, name);
        return v == null ? 0 : v;
    }

    static Map<String, AttributeValue> m(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || !v.hasM() ? null : v.m();
    }

    static <T> List<T> list(Map<String, AttributeValue> item, String name, Function<AttributeValue, T> element) {
        AttributeValue v = item.get(name);
        List<T> out = new ArrayList<>();
        if (v != null && v.hasL()) {
            v.l().forEach(e -> out.add(element.apply(e)));
        }
        return out;
    }
}
