package io.articleingest.pipeline;

/**
 * A permanent problem with the document itself (unsupported format, too large, undecodable, empty).
 * Retrying cannot help: the article is stored with status REJECTED and this reason.
 */
public class RejectedDocumentException extends Exception {
    public RejectedDocumentException(String reason) {
        super(reason);
    }
}
