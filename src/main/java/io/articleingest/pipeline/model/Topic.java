package io.articleingest.pipeline.model;

import java.util.List;

/**
 * An IPTC Media Topic assigned to an article.
 *
 * @param code     {@code medtop:NNNNNNNN}
 * @param label    the IPTC English label
 * @param score    0…1
 * @param evidence the terms or sentences that carried the topic
 */
public record Topic(String code, String label, double score, List<String> evidence) {
    public Topic {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
