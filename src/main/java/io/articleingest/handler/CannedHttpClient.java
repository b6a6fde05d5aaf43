package io.articleingest.handler;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An HTTP client that answers every S3 and DynamoDB request from memory, as an empty account
 * would: S3 holds one object (HEAD and GET answer with it), DynamoDB holds no item and accepts
 * every write. It lets {@link Priming} run the SDK's signing, marshalling and unmarshalling paths
 * before a SnapStart snapshot without a network call. Not thread-safe: priming is single-threaded.
 */
final class CannedHttpClient implements SdkHttpClient {

    /** What DynamoDB answers an empty table; any other operation answers {@code {}}. */
    private static final Map<String, String> DYNAMO_ANSWERS = Map.of(
            "DynamoDB_20120810.Query", "{\"Count\":0,\"Items\":[],\"ScannedCount\":0}",
            "DynamoDB_20120810.BatchWriteItem", "{\"UnprocessedItems\":{}}");
    private static final String DYNAMO_TARGET = "X-Amz-Target";

    private final byte[] object;
    private final String contentType;
    private final List<String> requests = new ArrayList<>();

    /** @param object the body of the one S3 object, whatever the key */
    CannedHttpClient(byte[] object, String contentType) {
        this.object = object.clone();
        this.contentType = contentType;
    }

    /** The requests answered so far: {@code S3 HEAD}, {@code S3 GET}, {@code DynamoDB_20120810.PutItem}… */
    List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                return answer(request);
            }

            @Override
            public void abort() {
                // answers are immediate: nothing to abort
            }
        };
    }

    private HttpExecuteResponse answer(HttpExecuteRequest request) {
        String target = request.httpRequest().firstMatchingHeader(DYNAMO_TARGET).orElse(null);
        if (target != null) {
            requests.add(target);
            byte[] body = DYNAMO_ANSWERS.getOrDefault(target, "{}").getBytes(StandardCharsets.UTF_8);
            return response(SdkHttpResponse.builder().statusCode(200)
                    .putHeader("Content-Type", "application/x-amz-json-1.0"), body);
        }
        SdkHttpMethod method = request.httpRequest().method();
        requests.add("S3 " + method);
        SdkHttpResponse.Builder head = SdkHttpResponse.builder().statusCode(200)
                .putHeader("Content-Length", String.valueOf(object.length))
                .putHeader("Content-Type", contentType)
                .putHeader("ETag", "\"00000000000000000000000000000000\"")
                .putHeader("Last-Modified", "Tue, 04 Mar 2025 10:00:00 GMT");
        return response(head, method == SdkHttpMethod.GET ? object : new byte[0]);
    }

    private static HttpExecuteResponse response(SdkHttpResponse.Builder head, byte[] body) {
        return HttpExecuteResponse.builder().response(head.build())
                .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body))).build();
    }

    @Override
    public String clientName() {
        return "Canned";
    }

    @Override
    public void close() {
        // holds no connection
    }
}
