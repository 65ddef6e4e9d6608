package uk.sli.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.sli.tag.Taxonomy;

class ThemeSummariserTest {

    static ThemedStatement statement(String authority, int year, String label, String theme, String text) {
        return new ThemedStatement("doc-" + authority + year, "/reports/" + authority + "/" + year + ".pdf", "sif",
                authority, year, 3, "12", "Children in care", text, label, 0.9, List.of(theme), null, List.of(), null);
    }

    static ThemedStatement note(String event, String speaker, String theme, String text) {
        return new ThemedStatement("plan", "/plans/plan.txt", "improvement-plan", null, null, 0, null, event, text,
                "neutral", 0.6, List.of(theme), event, List.of("Kent", "Medway", "Slough"), speaker);
    }

    private final List<ThemedStatement> statements = List.of(
            statement("Kent", 2019, "strength", "care-leavers", "Personal advisers know their young people well and stay in touch."),
            statement("Kent", 2023, "improvement", "care-leavers", "Too many pathway plans are out of date and lack clear actions."),
            statement("Medway", 2023, "strength", "care-leavers", "Personal advisers know their young people well and keep in touch."),
            statement("Slough", 2023, "strength", "care-leavers", "Care leavers are helped into suitable homes and most are in education."),
            statement("Slough", 2023, "neutral", "care-leavers", "The service supports 180 care leavers."),
            statement("Medway", 2023, "improvement", "workforce", "Caseloads in the assessment teams are too high for social workers."));

    @Test
    void countsLabelsAuthoritiesAndYearsPerTheme() {
        List<ThemeSummary> themes = new ThemeSummariser(Taxonomy.standard(), 3, false)
                .summarise(statements, ThemeSummariser.GroupBy.theme);
        assertEquals(List.of("care-leavers", "workforce"), themes.stream().map(ThemeSummary::theme).toList());
        ThemeSummary leavers = themes.get(0);
        assertEquals("Care leavers", leavers.name());
        assertEquals(3, leavers.strengths());
        assertEquals(1, leavers.improvements());
        assertEquals(5, leavers.statements());
        assertEquals(3, leavers.authorities());
        assertEquals(3, leavers.strengthAuthorities());
        assertEquals(1, leavers.improvementAuthorities());
        assertEquals(List.of(new ThemeSummary.YearCount(2019, 1, 0, 1), new ThemeSummary.YearCount(2023, 2, 1, 4)),
                leavers.trend());
    }

    @Test
    void examplesAreJudgementsFromDifferentAuthoritiesWithBothLabelsAndNoNearDuplicates() {
        ThemeSummary leavers = new ThemeSummariser(Taxonomy.standard(), 3, false)
                .summarise(statements, ThemeSummariser.GroupBy.theme).get(0);
        List<ThemeSummary.Example> examples = leavers.examples();
        assertEquals(3, examples.size());
        assertTrue(examples.stream().noneMatch(e -> e.label().equals("neutral")), examples.toString());
        assertTrue(examples.stream().anyMatch(e -> e.label().equals("improvement")), examples.toString());
        assertEquals(1, examples.stream().filter(e -> e.text().startsWith("Personal advisers")).count(),
                "two near-identical statements: only one is quoted");
        examples.forEach(e -> assertTrue(e.path().endsWith(".pdf") && e.page() == 3, e.toString()));
    }

    @Test
    void groupsByAuthorityAndYear() {
        ThemeSummariser summariser = new ThemeSummariser(Taxonomy.standard(), 0, false);
        List<ThemeSummary> byAuthority = summariser.summarise(statements, ThemeSummariser.GroupBy.la);
        assertEquals(List.of("Kent", "Medway", "Medway", "Slough"), byAuthority.stream().map(ThemeSummary::group).toList());
        List<ThemeSummary> byYear = summariser.summarise(statements, ThemeSummariser.GroupBy.year);
        assertEquals(List.of("2019", "2023", "2023"), byYear.stream().map(ThemeSummary::group).toList());
    }

    @Test
    void sessionsRankThemesOfPeerChallengeNotes() {
        List<ThemedStatement> notes = List.of(
                note("Triad 1", null, "workforce", "Recruiting and keeping social workers."),
                note("Triad 2", null, "workforce", "Agency staff costs."),
                note("Triad 2", "Kent", "education-send", "Kent reflected on tribunals."),
                note("Triad 2", "Kent", "education-send", "Kent also raised school places."),
                note("Triad 2", null, "education-send", "Parental expectations of SEND support."));
        List<ThemeSummary> themes = new ThemeSummariser(Taxonomy.standard(), 0, true)
                .summarise(notes, ThemeSummariser.GroupBy.theme);
        assertEquals("workforce", themes.get(0).theme(), "two sessions beat three statements in one");
        assertEquals(2, themes.get(0).sessions());
        assertEquals(1, themes.get(1).sessions());
        assertEquals(3, themes.get(0).authorities(), "shared notes count for every authority of the event");

        List<EventNotes> events = EventNotes.of(notes);
        assertEquals(2, events.size());
        assertEquals(List.of("workforce"), events.get(0).sharedThemes());
        assertEquals("Kent", events.get(1).reflections().get(0).authority());
        assertEquals(List.of("education-send"), events.get(1).reflections().get(0).themes());
    }
}
