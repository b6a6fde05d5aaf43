package io.articleingest.pipeline.extract;

/**
 * Why an event field has its value: the id of the rule (or stage) that set it and the words of the
 * sentence it used, for {@code extract --explain}.
 */
public record Because(String rule, String evidence) {
}
