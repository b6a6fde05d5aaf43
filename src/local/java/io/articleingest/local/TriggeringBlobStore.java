package io.articleingest.local;

import java.io.InputStream;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.blobstore.domain.MultipartUpload;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.CopyObjectResponse;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * S3Proxy's blob store with S3 event notifications: after every write that S3 would announce —
 * a put, a copy, a completed multipart upload, a delete — whichever client made it (the SDK,
 * {@code aws s3 cp}, a browser), the listener hears of it, as a Lambda function hears of it from S3.
 */
public final class TriggeringBlobStore extends ForwardingBlobStore {

    /** What S3 would notify. */
    public interface Listener {
        void created(String eventName, String bucket, String key, long size, String eTag, String versionId);

        void removed(String bucket, String key, String versionId);
    }

    /** S3Proxy keeps multipart stubs under this prefix; S3 never announces them. */
    private static final String INTERNAL_PREFIX = ".s3proxy-";

    private final Listener listener;

    public TriggeringBlobStore(BlobStore delegate, Listener listener) {
        super(delegate);
        this.listener = listener;
    }

    @Override
    public PutObjectResponse putBlob(PutObjectRequest request, InputStream content) {
        PutObjectResponse response = super.putBlob(request, content);
        created("ObjectCreated:Put", request.bucket(), request.key(), response.eTag(), response.versionId());
        return response;
    }

    @Override
    public CopyObjectResponse copyBlob(CopyObjectRequest request) {
        CopyObjectResponse response = super.copyBlob(request);
        created("ObjectCreated:Copy", request.destinationBucket(), request.destinationKey(),
                response.copyObjectResult() == null ? null : response.copyObjectResult().eTag(), response.versionId());
        return response;
    }

    @Override
    public CompleteMultipartUploadResponse completeMultipartUpload(MultipartUpload upload,
                                                                   CompleteMultipartUploadRequest request) {
        CompleteMultipartUploadResponse response = super.completeMultipartUpload(upload, request);
        created("ObjectCreated:CompleteMultipartUpload", upload.containerName(), upload.blobName(), response.eTag(),
                response.versionId());
        return response;
    }

    @Override
    public DeleteObjectResponse removeBlob(DeleteObjectRequest request) {
        DeleteObjectResponse response = super.removeBlob(request);
        if (!request.key().startsWith(INTERNAL_PREFIX)) {
            listener.removed(request.bucket(), request.key(), response.versionId());
        }
        return response;
    }

    private void created(String eventName, String bucket, String key, String eTag, String versionId) {
        if (key.startsWith(INTERNAL_PREFIX)) {
            return;
        }
        HeadObjectResponse head = delegate().blobMetadata(HeadObjectRequest.builder().bucket(bucket).key(key).build());
        long size = head == null || head.contentLength() == null ? 0 : head.contentLength();
        listener.created(eventName, bucket, key, size, eTag == null ? "" : eTag.replace("\"", ""), versionId);
    }
}
