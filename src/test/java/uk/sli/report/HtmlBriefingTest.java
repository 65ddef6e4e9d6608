package uk.sli.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.sli.briefing.Briefing;
import uk.sli.themes.EventNotes;
import uk.sli.themes.ThemeOverview;
import uk.sli.themes.ThemeSummary;
import uk.sli.themes.ThemedStatement;

class HtmlBriefingTest {

    private static final String HOSTILE = "Plans were <script>alert('x')</script> & \"unclear\"";

    private static Briefing briefing() {
        ThemeSummary.Example example = new ThemeSummary.Example(HOSTILE, "Wealdmoor", "/r/<w>.pdf", 2, "7", "Care <i>", "improvement");
        ThemeSummary theme = new ThemeSummary("care-leavers", "Care leavers", null, 1, 1, 2, 1, 1, 1, 0,
                List.of(new ThemeSummary.YearCount(2024, 1, 1, 2)), List.of(example));
        ThemedStatement statement = new ThemedStatement("d", "/r/<w>.pdf", "sif", "Wealdmoor", 2024, 2, "7", "Care",
                HOSTILE, "improvement", 0.9, List.of("care-leavers"), null, List.of(), null);
        EventNotes event = new EventNotes("Triad <1>", "/p.txt", List.of("Wealdmoor"), List.of(), List.of("workforce"));
        ThemeOverview overview = new ThemeOverview(2, 1, List.of("Wealdmoor"), List.of(theme), List.of(), List.of(event),
                List.of(new ThemeSummary.YearCount(2024, 1, 1, 2)));
        List<ThemeSummary> byAuthority = List.of(grouped(theme, "Wealdmoor"), grouped(theme, "Eastmarsh <e>"));
        return new Briefing("Wealdmoor <&>", LocalDate.of(2026, 1, 1), overview, byAuthority,
                Map.of(), List.of(statement), Map.of(), List.of());
    }

    private static ThemeSummary grouped(ThemeSummary t, String authority) {
        return new ThemeSummary(t.theme(), t.name(), authority, t.strengths(), t.improvements(), t.statements(),
                1, 1, 1, 0, t.trend(), List.of());
    }

    @Test
    void documentTextIsEscapedEverywhere() {
        StringWriter html = new StringWriter();
        new HtmlBriefing().write(briefing(), new PrintWriter(html));
        String page = html.toString();
        assertFalse(page.contains("<script"), "no markup from documents reaches the page");
        assertFalse(page.contains("<i>") || page.contains("<w>") || page.contains("Triad <1>") || page.contains("<e>"), page);
        assertTrue(page.contains("id=\"heatmap-table\""), "two authorities: a heatmap");
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;unclear&quot;"), page);
        assertTrue(page.contains("Briefing: Wealdmoor &lt;&amp;&gt;"), page);
        assertTrue(page.contains("<svg id=\"theme-chart\"") && page.contains("<svg id=\"trend-chart\""), "charts drawn");
    }

    @Test
    void markdownEscapesTablePipesAndMarkup() {
        StringWriter md = new StringWriter();
        new MarkdownBriefing().write(briefing(), new PrintWriter(md));
        assertFalse(md.toString().contains("<script>"), md.toString());
    }
}
