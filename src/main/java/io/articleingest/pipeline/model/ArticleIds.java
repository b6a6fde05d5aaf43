package io.articleingest.pipeline.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The id of the article stored for an S3 object — shared by the pipeline that writes it and the
 * store and queries that find it, so neither has to reach into the other.
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** Stable id of the article at bucket/key: an overwrite of the key replaces the same article. */
    public static String of(String bucket, String key) {
        String source = (bucket == null ? "" : bucket) + "/" + key;
        return sha256(source.getBytes(StandardCharsets.UTF_8)).substring(0, 24);
    }

    /** Hex SHA-256 of the bytes: the article id's source, and the content hash of a document. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
