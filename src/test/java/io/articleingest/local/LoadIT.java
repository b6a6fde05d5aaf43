package io.articleingest.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The load of issue 13 on the local stack: 1 000 uploads of generated articles (5 % broken) from
 * 8 concurrent clients, then an audit. Nothing lost, duplicated or stale; memory flat.
 */
class LoadIT {

    @Test
    void athousandUploadsFromEightClientsEndAsExactlyTheirRecords() throws Exception {
        LoadRun.Result r = LoadRun.run(1000, 8, 5, System.out);
        assertEquals(r.objects(), r.records(), "objects = records");
        assertEquals(0, r.lost(), "lost");
        assertEquals(0, r.duplicated(), "duplicated");
        assertEquals(0, r.stale(), "stale");
        assertTrue(r.rejected() > 0 && r.processed() > r.rejected() * 5, r.processed() + " / " + r.rejected());
        assertTrue(r.objects() > 800, "overwrites are a tenth of the uploads: " + r.objects() + " objects");
        List<Long> heap = r.heapAfterGcMb();
        long afterFirstQuarter = heap.get(1);
        long peak = heap.stream().skip(1).mapToLong(Long::longValue).max().orElseThrow();
        assertTrue(peak <= afterFirstQuarter + 64, "live heap grows over the run: " + heap + " MB");
    }
}
