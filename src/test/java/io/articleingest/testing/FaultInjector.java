package io.articleingest.testing;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Faults injected at the SDK layer, in front of the real emulators: the request reaches DynamoDB
 * Local or S3Proxy (or, for a "killed" function, never leaves), and what comes back is what AWS
 * sends on a bad day. A rule picks the n-th call of an operation and hits every attempt of it,
 * so the SDK's own retries are used up as they would be by a persisting fault.
 */
public final class FaultInjector implements ExecutionInterceptor {

    /** What happens to a picked call. */
    public enum Fault {
        /** 400 ThrottlingException after the request was served (an ambiguous failure). */
        THROTTLING,
        /** 500 InternalServerError after the request was served. */
        SERVER_ERROR,
        /** 400 ValidationException "Item size has exceeded the maximum allowed size": permanent. */
        ITEM_TOO_LARGE,
        /** BatchWriteItem: half of the items are held back and returned as UnprocessedItems. */
        UNPROCESSED_ITEMS,
        /** The function is killed: this call and every later call of the client never leave. */
        KILLED
    }

    /** The process died: nothing it does reaches AWS any more. */
    public static final class Killed extends RuntimeException {
        Killed(String operation) {
            super("killed before " + operation);
        }
    }

    private record Rule(String operation, int nthCall, int calls, Fault fault, Runnable action) {
    }

    private static final ExecutionAttribute<Fault> PICKED = new ExecutionAttribute<>("injected-fault");
    private static final ExecutionAttribute<List<WriteRequest>> HELD_BACK = new ExecutionAttribute<>("held-back");

    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final AtomicInteger injected = new AtomicInteger();
    private volatile boolean killed;

    /** Hits calls {@code nthCall} to {@code nthCall + count - 1} (1-based) of an operation ("BatchWriteItem"). */
    public FaultInjector on(String operation, int nthCall, int count, Fault fault) {
        rules.add(new Rule(operation, nthCall, count, fault, null));
        return this;
    }

    /** Runs {@code action} just before the n-th call of an operation is sent (e.g. delete the object). */
    public FaultInjector before(String operation, int nthCall, Runnable action) {
        rules.add(new Rule(operation, nthCall, 1, null, action));
        return this;
    }

    /** How many calls (attempts included) were hit. */
    public int injected() {
        return injected.get();
    }

    /** Every operation called so far (with no rule, the injector only records). */
    public java.util.Set<String> operations() {
        return new java.util.TreeSet<>(calls.keySet());
    }

    public int calls(String operation) {
        AtomicInteger n = calls.get(operation);
        return n == null ? 0 : n.get();
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (killed) {
            throw new Killed(operation);
        }
        int n = calls.computeIfAbsent(operation, o -> new AtomicInteger()).incrementAndGet();
        for (Rule rule : rules) {
            if (rule.operation().equals(operation) && n >= rule.nthCall() && n < rule.nthCall() + rule.calls()) {
                if (rule.action() != null) {
                    rule.action().run();
                } else if (rule.fault() == Fault.KILLED) {
                    killed = true;
                    injected.incrementAndGet();
                    throw new Killed(operation);
                } else {
                    attributes.putAttribute(PICKED, rule.fault());
                }
            }
        }
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        if (attributes.getAttribute(PICKED) != Fault.UNPROCESSED_ITEMS
                || !(context.request() instanceof BatchWriteItemRequest batch)) {
            return context.request();
        }
        String table = batch.requestItems().keySet().iterator().next();
        List<WriteRequest> all = batch.requestItems().get(table);
        if (all.size() < 2) {
            return batch;
        }
        int keep = all.size() / 2;
        attributes.putAttribute(HELD_BACK, new ArrayList<>(all.subList(keep, all.size())));
        injected.incrementAndGet();
        return batch.toBuilder().requestItems(Map.of(table, all.subList(0, keep))).build();
    }

    @Override
    public SdkResponse modifyResponse(Context.ModifyResponse context, ExecutionAttributes attributes) {
        List<WriteRequest> heldBack = attributes.getAttribute(HELD_BACK);
        if (heldBack == null || heldBack.isEmpty() || !(context.response() instanceof BatchWriteItemResponse r)
                || !(context.request() instanceof BatchWriteItemRequest request)) {
            return context.response();
        }
        String table = request.requestItems().keySet().iterator().next();
        return r.toBuilder().unprocessedItems(Map.of(table, heldBack)).build();
    }

    @Override
    public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        Fault fault = attributes.getAttribute(PICKED);
        if (fault != Fault.THROTTLING && fault != Fault.SERVER_ERROR && fault != Fault.ITEM_TOO_LARGE) {
            return context.httpResponse();
        }
        injected.incrementAndGet();
        return context.httpResponse().toBuilder().statusCode(fault == Fault.SERVER_ERROR ? 500 : 400)
                .removeHeader("x-amz-crc32").removeHeader("Content-Length").build();
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
                                                          ExecutionAttributes attributes) {
        Fault fault = attributes.getAttribute(PICKED);
        if (fault != Fault.THROTTLING && fault != Fault.SERVER_ERROR && fault != Fault.ITEM_TOO_LARGE) {
            return context.responseBody();
        }
        String type = switch (fault) {
            case THROTTLING -> "ThrottlingException";
            case SERVER_ERROR -> "InternalServerError";
            default -> "ValidationException";
        };
        String message = fault == Fault.ITEM_TOO_LARGE ? "Item size has exceeded the maximum allowed size"
                : "injected " + type;
        String body = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#" + type + "\",\"message\":\"" + message
                + "\"}";
        return Optional.of(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
