package uk.sli.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LaneTest {

    @Test
    void noMoreThanItsPermitsRunAtOnce() throws Exception {
        Lane lane = new Lane(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int n = i;
                results.add(pool.submit(() -> lane.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    Thread.sleep(5);
                    running.decrementAndGet();
                    return n;
                })));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(i, results.get(i).get(10, TimeUnit.SECONDS));
            }
            assertEquals(2, most.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailureGivesItsPermitBack() throws Exception {
        Lane lane = new Lane(1);
        assertThrows(IllegalStateException.class, () -> lane.run(() -> {
            throw new IllegalStateException("bad request");
        }));
        CountDownLatch ran = new CountDownLatch(1);
        lane.run(() -> {
            ran.countDown();
            return null;
        });
        assertEquals(0, ran.getCount());
    }
}
