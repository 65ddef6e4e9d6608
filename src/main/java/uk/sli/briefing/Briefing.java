package uk.sli.briefing;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.sli.match.NeedMatches;
import uk.sli.search.DocumentRow;
import uk.sli.themes.ThemeOverview;
import uk.sli.themes.ThemeSummary;
import uk.sli.themes.ThemedStatement;

/**
 * Everything a briefing for a region, a triad or one authority shows, assembled once and rendered
 * as HTML, XLSX or Markdown.
 *
 * @param scope what the briefing covers, in words ("South East", "Medway, Milton Keynes, Bracknell Forest")
 * @param overview themes, emergent topics and peer-challenge events of the selected statements
 * @param byAuthority the same themes counted per authority, for the authority x theme heatmap
 * @param grades each authority's latest overall-effectiveness grade ("Good"), where it has one
 * @param statements the selected strengths, improvements and mixed statements
 * @param matches each authority's needs matched to its peers' strengths, by authority
 */
public record Briefing(String scope, LocalDate generated, ThemeOverview overview, List<ThemeSummary> byAuthority,
                       Map<String, String> grades,
                       List<ThemedStatement> statements, Map<String, List<NeedMatches>> matches,
                       List<DocumentRow> documents) {

    public Briefing {
        byAuthority = List.copyOf(byAuthority);
        grades = Collections.unmodifiableMap(new TreeMap<>(grades));
        statements = List.copyOf(statements);
        matches = Collections.unmodifiableMap(new TreeMap<>(matches));
        documents = List.copyOf(documents);
    }

    /** Strengths, improvements and all statements per year, oldest first. */
    public List<ThemeSummary.YearCount> years() {
        return overview.years();
    }

    public int strengths() {
        return (int) statements.stream().filter(ThemedStatement::isStrength).count();
    }

    public int improvements() {
        return (int) statements.stream().filter(ThemedStatement::isImprovement).count();
    }

    public int matchCount() {
        return matches.values().stream().flatMap(List::stream).mapToInt(n -> n.matches().size()).sum();
    }
}
