package io.articleingest.pipeline.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The article record of the extraction contract ({@code shared/contract/extraction-output.md}).
 * Field names are fixed by the contract; fields after {@code extractorVersion} are additions.
 */
public record Article(
        String articleId, String bucket, String key, String versionId, String contentSha256, long sizeBytes,
        String format, String title, String publishedAt, String language, int wordCount, int sentenceCount,
        List<Topic> topics, List<ArticleEntity> entities, int eventCount, String status, String extractorVersion,
        @JsonInclude(JsonInclude.Include.NON_NULL) String rejectionReason,
        @JsonInclude(JsonInclude.Include.NON_NULL) String publishedSource) {

    public static final String PROCESSED = "PROCESSED";
    public static final String REJECTED = "REJECTED";

    public Article {
        topics = topics == null ? List.of() : List.copyOf(topics);
        entities = entities == null ? List.of() : List.copyOf(entities);
    }
}
