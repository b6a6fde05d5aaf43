package io.articleingest.handler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.services.s3.S3Client;

/** The user's dictionary named by {@code EXTRA_KNOWLEDGE}, made a local path for the pipeline. */
public final class ExtraKnowledge {

    private ExtraKnowledge() {
    }

    /**
     * A path (e.g. in a Lambda layer, {@code /opt/knowledge}) as it is, or an
     * {@code s3://bucket/key.yaml} object fetched once per container into /tmp; null when unset.
     */
    public static Path fetch(String location, S3Client s3) {
        if (location == null || location.isBlank()) {
            return null;
        }
        if (!location.startsWith("s3://")) {
            return Path.of(location);
        }
        String rest = location.substring("s3://".length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) {
            throw new IllegalStateException("EXTRA_KNOWLEDGE must be s3://bucket/key, got " + location);
        }
        try {
            Path file = Files.createTempFile("extra-knowledge", ".yaml");
            Files.write(file, s3.getObjectAsBytes(b -> b.bucket(rest.substring(0, slash))
                    .key(rest.substring(slash + 1))).asByteArray());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the extra dictionary in /tmp", e);
        }
    }
}
