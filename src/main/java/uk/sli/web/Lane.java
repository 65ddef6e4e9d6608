package uk.sli.web;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

/**
 * At most so many requests of one kind computing at once, the rest waiting in arrival order. Under
 * load this is what keeps the slowest answers near the typical ones: fifty searches running together
 * on two cores each take fifty times as long, thrash each other's caches, and finish in no useful order,
 * while a short queue in front of a few running ones serves each in turn at full speed. Lanes also keep
 * slow analyses (matching every need of a region) from crowding out quick lookups, the more so as a
 * lane of analyses can give way to the lookups queued in another.
 */
final class Lane {

    private final Semaphore permits;
    private final Lane givesWayTo;
    private final Duration giveWay;

    Lane(int permits) {
        this(permits, null, Duration.ZERO);
    }

    /**
     * @param givesWayTo a lane whose queued requests each of this lane's, its turn come, waits for
     *     (up to {@code giveWay}, and then runs anyway, so that neither lane starves the other)
     */
    Lane(int permits, Lane givesWayTo, Duration giveWay) {
        this.permits = new Semaphore(permits, true);
        this.givesWayTo = givesWayTo;
        this.giveWay = giveWay;
    }

    /** Whether requests are waiting for a turn. */
    boolean hasQueue() {
        return permits.hasQueuedThreads();
    }

    <T> T run(Callable<T> work) throws Exception {
        permits.acquire();
        try {
            if (givesWayTo != null) {
                long deadline = System.nanoTime() + giveWay.toNanos();
                while (givesWayTo.hasQueue() && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
            }
            return work.call();
        } finally {
            permits.release();
        }
    }
}
