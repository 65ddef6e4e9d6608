package uk.sli.themes;

import java.util.List;

/**
 * Everything {@code sli themes} and {@code sli report} show about a selection of statements.
 *
 * @param statements how many statements were selected
 * @param documents how many documents they come from
 * @param authorities the authorities they are about, sorted
 * @param themes taxonomy themes, most raised first (per group when grouped)
 * @param emergent key phrases outside the taxonomy, most distinctive first
 * @param events the peer-challenge events among the statements, in document order
 * @param years strengths, improvements and all statements per year, oldest first
 */
public record ThemeOverview(int statements, int documents, List<String> authorities, List<ThemeSummary> themes,
                            List<ThemeSummary> emergent, List<EventNotes> events, List<ThemeSummary.YearCount> years) {

    public ThemeOverview {
        authorities = List.copyOf(authorities);
        themes = List.copyOf(themes);
        emergent = List.copyOf(emergent);
        events = List.copyOf(events);
        years = List.copyOf(years);
    }
}
