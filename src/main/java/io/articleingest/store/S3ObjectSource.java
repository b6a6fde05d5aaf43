package io.articleingest.store;

import java.util.Optional;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Reads the current version of an object. The current one, not the version named in the event:
 * an event that arrives after the object was deleted or overwritten then finds nothing (or the
 * newer content) instead of resurrecting a stale version.
 */
public final class S3ObjectSource implements ObjectSource {

    private static final int NOT_FOUND = 404;

    private final S3Client s3;

    public S3ObjectSource(S3Client s3) {
        this.s3 = s3;
    }

    @Override
    public Optional<ObjectInfo> head(String bucket, String key) {
        try {
            HeadObjectResponse head = s3.headObject(r -> r.bucket(bucket).key(key));
            return Optional.of(new ObjectInfo(head.contentLength(), head.versionId(), head.contentType(),
                    head.metadata(), head.lastModified()));
        } catch (S3Exception e) {
            // a HEAD has no body, so a missing key comes back as a bare 404 rather than NoSuchKey
            if (e.statusCode() == NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public Optional<StoredObject> get(String bucket, String key) {
        try {
            ResponseBytes<GetObjectResponse> bytes = s3.getObjectAsBytes(r -> r.bucket(bucket).key(key));
            GetObjectResponse get = bytes.response();
            ObjectInfo info = new ObjectInfo(bytes.asByteArrayUnsafe().length, get.versionId(), get.contentType(),
                    get.metadata(), get.lastModified());
            return Optional.of(new StoredObject(info, bytes.asByteArrayUnsafe()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }
}
