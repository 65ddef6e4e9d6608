package uk.sli.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.sli.briefing.Briefing;
import uk.sli.match.Match;
import uk.sli.match.NeedMatches;
import uk.sli.themes.EventNotes;
import uk.sli.themes.ThemeSummary;

/** A briefing as Markdown, for pasting into board papers: the HTML briefing's sections as tables and quotes. */
public final class MarkdownBriefing {

    private static final int NEEDS_SHOWN = 5;

    public void write(Briefing b, PrintWriter out) {
        out.println("# Briefing: " + Markdown.escape(b.scope()));
        out.println();
        out.printf(Locale.ROOT, "Written by sli on %s from %,d documents about %d authorities: %,d strengths, %,d areas for "
                        + "improvement, %,d matches, %d peer-challenge events.%n", b.generated(), b.documents().size(),
                b.overview().authorities().size(), b.strengths(), b.improvements(), b.matchCount(),
                b.overview().events().size());
        out.println();
        out.println("## Themes");
        out.println();
        out.println("| theme | strengths | areas for improvement | statements | authorities | trend |");
        out.println("|---|---:|---:|---:|---:|---|");
        for (ThemeSummary t : b.overview().themes()) {
            out.printf("| %s | %d | %d | %d | %d | %s |%n", Markdown.escape(t.name()), t.strengths(), t.improvements(),
                    t.statements(), t.authorities(), ThemesReport.sparkline(t.trend()));
        }
        if (!b.years().isEmpty()) {
            out.println();
            out.println("## Trends by year");
            out.println();
            out.println("| year | strengths | areas for improvement | statements |");
            out.println("|---|---:|---:|---:|");
            b.years().forEach(y -> out.printf("| %d | %d | %d | %d |%n", y.year(), y.strengths(), y.improvements(),
                    y.statements()));
        }
        if (!b.overview().events().isEmpty()) {
            out.println();
            out.println("## Peer-challenge events");
            out.println();
            for (EventNotes e : b.overview().events()) {
                out.printf("- **%s** (%s): common to all: %s%n", Markdown.escape(e.event()),
                        Markdown.escape(String.join(", ", e.authorities())),
                        Markdown.escape(String.join(", ", e.sharedThemes())));
            }
        }
        if (!b.overview().emergent().isEmpty()) {
            out.println();
            out.println("## Emergent topics");
            out.println();
            b.overview().emergent().forEach(t -> out.printf("- %s: %d statements, %d authorities%n",
                    Markdown.escape(t.name()), t.statements(), t.authorities()));
        }
        matches(b, out);
        out.println();
        out.println("## Representative statements");
        for (ThemeSummary t : b.overview().themes()) {
            if (t.examples().isEmpty()) {
                continue;
            }
            out.println();
            out.println("**" + Markdown.escape(t.name()) + "**");
            out.println();
            t.examples().forEach(e -> out.printf("- %s (%s) %s%n", Markdown.quote(e.text()), e.label(),
                    Markdown.escape((e.authority().isEmpty() ? "" : e.authority() + ", ")
                            + Citation.of(e.path(), e.page(), e.paragraph(), e.section()))));
        }
        out.flush();
    }

    private static void matches(Briefing b, PrintWriter out) {
        if (b.matches().isEmpty()) {
            return;
        }
        out.println();
        out.println("## Matches: needs and who could help");
        b.matches().forEach((authority, needs) -> {
            List<NeedMatches> best = NeedMatches.bestMatched(needs, NEEDS_SHOWN);
            if (best.isEmpty()) {
                return;
            }
            out.println();
            out.println("### " + Markdown.escape(authority));
            for (NeedMatches need : best) {
                out.println();
                out.println("- Need: " + Markdown.quote(need.statement().text()));
                out.println("  - Could learn from " + need.matches().stream().map(MarkdownBriefing::donor)
                        .collect(Collectors.joining("; ")));
            }
        });
    }

    private static String donor(Match m) {
        return String.format(Locale.ROOT, "%s (%.2f): %s, %s", Markdown.escape(m.statement().authority()), m.score(),
                Markdown.quote(m.statement().text()), Markdown.escape(Citation.of(m.statement().path(),
                        m.statement().page(), m.statement().paragraph(), m.statement().section())));
    }
}
