package uk.sli.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import uk.sli.ingest.FileOutcome;
import uk.sli.ingest.Ingester;
import uk.sli.ingest.Outcome;

/**
 * Progress on stderr: a live bar on a terminal, a plain line every {@value #LINE_EVERY_SECONDS} s
 * otherwise (logs stay readable). Failures and empty files are reported as they happen, one line each.
 */
final class ProgressReporter implements Ingester.Listener, AutoCloseable {

    private static final int LINE_EVERY_SECONDS = 10;

    private final PrintWriter err;
    private final boolean terminal;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private volatile int total;
    private volatile long started;
    private volatile long lastLine;
    private ProgressBar bar;

    private ProgressReporter(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    static ProgressReporter forStderr(PrintWriter err) {
        return new ProgressReporter(err, System.console() != null);
    }

    @Override
    public void started(int files) {
        total = files;
        started = System.nanoTime();
        lastLine = started;
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        } else {
            err.printf("ingest: %d files%n", files);
            err.flush();
        }
    }

    @Override
    public synchronized void finished(FileOutcome outcome) {
        if (outcome.outcome() == Outcome.FAILED) {
            failed.incrementAndGet();
            report("failed: " + outcome.file() + ": " + outcome.reason());
        } else if (outcome.outcome() == Outcome.EMPTY) {
            report("empty: " + outcome.file() + ": " + outcome.reason());
        } else if (outcome.outcome() == Outcome.PRUNED) {
            report("pruned: " + outcome.file());
            return;
        }
        int n = done.incrementAndGet();
        if (bar != null) {
            bar.stepTo(n);
            return;
        }
        long now = System.nanoTime();
        if (now - lastLine >= LINE_EVERY_SECONDS * 1_000_000_000L) {
            lastLine = now;
            double seconds = (now - started) / 1e9;
            err.printf("ingest: %d/%d files (%d%%), %d failed, %.1f files/s%n",
                    n, total, total == 0 ? 100 : n * 100 / total, failed.get(), n / seconds);
            err.flush();
        }
    }

    private void report(String line) {
        // Printed above the bar on a terminal, as its own line in logs.
        if (bar != null) {
            System.err.print("\r");
        }
        err.println("sli: " + line);
        err.flush();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
