package uk.sli.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Strengths, improvements and all statements per year; undated statements are left out. */
public final class YearTally {

    private final TreeMap<Integer, int[]> years = new TreeMap<>();

    public void add(ThemedStatement s) {
        if (s.year() != null) {
            int[] c = years.computeIfAbsent(s.year(), y -> new int[3]);
            c[0] += s.isStrength() ? 1 : 0;
            c[1] += s.isImprovement() ? 1 : 0;
            c[2]++;
        }
    }

    /** Oldest first. */
    public List<ThemeSummary.YearCount> counts() {
        List<ThemeSummary.YearCount> out = new ArrayList<>();
        years.forEach((year, c) -> out.add(new ThemeSummary.YearCount(year, c[0], c[1], c[2])));
        return out;
    }
}
