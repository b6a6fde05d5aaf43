package io.articleingest.pipeline;

import io.articleingest.pipeline.classify.TopicClassifier;
import io.articleingest.pipeline.extract.AnnotatedArticle;
import io.articleingest.pipeline.extract.EventExtractor;
import io.articleingest.pipeline.model.Article;
import io.articleingest.pipeline.model.ArticleIds;
import io.articleingest.pipeline.model.ExtractionResult;
import io.articleingest.pipeline.model.RawDocument;
import io.articleingest.pipeline.model.Topic;
import io.articleingest.pipeline.parse.DateParsing;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * parse → classify → extract, in pure Java. Built once per container (dictionaries load here),
 * then {@link #process} is called per document. A document with a permanent problem comes back
 * as a REJECTED article with its reason; nothing here throws for bad input.
 */
public final class Pipeline {

    public static final String EXTRACTOR_VERSION = "article-ingest/0.1.0";

    private final ArticleParser parser;
    private final TopicClassifier classifier;
    private final EventExtractor extractor;

    public Pipeline(ArticleParser parser, TopicClassifier classifier, EventExtractor extractor) {
        this.parser = parser;
        this.classifier = classifier;
        this.extractor = extractor;
    }

    /** The standard pipeline with the bundled dictionaries (and any configured extra ones). */
    public static Pipeline standard() {
        String extra = System.getenv("EXTRA_KNOWLEDGE");
        if (extra != null && extra.startsWith("s3://")) {
            throw new IllegalArgumentException("EXTRA_KNOWLEDGE names an S3 object (" + extra + "); here it must be a "
                    + "local file or folder: copy it (aws s3 cp) and point EXTRA_KNOWLEDGE at the copy");
        }
        return standard(extra == null || extra.isBlank() ? null : java.nio.file.Path.of(extra));
    }

    /** The standard pipeline with a user's dictionary file or folder merged over the bundled ones. */
    public static Pipeline standard(java.nio.file.Path extraKnowledge) {
        TopicClassifier classifier = TopicClassifier.load();
        return new Pipeline(new ArticleParser(), classifier, EventExtractor.load(extraKnowledge));
    }

    /** A result with the annotated article the extractor built, for {@code extract --explain}. */
    public record Explained(ExtractionResult result, AnnotatedArticle annotated) {
    }

    /**
     * @param fallbackPublished publication date to use when neither document, metadata nor upload
     *                          time gives one (the CLI's {@code --published}); may be null
     */
    public ExtractionResult process(RawDocument doc, LocalDate fallbackPublished) {
        return explain(doc, fallbackPublished).result();
    }

    /** The same, with the annotated article (null for a rejected document), whose drafts say why. */
    public Explained explain(RawDocument doc, LocalDate fallbackPublished) {
        String articleId = ArticleIds.of(doc.bucket(), doc.key());
        ParsedArticle parsed;
        try {
            parsed = parser.parse(doc);
        } catch (RejectedDocumentException e) {
            return new Explained(rejected(doc, doc.content().length, e.getMessage()), null);
        }
        parsed = withPublicationDate(parsed, doc, fallbackPublished);
        List<Topic> topics;
        EventExtractor.Extraction extraction;
        try {
            topics = classifier.classify(parsed);
            extraction = extractor.extract(parsed, articleId, classifier.contextEvidence(parsed));
        } catch (RuntimeException e) {
            // a defect met on one document must not fail the invocation again and again: the
            // article is recorded with the reason, and reprocessing it after a fix replaces it
            return new Explained(rejected(doc, doc.content().length, "extraction failed: " + e), null);
        }
        String words = parsed.body().strip();
        int wordCount = words.isEmpty() ? 0 : words.split("\\s+").length;
        Article article = new Article(articleId, doc.bucket(), doc.key(), doc.versionId(), ArticleIds.sha256(doc.content()),
                doc.content().length, parsed.format(), parsed.title(),
                parsed.publishedAt() == null ? null : parsed.publishedAt().toString(), parsed.language(),
                wordCount, extraction.sentenceCount(), topics, extraction.entities(), extraction.events().size(),
                Article.PROCESSED, EXTRACTOR_VERSION, null, parsed.publishedSource());
        return new Explained(new ExtractionResult(article, extraction.events()), extraction.annotated());
    }

    /** The record of a document refused before or during parsing; {@code doc.content()} may be empty. */
    public ExtractionResult rejected(RawDocument doc, long sizeBytes, String reason) {
        String sha = doc.content().length == sizeBytes ? ArticleIds.sha256(doc.content()) : null;
        Article article = new Article(ArticleIds.of(doc.bucket(), doc.key()), doc.bucket(), doc.key(), doc.versionId(),
                sha, sizeBytes, ArticleParser.formatOf(doc.key(), doc.contentType()), null, null, null, 0, 0,
                List.of(), List.of(), 0, Article.REJECTED, EXTRACTOR_VERSION, reason, null);
        return new ExtractionResult(article, List.of());
    }

    private static ParsedArticle withPublicationDate(ParsedArticle parsed, RawDocument doc, LocalDate fallback) {
        if (parsed.publishedAt() != null) {
            return parsed;
        }
        LocalDate fromMetadata = DateParsing.parseDate(doc.metadata().get("published"));
        if (fromMetadata != null) {
            return parsed.withPublished(fromMetadata, "metadata");
        }
        if (fallback != null) {
            return parsed.withPublished(fallback, "default");
        }
        if (doc.uploadedAt() != null) {
            return parsed.withPublished(LocalDate.ofInstant(doc.uploadedAt(), ZoneOffset.UTC), "upload");
        }
        return parsed;
    }
}
