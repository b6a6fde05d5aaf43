package io.articleingest.local;

import io.articleingest.handler.IngestHandler;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The S3 → Lambda trigger of the template, emulated: a notification whose event type and key
 * match one of the function's S3 event sources (suffix filters included) becomes the S3 event
 * JSON S3 would send, read back by the Lambda runtime's serializer and handed to the handler on
 * another thread — asynchronously, as S3 invokes functions.
 */
public final class LambdaTrigger implements TriggeringBlobStore.Listener {

    /** What one invocation did, for whoever watches (the console, the tests). */
    public record Invocation(String eventName, String bucket, String key, String result, Throwable error,
                             long millis) {
    }

    /** Told about every invocation once it has finished. */
    public interface Watcher {
        void finished(Invocation invocation);
    }

    private final List<SamTemplate.S3EventSource> sources;
    private final Supplier<IngestHandler> handler;
    private final PrintStream functionLog;
    private final Watcher watcher;
    private final ExecutorService invoker = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "lambda-invoke");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, CompletableFuture<Invocation>> pending = new ConcurrentHashMap<>();
    private long sequence;

    /**
     * @param handler     the function, built lazily (its clients need the emulators' ports, known
     *                    only once they are started)
     * @param functionLog where the handler's JSON log lines go
     */
    public LambdaTrigger(List<SamTemplate.S3EventSource> sources, Supplier<IngestHandler> handler,
                         PrintStream functionLog, Watcher watcher) {
        this.sources = List.copyOf(sources);
        this.handler = handler;
        this.functionLog = functionLog;
        this.watcher = watcher;
    }

    @Override
    public void created(String eventName, String bucket, String key, long size, String eTag, String versionId) {
        invoke(eventName, bucket, key, () -> S3Events.createdJson(eventName, bucket, key, size, eTag, versionId,
                S3Events.nextSequencer(), Instant.now()));
    }

    @Override
    public void removed(String bucket, String key, String versionId) {
        invoke("ObjectRemoved:Delete", bucket, key, () -> S3Events.removedJson(bucket, key, versionId,
                S3Events.nextSequencer(), Instant.now()));
    }

    private void invoke(String eventName, String bucket, String key, Supplier<String> eventJson) {
        if (sources.stream().noneMatch(s -> s.matches(eventName, key))) {
            return; // the template's filters would not deliver it (e.g. a .pdf, a .yaml dictionary)
        }
        String json = eventJson.get(); // built now: the sequencer orders events as S3 received them
        long id;
        synchronized (this) {
            id = ++sequence;
        }
        long start = System.nanoTime();
        CompletableFuture<Invocation> f = CompletableFuture.supplyAsync(() -> {
            try {
                String result = handler.get().handleRequest(S3Events.parse(json), new LocalContext(functionLog));
                return new Invocation(eventName, bucket, key, result, null, (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException e) {
                return new Invocation(eventName, bucket, key, null, e, (System.nanoTime() - start) / 1_000_000);
            }
        }, invoker);
        pending.put(id, f);
        f.thenAccept(inv -> {
            pending.remove(id);
            watcher.finished(inv);
        });
    }

    /** Waits until no invocation is running or queued (uploads made before the call included). */
    public void awaitIdle(long timeout, TimeUnit unit) throws Exception {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!pending.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(pending.size() + " invocations still running after " + timeout + " "
                        + unit);
            }
            Thread.sleep(20);
        }
    }

    public void shutdown() {
        invoker.shutdown();
    }
}
