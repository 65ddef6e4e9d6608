package uk.sli.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.sli.briefing.Briefing;
import uk.sli.match.Match;
import uk.sli.match.NeedMatches;
import uk.sli.search.DocumentRow;
import uk.sli.themes.EventNotes;
import uk.sli.themes.ThemeSummariser;
import uk.sli.themes.ThemeSummary;

/**
 * A briefing as one self-contained HTML file: inline CSS and SVG charts, no script, nothing fetched
 * when it is opened, and print rules so that it reads on paper. All text from documents is escaped.
 */
public final class HtmlBriefing {

    /** Needs shown per authority: the best-matched; the XLSX has them all. */
    private static final int NEEDS_SHOWN = 5;

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;margin:0 auto;max-width:1100px;\
            padding:24px;color:#1b1b1b;line-height:1.4}
            h1{margin:0 0 4px}h2{margin-top:36px;border-bottom:2px solid #1d3b5a;padding-bottom:4px;break-after:avoid}
            .meta{color:#555}.cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
            .card{border:1px solid #ccd;border-radius:6px;padding:10px 16px;min-width:120px}
            .card b{display:block;font-size:26px}
            table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0}
            th,td{border:1px solid #d6d6de;padding:4px 6px;text-align:left;vertical-align:top}
            th{background:#eef1f6}td.n{text-align:right;font-variant-numeric:tabular-nums}
            tr{break-inside:avoid}.scroll{overflow-x:auto}.heat{font-size:11px;width:auto}
            .heat td,.heat th{padding:2px 3px}.heat td.h{text-align:center;min-width:30px}
            .heat th.v{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;font-weight:normal}
            blockquote{margin:6px 0 2px;padding-left:10px;border-left:4px solid #ccc}
            blockquote.strength{border-color:#1a7f4b}blockquote.improvement{border-color:#c0392b}
            blockquote.mixed{border-color:#d4a017}cite{display:block;color:#555;font-size:12px;font-style:normal}
            .why{color:#555;font-size:12px}svg.chart{max-width:100%;height:auto}
            @media print{body{max-width:none;padding:0;font-size:11px}h2{break-before:auto}a{color:inherit}}
            """;

    public void write(Briefing b, PrintWriter out) {
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>" + Html.escape("Briefing: " + b.scope()) + "</title>");
        out.println("<style>" + CSS + "</style></head><body>");
        out.println("<header><h1>" + Html.escape("Briefing: " + b.scope()) + "</h1>");
        out.printf("<p class=\"meta\">Written by sli on %s from %d documents. Strengths and areas for improvement are "
                + "the tagger's reading of each sentence; every quotation is cited so it can be checked.</p></header>%n",
                b.generated(), b.documents().size());
        headlines(b, out);
        themes(b, out);
        heatmap(b, out);
        trends(b, out);
        events(b, out);
        emergent(b, out);
        matches(b, out);
        examples(b, out);
        documents(b, out);
        out.println("<footer><p class=\"meta\">Quotations from Ofsted reports are Crown copyright, reused under the "
                + "Open Government Licence v3.0.</p></footer>");
        out.println("</body></html>");
        out.flush();
    }

    private static void headlines(Briefing b, PrintWriter out) {
        out.println("<section id=\"headlines\"><h2>Headlines</h2><div class=\"cards\">");
        card(out, b.documents().size(), "documents");
        card(out, b.overview().authorities().size(), "authorities");
        card(out, b.strengths(), "strengths");
        card(out, b.improvements(), "areas for improvement");
        card(out, b.matchCount(), "matches");
        card(out, b.overview().events().size(), "peer-challenge events");
        out.println("</div>");
        if (!b.grades().isEmpty()) {
            Map<String, Long> byGrade = b.grades().values().stream()
                    .collect(Collectors.groupingBy(g -> g, LinkedHashMap::new, Collectors.counting()));
            out.println("<p>Latest overall effectiveness: " + byGrade.entrySet().stream()
                    .map(e -> Html.escape(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(" · ")) + "</p>");
        }
        List<ThemeSummary> byNeeds = new ArrayList<>(b.overview().themes());
        byNeeds.sort(Comparator.comparingInt(ThemeSummary::improvements).reversed());
        List<ThemeSummary> byStrengths = new ArrayList<>(b.overview().themes());
        byStrengths.sort(Comparator.comparingInt(ThemeSummary::strengths).reversed());
        out.println("<p>Most raised as strengths: " + names(byStrengths) + ". Most raised as areas for improvement: "
                + names(byNeeds) + ".</p></section>");
    }

    private static String names(List<ThemeSummary> themes) {
        return themes.stream().limit(3).map(t -> Html.escape(t.name())).collect(Collectors.joining(", "));
    }

    private static void card(PrintWriter out, int value, String label) {
        out.printf(Locale.ROOT, "<div class=\"card\"><b>%,d</b>%s</div>%n", value, Html.escape(label));
    }

    private static void themes(Briefing b, PrintWriter out) {
        out.println("<section id=\"themes\"><h2>Themes</h2>");
        out.println(SvgCharts.themeBars(b.overview().themes()));
        out.println("<table id=\"theme-table\"><thead><tr><th>theme</th><th>strengths</th><th>areas for improvement</th>"
                + "<th>statements</th><th>authorities with strengths</th><th>authorities with needs</th><th>trend</th></tr></thead><tbody>");
        for (ThemeSummary t : b.overview().themes()) {
            out.printf("<tr><td>%s</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td class=\"n\">%d</td>"
                            + "<td class=\"n\">%d</td><td class=\"n\">%d</td><td>%s</td></tr>%n",
                    Html.escape(t.name()), t.strengths(), t.improvements(), t.statements(), t.strengthAuthorities(),
                    t.improvementAuthorities(), SvgCharts.sparkline(t.trend()));
        }
        out.println("</tbody></table></section>");
    }

    /** Authorities down, themes across; each cell strengths / improvements, green to red by their balance. */
    private static void heatmap(Briefing b, PrintWriter out) {
        List<String> themes = b.overview().themes().stream().map(ThemeSummary::theme).toList();
        Map<String, Map<String, ThemeSummary>> cells = new LinkedHashMap<>();
        for (ThemeSummary t : b.byAuthority()) {
            if (ThemeSummariser.NO_AUTHORITY.equals(t.group())) {
                continue;
            }
            cells.computeIfAbsent(t.group(), g -> new LinkedHashMap<>()).put(t.theme(), t);
        }
        if (cells.size() < 2) {
            return;
        }
        int max = b.byAuthority().stream().mapToInt(t -> t.strengths() + t.improvements()).max().orElse(1);
        out.println("<section id=\"heatmap\"><h2>Authorities × themes</h2>");
        out.println("<p class=\"meta\">Each cell: strengths / areas for improvement. Green where strengths outweigh needs, "
                + "red where needs do; stronger colour for more statements.</p>");
        out.println("<div class=\"scroll\"><table class=\"heat\" id=\"heatmap-table\"><thead><tr><th>authority</th>");
        for (ThemeSummary t : b.overview().themes()) {
            out.println("<th class=\"v\">" + Html.escape(t.name()) + "</th>");
        }
        out.println("</tr></thead><tbody>");
        cells.forEach((authority, row) -> {
            out.print("<tr><td>" + Html.escape(authority) + "</td>");
            for (String theme : themes) {
                ThemeSummary t = row.get(theme);
                int s = t == null ? 0 : t.strengths();
                int i = t == null ? 0 : t.improvements();
                out.printf("<td class=\"h\" style=\"background:%s\" title=\"%s\">%s</td>", colour(s, i, max),
                        Html.escape(authority + ", " + theme + ": " + s + " strengths, " + i + " areas for improvement"),
                        s + i == 0 ? "" : s + "/" + i);
            }
            out.println("</tr>");
        });
        out.println("</tbody></table></div></section>");
    }

    private static String colour(int strengths, int improvements, int max) {
        int total = strengths + improvements;
        if (total == 0) {
            return "#fff";
        }
        double balance = (double) strengths / total;
        double weight = 0.25 + 0.75 * Math.sqrt((double) total / Math.max(1, max));
        int hue = (int) Math.round(120 * balance);
        int lightness = (int) Math.round(95 - 40 * weight);
        return String.format(Locale.ROOT, "hsl(%d,60%%,%d%%)", hue, lightness);
    }

    private static void trends(Briefing b, PrintWriter out) {
        if (b.years().isEmpty()) {
            return;
        }
        out.println("<section id=\"trends\"><h2>Trends by year</h2>");
        out.println(SvgCharts.yearColumns(b.years()));
        out.println("</section>");
    }

    private static void events(Briefing b, PrintWriter out) {
        if (b.overview().events().isEmpty()) {
            return;
        }
        out.println("<section id=\"events\"><h2>Peer-challenge events</h2><table><thead><tr><th>event</th>"
                + "<th>authorities</th><th>reflections</th><th>themes common to all</th></tr></thead><tbody>");
        for (EventNotes e : b.overview().events()) {
            String reflections = e.reflections().stream()
                    .map(r -> "<b>" + Html.escape(r.authority()) + "</b>: " + Html.escape(String.join(", ", r.themes())))
                    .collect(Collectors.joining("<br>"));
            out.printf("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>%n", Html.escape(e.event()),
                    Html.escape(String.join(", ", e.authorities())), reflections,
                    Html.escape(String.join(", ", e.sharedThemes())));
        }
        out.println("</tbody></table></section>");
    }

    private static void emergent(Briefing b, PrintWriter out) {
        if (b.overview().emergent().isEmpty()) {
            return;
        }
        out.println("<section id=\"emergent\"><h2>Emergent topics</h2><p class=\"meta\">Phrases outside the theme "
                + "taxonomy that these documents use far more than the rest of the index.</p><table><thead><tr>"
                + "<th>phrase</th><th>statements</th><th>authorities</th><th>example</th></tr></thead><tbody>");
        for (ThemeSummary t : b.overview().emergent()) {
            out.printf("<tr><td>%s</td><td class=\"n\">%d</td><td class=\"n\">%d</td><td>%s</td></tr>%n",
                    Html.escape(t.name()), t.statements(), t.authorities(),
                    t.examples().isEmpty() ? "" : quote(t.examples().get(0)));
        }
        out.println("</tbody></table></section>");
    }

    private static void matches(Briefing b, PrintWriter out) {
        if (b.matches().isEmpty()) {
            return;
        }
        out.println("<section id=\"matches\"><h2>Matches: needs and who could help</h2>");
        out.printf("<p class=\"meta\">For each authority, its %d best-matched current needs and the peers whose "
                + "strengths match them (the XLSX lists every need).</p>%n", NEEDS_SHOWN);
        out.println("<table id=\"match-table\"><thead><tr><th>authority</th><th>need</th><th>could learn from</th></tr></thead><tbody>");
        b.matches().forEach((authority, needs) -> NeedMatches.bestMatched(needs, NEEDS_SHOWN)
                .forEach(need -> {
                    StringBuilder donors = new StringBuilder();
                    for (Match m : need.matches()) {
                        donors.append("<b>").append(Html.escape(m.statement().authority())).append("</b>")
                                .append(String.format(Locale.ROOT, " (score %.2f)", m.score()))
                                .append("<blockquote class=\"strength\">").append(Html.escape(m.statement().text()))
                                .append("<cite>").append(Html.escape(Citation.of(m.statement().path(), m.statement().page(),
                                        m.statement().paragraph(), m.statement().section()))).append("</cite></blockquote>")
                                .append("<div class=\"why\">").append(Html.escape(m.why())).append("</div>");
                    }
                    out.printf("<tr><td>%s</td><td><blockquote class=\"improvement\">%s<cite>%s</cite></blockquote></td><td>%s</td></tr>%n",
                            Html.escape(authority), Html.escape(need.statement().text()),
                            Html.escape(Citation.of(need.statement().path(), need.statement().page(),
                                    need.statement().paragraph(), need.statement().section())), donors);
                }));
        out.println("</tbody></table></section>");
    }

    private static void examples(Briefing b, PrintWriter out) {
        out.println("<section id=\"statements\"><h2>Representative statements</h2>");
        for (ThemeSummary t : b.overview().themes()) {
            if (t.examples().isEmpty()) {
                continue;
            }
            out.println("<h3>" + Html.escape(t.name()) + "</h3>");
            t.examples().forEach(e -> out.println(quote(e)));
        }
        out.println("</section>");
    }

    private static String quote(ThemeSummary.Example e) {
        return "<blockquote class=\"" + Html.escape(e.label()) + "\">" + Html.escape(e.text()) + "<cite>"
                + Html.escape((e.authority().isEmpty() ? "" : e.authority() + " · ")
                + Citation.of(e.path(), e.page(), e.paragraph(), e.section())) + "</cite></blockquote>";
    }

    private static void documents(Briefing b, PrintWriter out) {
        out.println("<section id=\"documents\"><h2>Documents</h2><table><thead><tr><th>date</th><th>type</th>"
                + "<th>authority</th><th>grades</th><th>path</th></tr></thead><tbody>");
        for (DocumentRow row : b.documents()) {
            out.printf("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>%n", Html.escape(row.date()),
                    Html.escape(row.type()), Html.escape(row.authority()),
                    Html.escape(row.grades().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                            .collect(Collectors.joining("; "))),
                    Html.escape(row.path()));
        }
        out.println("</tbody></table></section>");
    }
}
