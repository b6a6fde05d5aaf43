package io.articleingest.pipeline.text;

/**
 * A sentence of the article body.
 *
 * @param index     position among the body's sentences
 * @param start     offset of the first character in the body
 * @param end       offset after the last character
 * @param paragraph index of the line (block) the sentence belongs to
 * @param heading   true for a headline or section title, which never yields events
 */
public record Sentence(int index, int start, int end, int paragraph, boolean heading, String text) {
}
