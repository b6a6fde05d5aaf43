package io.articleingest.pipeline.model;

/** An actor mentioned in an article, with how often. */
public record ArticleEntity(String name, String country, String sector, int mentions) {
}
