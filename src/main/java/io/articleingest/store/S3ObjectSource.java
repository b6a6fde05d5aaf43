package io.articleingest.store;

import java.util.Optional;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Reads the current state of an object. The current one, not the version named in the event:
 * what is stored must match what S3 holds now, so an event that arrives after the object was
 * deleted or overwritten finds nothing (or the newer content) instead of resurrecting a stale
 * version. A GET names the version (or ETag) its HEAD saw, so the bytes always belong to it.
 */
public final class S3ObjectSource implements ObjectSource {

    private static final int NOT_FOUND = 404;
    /** If-Match failed: the key was overwritten between HEAD and GET. */
    private static final int PRECONDITION_FAILED = 412;

    private final S3Client s3;

    public S3ObjectSource(S3Client s3) {
        this.s3 = s3;
    }

    @Override
    public Optional<ObjectInfo> head(String bucket, String key) {
        try {
            HeadObjectResponse head = s3.headObject(r -> r.bucket(bucket).key(key));
            if (Boolean.TRUE.equals(head.deleteMarker())) {
                return Optional.empty();
            }
            return Optional.of(new ObjectInfo(head.contentLength(), head.versionId(), head.eTag(), head.contentType(),
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
    public Optional<StoredObject> get(String bucket, String key, ObjectInfo expected) {
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(bucket).key(key);
        if (expected.versionId() != null) {
            request.versionId(expected.versionId());
        } else if (expected.eTag() != null) {
            request.ifMatch("\"" + expected.eTag() + "\"");
        }
        try {
            ResponseBytes<GetObjectResponse> bytes = s3.getObjectAsBytes(request.build());
            GetObjectResponse get = bytes.response();
            ObjectInfo info = new ObjectInfo(bytes.asByteArrayUnsafe().length, get.versionId(), get.eTag(),
                    get.contentType(), get.metadata(), get.lastModified());
            return info.state().equals(expected.state()) ? Optional.of(new StoredObject(info, bytes.asByteArrayUnsafe()))
                    : Optional.empty();
        } catch (S3Exception e) {
            // NoSuchKey / NoSuchVersion (404): deleted since the HEAD; 412: overwritten since the HEAD
            if (e.statusCode() == NOT_FOUND || e.statusCode() == PRECONDITION_FAILED) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
