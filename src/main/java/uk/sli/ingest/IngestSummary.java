package uk.sli.ingest;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** Counts by outcome and volume of one ingest run; {@code embedded} counts the statements given an embedding. */
public record IngestSummary(Map<Outcome, Integer> counts, int pages, int sentences, int embedded, Duration elapsed) {

    public IngestSummary {
        EnumMap<Outcome, Integer> all = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            all.put(o, counts.getOrDefault(o, 0));
        }
        counts = Map.copyOf(all);
    }

    public int count(Outcome outcome) {
        return counts.get(outcome);
    }

    public int files() {
        return counts.entrySet().stream().filter(e -> e.getKey() != Outcome.PRUNED).mapToInt(Map.Entry::getValue).sum();
    }

    public String describe() {
        double seconds = Math.max(0.001, elapsed.toMillis() / 1000.0);
        return String.format("%d files in %.1f s: %d indexed, %d unchanged, %d empty, %d failed, %d pruned; "
                        + "%,d pages, %,d sentences, %,d embedded (%.0f pages/s)",
                files(), seconds, count(Outcome.INDEXED), count(Outcome.UNCHANGED), count(Outcome.EMPTY),
                count(Outcome.FAILED), count(Outcome.PRUNED), pages, sentences, embedded, pages / seconds);
    }
}
