package io.articleingest.handler;

import static io.articleingest.testing.EmulatedAws.invoke;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import io.articleingest.testing.EmulatedAws;
import io.articleingest.testing.OnEmulatedAws;
import io.articleingest.testing.FaultInjector;
import io.articleingest.testing.RecordsCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deliveries racing each other, as S3 and Lambda make them race: every delivery runs in its own
 * handler (its own "container"), released together by a barrier. After each trial the key's
 * records must match what S3 holds ({@link RecordsCheck}): never a stale event item.
 */
class ConcurrencyIT extends OnEmulatedAws {

    private static final int TRIALS = 20;
    private static ExecutorService threads;
    private static byte[] first;
    private static byte[] second;

    @BeforeAll
    static void start() throws IOException {
        threads = Executors.newFixedThreadPool(4);
        // two versions of one story with different events and sentences: a stale item is easy to see
        first = Files.readAllBytes(Path.of("samples", "airstrike-khan-yunis.txt"));
        second = Files.readAllBytes(Path.of("samples", "accusation-violations.txt"));
    }

    @AfterAll
    static void stop() {
        threads.shutdownNow();
    }

    /**
     * Starts the deliveries at the same moment, each on a fresh handler; a delivery may first make
     * its own change to the bucket (so uploads race deliveries too). Returns their outcomes.
     */
    private static List<Map<String, Integer>> race(List<Callable<S3Event>> deliveries) throws Exception {
        return race(deliveries, 0);
    }

    /**
     * @param slowStartMillis the first delivery stalls that long before it writes (a slow container):
     *                        it then writes after a delivery that started later
     */
    private static List<Map<String, Integer>> race(List<Callable<S3Event>> deliveries, long slowStartMillis)
            throws Exception {
        CyclicBarrier start = new CyclicBarrier(deliveries.size());
        List<Future<Map<String, Integer>>> running = new ArrayList<>();
        for (Callable<S3Event> delivery : deliveries) {
            IngestHandler handler = running.isEmpty() && slowStartMillis > 0
                    ? aws.handler(List.of(new FaultInjector().before("PutItem", 1, () -> sleep(slowStartMillis))), List.of())
                    : aws.handler();
            running.add(threads.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                S3Event event = delivery.call();
                return event == null ? Map.of() : invoke(handler, event);
            }));
        }
        List<Map<String, Integer>> outcomes = new ArrayList<>();
        for (Future<Map<String, Integer>> f : running) {
            outcomes.add(f.get(120, TimeUnit.SECONDS));
        }
        return outcomes;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, Integer> total(List<Map<String, Integer>> outcomes) {
        Map<String, Integer> total = new TreeMap<>();
        outcomes.forEach(o -> o.forEach((k, v) -> total.merge(k, v, Integer::sum)));
        return total;
    }

    @Test
    void theSameEventDeliveredThreeTimesAtOnceStoresOneArticleWithOneSetOfEvents() throws Exception {
        String key = "race/triple.txt";
        S3Event event = EmulatedAws.created(key, first.length, aws.upload(key, first));
        Map<String, Integer> total = total(race(List.of(() -> event, () -> event, () -> event)));
        assertEquals(Map.of("stored", 1, "unchanged", 2), total);
        assertEquals(List.of(), RecordsCheck.problems(aws, key));
    }

    @Test
    void twoVersionsUploadedBackToBackWithConcurrentDeliveriesNeverLeaveAStaleEvent() throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        int staleTrials = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            String key = "race/overwrite-" + trial + ".txt";
            // two uploads of one key in quick succession, each delivery starting right after its upload: the
            // second lands while the first delivery reads, extracts or writes (0 to 95 ms later, by trial)
            long gapMillis = 5L * trial;
            List<Callable<S3Event>> deliveries = List.of(
                    () -> EmulatedAws.created(key, first.length, aws.upload(key, first)),
                    () -> {
                        Thread.sleep(gapMillis);
                        return EmulatedAws.created(key, second.length, aws.upload(key, second));
                    });
            // in odd trials the first delivery stalls before its first write, so it would write after the second
            total(race(deliveries, trial % 2 == 1 ? 150 : 0)).forEach((k, v) -> outcomes.merge(k, v, Integer::sum));
            List<String> found = RecordsCheck.problems(aws, key);
            staleTrials += found.isEmpty() ? 0 : 1;
            problems.addAll(found);
        }
        System.out.printf("back-to-back overwrites: %d trials, outcomes %s, trials with stale or wrong records: %d%n",
                TRIALS, outcomes, staleTrials);
        assertEquals(List.of(), problems);
        assertEquals(2 * TRIALS, outcomes.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void putDeletePutAndOverwriteRacingDeleteEndAsTheBucketEnds() throws Exception {
        List<String> problems = new ArrayList<>();
        for (int trial = 0; trial < TRIALS / 2; trial++) {
            String key = "race/put-delete-put-" + trial + ".txt";
            S3Event put1 = EmulatedAws.created(key, first.length, aws.upload(key, first));
            aws.deleteObject(key);
            S3Event delete = EmulatedAws.removed(key, null);
            S3Event put2 = EmulatedAws.created(key, second.length, aws.upload(key, second));
            race(List.of(() -> put1, () -> delete, () -> put2));
            problems.addAll(RecordsCheck.problems(aws, key));
            assertTrue(aws.article(key) != null && !aws.article(key).isEmpty(), "the final put must be stored");

            // an overwrite and a delete made by two clients at the same moment, each delivering its event
            String raced = "race/overwrite-vs-delete-" + trial + ".txt";
            aws.uploadAndNotify(aws.handler(), raced, first);
            race(List.of(() -> EmulatedAws.created(raced, second.length, aws.upload(raced, second)), () -> {
                aws.deleteObject(raced);
                return EmulatedAws.removed(raced, null);
            }));
            problems.addAll(RecordsCheck.problems(aws, raced));
        }
        assertEquals(List.of(), problems);
    }
}
