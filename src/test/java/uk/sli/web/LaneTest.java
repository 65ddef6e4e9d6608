package uk.sli.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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

    @Test
    void aLaneGivesWayWhileTheOtherHasAQueueAndNoLongerThanAsked() throws Exception {
        Lane lookups = new Lane(1);
        Lane analyses = new Lane(1, lookups, Duration.ofMillis(200));
        long start = System.nanoTime();
        analyses.run(() -> null);
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "nothing queued: no wait");

        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            pool.submit(() -> lookups.run(() -> {
                holding.countDown();
                release.await();
                return null;
            }));
            holding.await();
            Future<?> queued = pool.submit(() -> lookups.run(() -> null));
            while (!lookups.hasQueue()) {
                Thread.sleep(1);
            }
            start = System.nanoTime();
            analyses.run(() -> null);
            long waited = System.nanoTime() - start;
            assertTrue(waited >= 200_000_000L && waited < 5_000_000_000L, "waited " + waited / 1_000_000 + " ms");
            release.countDown();
            queued.get(10, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }
}
