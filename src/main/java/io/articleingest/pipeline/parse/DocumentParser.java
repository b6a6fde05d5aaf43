package io.articleingest.pipeline.parse;

import io.articleingest.pipeline.ParsedArticle;
import io.articleingest.pipeline.RejectedDocumentException;

/**
 * One document format (plain text, HTML, Markdown, JSON article documents): decoded text in, body
 * with title, headings and publication date out. Implementations run in time linear in the text:
 * no backtracking regular expression meets unbounded input, no pass is repeated per block or per
 * nesting level, so a hostile file costs what a normal file of its size costs.
 */
public interface DocumentParser {

    /** The format's name as stored in the article record ({@code text}, {@code html}…). */
    String format();

    /** @throws RejectedDocumentException when the text is no article of this format (e.g. malformed JSON) */
    ParsedArticle parse(String text) throws RejectedDocumentException;
}
