package uk.sli.eval;

import java.io.PrintStream;

/**
 * Whether a tagger's confidence means what it says: predictions binned by confidence, each bin's
 * accuracy beside its mean confidence, and the expected calibration error (the bins' gaps weighted
 * by their sizes). A need list cut at a confidence is only as good as this agreement.
 */
final class Calibration {

    private static final int BINS = 5;
    private static final double FLOOR = 0.5;

    private final int[] count = new int[BINS];
    private final int[] right = new int[BINS];
    private final double[] confidence = new double[BINS];

    void add(double predictedConfidence, boolean correct) {
        int bin = Math.min(BINS - 1, Math.max(0, (int) ((predictedConfidence - FLOOR) / (1 - FLOOR) * BINS)));
        count[bin]++;
        right[bin] += correct ? 1 : 0;
        confidence[bin] += predictedConfidence;
    }

    double expectedError() {
        int total = 0;
        double error = 0;
        for (int b = 0; b < BINS; b++) {
            if (count[b] > 0) {
                total += count[b];
                error += Math.abs((double) right[b] / count[b] - confidence[b] / count[b]) * count[b];
            }
        }
        return total == 0 ? 0 : error / total;
    }

    void print(PrintStream out) {
        out.printf("%-12s %8s %10s %9s%n", "confidence", "count", "mean conf", "accuracy");
        for (int b = 0; b < BINS; b++) {
            double low = FLOOR + (1 - FLOOR) * b / BINS;
            out.printf("%.1f-%-8.1f %8d %10.3f %9.3f%n", b == 0 ? 0 : low, low + (1 - FLOOR) / BINS, count[b],
                    count[b] == 0 ? 0 : confidence[b] / count[b], count[b] == 0 ? 0 : (double) right[b] / count[b]);
        }
    }
}
