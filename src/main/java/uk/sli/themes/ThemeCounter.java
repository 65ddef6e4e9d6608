package uk.sli.themes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Adds up the statements on one theme: labels, authorities, events and years. */
final class ThemeCounter {

    final List<ThemedStatement> statements = new ArrayList<>();
    private int strengths;
    private int improvements;
    private final Set<String> authorities = new HashSet<>();
    private final Set<String> strengthAuthorities = new HashSet<>();
    private final Set<String> improvementAuthorities = new HashSet<>();
    private final Set<String> events = new HashSet<>();
    private final YearTally years = new YearTally();

    void add(ThemedStatement s) {
        statements.add(s);
        authorities.addAll(s.authorities());
        years.add(s);
        if (s.isStrength()) {
            strengths++;
            strengthAuthorities.addAll(s.authorities());
        } else if (s.isImprovement()) {
            improvements++;
            improvementAuthorities.addAll(s.authorities());
        }
        if (s.event() != null) {
            events.add(s.eventKey());
        }
    }

    int size() {
        return statements.size();
    }

    int sessions() {
        return events.size();
    }

    int authorityCount() {
        return authorities.size();
    }

    ThemeSummary summary(String theme, String name, String group, List<ThemeSummary.Example> examples) {
        return new ThemeSummary(theme, name, group, strengths, improvements, statements.size(), authorities.size(),
                strengthAuthorities.size(), improvementAuthorities.size(), events.size(), years.counts(), examples);
    }
}
