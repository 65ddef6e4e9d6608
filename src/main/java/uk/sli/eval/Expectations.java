package uk.sli.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Expected values of the evaluation metrics, kept in a file beside the labelled data
 * (Anserini-style regression): {@code METRIC.expected} is the value last measured,
 * {@code METRIC.tolerance} how far below it still passes, and {@code METRIC.target} the
 * acceptance level the issue set.
 */
public final class Expectations {

    private final Properties values = new Properties();

    public Expectations(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            values.load(reader);
        }
    }

    /** "OK" or "FAIL" for a measured value, with what it was compared with. */
    public String verdict(String metric, double measured) {
        String expected = values.getProperty(metric + ".expected");
        if (expected == null) {
            return "(no expectation)";
        }
        double tolerance = Double.parseDouble(values.getProperty(metric + ".tolerance", "0.01"));
        String target = values.getProperty(metric + ".target");
        boolean ok = measured >= Double.parseDouble(expected) - tolerance;
        String acceptance = target == null ? ""
                : measured >= Double.parseDouble(target) ? "  (target " + target + ": met)" : "  (target " + target + ": not met)";
        return String.format("expected %s ±%s  %s%s", expected, tolerance, ok ? "OK" : "FAIL", acceptance);
    }

    public boolean passes(String metric, double measured) {
        return !verdict(metric, measured).contains("  FAIL");
    }
}
