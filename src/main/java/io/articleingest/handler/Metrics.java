package io.articleingest.handler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CloudWatch metrics of one invocation as an embedded-metric-format log line: CloudWatch turns
 * the line into metrics in namespace {@value #NAMESPACE} without any API call from the function.
 */
final class Metrics {

    static final String NAMESPACE = "ArticleIngest";
    static final List<String> NAMES = List.of("ArticlesProcessed", "ArticlesRejected", "ArticlesDeleted",
            "EventsWritten", "ProcessingMs");

    private final Map<String, Long> values = new LinkedHashMap<>();

    Metrics() {
        NAMES.forEach(n -> values.put(n, 0L));
    }

    void add(String name, long value) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("not a metric: " + name);
        }
        values.merge(name, value, Long::sum);
    }

    /** The fields of the EMF line: the {@code _aws} metadata and one value per metric. */
    Object[] emfFields(long timestampMillis) {
        List<Map<String, String>> definitions = NAMES.stream()
                .map(n -> Map.of("Name", n, "Unit", n.endsWith("Ms") ? "Milliseconds" : "Count")).toList();
        Map<String, Object> aws = Map.of("Timestamp", timestampMillis, "CloudWatchMetrics",
                List.of(Map.of("Namespace", NAMESPACE, "Dimensions", List.of(List.of("Service")),
                        "Metrics", definitions)));
        Object[] fields = new Object[4 + 2 * values.size()];
        fields[0] = "_aws";
        fields[1] = aws;
        fields[2] = "Service";
        fields[3] = "article-ingest";
        int i = 4;
        for (Map.Entry<String, Long> v : values.entrySet()) {
            fields[i++] = v.getKey();
            fields[i++] = v.getValue();
        }
        return fields;
    }
}
