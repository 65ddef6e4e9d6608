package uk.sli.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Spearman's rank correlation, with tied values given their average rank. */
public final class Spearman {

    private Spearman() {
    }

    public static double rho(List<Double> x, List<Double> y) {
        double[] rx = ranks(x);
        double[] ry = ranks(y);
        return pearson(rx, ry);
    }

    static double[] ranks(List<Double> values) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(values::get));
        double[] ranks = new double[values.size()];
        for (int i = 0; i < order.size(); ) {
            int j = i;
            while (j + 1 < order.size() && values.get(order.get(j + 1)).equals(values.get(order.get(i)))) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order.get(k)] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }

    private static double pearson(double[] a, double[] b) {
        double meanA = 0;
        double meanB = 0;
        for (int i = 0; i < a.length; i++) {
            meanA += a[i] / a.length;
            meanB += b[i] / b.length;
        }
        double cov = 0;
        double varA = 0;
        double varB = 0;
        for (int i = 0; i < a.length; i++) {
            cov += (a[i] - meanA) * (b[i] - meanB);
            varA += (a[i] - meanA) * (a[i] - meanA);
            varB += (b[i] - meanB) * (b[i] - meanB);
        }
        return varA == 0 || varB == 0 ? 0 : cov / Math.sqrt(varA * varB);
    }
}
