package uk.sli.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.sli.model.Label;

/** A confusion matrix over labels, with precision, recall and F1 per label. */
public final class Confusion {

    private final Map<Label, Map<Label, Integer>> counts = new EnumMap<>(Label.class);

    public Confusion() {
        for (Label gold : Label.values()) {
            Map<Label, Integer> row = new EnumMap<>(Label.class);
            for (Label predicted : Label.values()) {
                row.put(predicted, 0);
            }
            counts.put(gold, row);
        }
    }

    public void add(Label gold, Label predicted) {
        counts.get(gold).merge(predicted, 1, Integer::sum);
    }

    public int count(Label gold, Label predicted) {
        return counts.get(gold).get(predicted);
    }

    /** Every statement counted. */
    public int total() {
        return counts.values().stream().flatMap(row -> row.values().stream()).mapToInt(Integer::intValue).sum();
    }

    public int support(Label gold) {
        return counts.get(gold).values().stream().mapToInt(Integer::intValue).sum();
    }

    public double precision(Label label) {
        int predicted = 0;
        for (Label gold : Label.values()) {
            predicted += count(gold, label);
        }
        return predicted == 0 ? 0 : (double) count(label, label) / predicted;
    }

    public double recall(Label label) {
        int support = support(label);
        return support == 0 ? 0 : (double) count(label, label) / support;
    }

    public double f1(Label label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double macroF1(List<Label> labels) {
        return labels.stream().mapToDouble(this::f1).average().orElse(0);
    }
}
