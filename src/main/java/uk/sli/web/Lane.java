package uk.sli.web;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

/**
 * At most so many requests of one kind computing at once, the rest waiting in arrival order. Under
 * load this is what keeps the slowest answers near the typical ones: fifty searches running together
 * on two cores each take fifty times as long, thrash each other's caches, and finish in no useful order,
 * while a short queue in front of a few running ones serves each in turn at full speed. Lanes also keep
 * slow analyses (matching every need of a region) from crowding out quick lookups, the more so as an
 * analysis can {@linkplain #yieldTo give way} to the lookups queued in another lane.
 */
final class Lane {

    private final Semaphore permits;

    Lane(int permits) {
        this.permits = new Semaphore(permits, true);
    }

    /**
     * Waits while requests queue in this lane, for at most {@code most}: an analysis gives way to
     * waiting lookups for a while, and then runs anyway, so that neither starves the other.
     */
    void yieldTo(Duration most) throws InterruptedException {
        long deadline = System.nanoTime() + most.toNanos();
        while (hasQueue() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    /** Whether requests are waiting for a turn. */
    boolean hasQueue() {
        return permits.hasQueuedThreads();
    }

    <T> T run(Callable<T> work) throws Exception {
        permits.acquire();
        try {
            return work.call();
        } finally {
            permits.release();
        }
    }
}
