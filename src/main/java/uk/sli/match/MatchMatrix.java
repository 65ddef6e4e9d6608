package uk.sli.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.sli.model.Label;

/**
 * Who could help whom across a set of authorities: for each authority's current needs, the peers
 * among its top matches; a cell counts the needs of one authority that another could help with,
 * and names the themes they fall under most.
 */
public final class MatchMatrix {

    /** Themes named per cell. */
    static final int CELL_THEMES = 3;

    private final Matcher matcher;

    public MatchMatrix(Matcher matcher) {
        this.matcher = matcher;
    }

    /**
     * @param needing the authority with the needs
     * @param helping the authority whose strengths match them
     * @param needs how many of {@code needing}'s needs have {@code helping} among their top matches
     * @param themes the needs' primary themes, most frequent first
     */
    public record Cell(String needing, String helping, int needs, List<String> themes) {
    }

    /** Cells with at least one need, by needing authority (in the given order), then by count. */
    public List<Cell> build(List<AuthorityProfile> authorities, Integer sinceYear, int top) throws IOException {
        List<Cell> cells = new ArrayList<>();
        CandidatePool strengths = matcher.pool(authorities, Label.STRENGTH, sinceYear);
        for (AuthorityProfile needing : authorities) {
            Map<String, Map<String, Integer>> themesByHelper = new LinkedHashMap<>();
            Map<String, Integer> countByHelper = new LinkedHashMap<>();
            for (NeedMatches need : matcher.needs(needing, authorities, strengths, sinceYear, top)) {
                String theme = need.statement().primaryTheme();
                for (Match match : need.matches()) {
                    String helper = match.statement().authority();
                    countByHelper.merge(helper, 1, Integer::sum);
                    if (theme != null) {
                        themesByHelper.computeIfAbsent(helper, h -> new LinkedHashMap<>()).merge(theme, 1, Integer::sum);
                    }
                }
            }
            List<Cell> row = new ArrayList<>();
            countByHelper.forEach((helper, count) -> row.add(new Cell(needing.name(), helper, count,
                    mostFrequent(themesByHelper.getOrDefault(helper, Map.of())))));
            row.sort(Comparator.comparingInt(Cell::needs).reversed());
            cells.addAll(row);
        }
        return cells;
    }

    private static List<String> mostFrequent(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(CELL_THEMES).map(Map.Entry::getKey).toList();
    }
}
