package io.articleingest.pipeline.text;

/** A half-open range [start, end) of characters in the article body. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    public int length() {
        return end - start;
    }
}
