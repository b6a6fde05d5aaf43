package io.articleingest.cli;

import java.util.Arrays;
import java.util.stream.Collectors;

/** RFC 4180 lines: a field with a comma, quote or line break is quoted, quotes doubled. */
final class Csv {

    private Csv() {
    }

    static String line(String... fields) {
        return Arrays.stream(fields).map(Csv::field).collect(Collectors.joining(","));
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
