package uk.sli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.sli.themes.EventNotes;
import uk.sli.themes.ThemeOverview;
import uk.sli.themes.ThemeSummary;

/**
 * Writes theme summaries: a table per group with the trend and quoted, cited examples (text and
 * Markdown), JSON Lines (one object per theme, emergent topics after the taxonomy's) or CSV (one row
 * per theme). With peer-challenge events, text and Markdown first list each event's notes.
 */
public final class ThemesReport {

    private static final String[] CSV_HEADER = {"group", "theme", "name", "strengths", "improvements", "statements",
        "authorities", "strength_authorities", "improvement_authorities", "sessions", "trend", "example"};
    private static final String SPARKS = "▁▂▃▄▅▆▇█";

    private final Terminal terminal;

    public ThemesReport(Terminal terminal) {
        this.terminal = terminal;
    }

    public void write(String heading, ThemeOverview overview, OutputFormat format, PrintWriter out) throws IOException {
        switch (format) {
            case json -> {
                overview.themes().forEach(t -> out.println(Json.line(json(t))));
                overview.emergent().forEach(t -> out.println(Json.line(json(t))));
            }
            case csv -> csv(overview, out);
            case text -> text(heading, overview, out);
            case md -> markdown(heading, overview, out);
        }
        out.flush();
    }

    /** One theme as {@code sli themes --format json} and the web API write it. */
    public static ObjectNode json(ThemeSummary t) {
        ObjectNode node = Json.object();
        node.put("theme", t.theme());
        node.put("name", t.name());
        if (t.group() != null) {
            node.put("group", t.group());
        }
        node.put("strengths", t.strengths());
        node.put("improvements", t.improvements());
        node.put("statements", t.statements());
        node.put("authorities", t.authorities());
        node.put("strength_authorities", t.strengthAuthorities());
        node.put("improvement_authorities", t.improvementAuthorities());
        node.put("sessions", t.sessions());
        ArrayNode trend = node.putArray("trend");
        for (ThemeSummary.YearCount y : t.trend()) {
            trend.addObject().put("year", y.year()).put("strengths", y.strengths())
                    .put("improvements", y.improvements()).put("statements", y.statements());
        }
        ArrayNode examples = node.putArray("examples");
        for (ThemeSummary.Example e : t.examples()) {
            ObjectNode example = examples.addObject()
                    .put("text", e.text())
                    .put("authority", e.authority().isEmpty() ? null : e.authority())
                    .put("path", e.path());
            if (e.page() > 0) {
                example.put("page", e.page());
            } else {
                example.putNull("page");
            }
            example.put("paragraph", e.paragraph()).put("section", e.section()).put("label", e.label());
        }
        return node;
    }

    private static void csv(ThemeOverview overview, PrintWriter out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).build());
        List<ThemeSummary> all = new ArrayList<>(overview.themes());
        all.addAll(overview.emergent());
        for (ThemeSummary t : all) {
            csv.printRecord(t.group(), t.theme(), t.name(), t.strengths(), t.improvements(), t.statements(),
                    t.authorities(), t.strengthAuthorities(), t.improvementAuthorities(), t.sessions(),
                    t.trend().stream().map(y -> y.year() + ":" + y.statements()).collect(Collectors.joining(" ")),
                    t.examples().isEmpty() ? "" : t.examples().get(0).text());
        }
        csv.flush();
    }

    private void text(String heading, ThemeOverview overview, PrintWriter out) {
        out.println(terminal.bold(heading));
        if (!overview.events().isEmpty()) {
            out.println();
            out.println(terminal.bold("Peer-challenge events (" + overview.events().size() + ")"));
            for (EventNotes event : overview.events()) {
                out.println("  " + terminal.bold(event.event()) + terminal.dim("  " + event.path()));
                out.println("    authorities: " + String.join(", ", event.authorities()));
                for (EventNotes.Reflection r : event.reflections()) {
                    out.println("    " + r.authority() + " reflected on: " + String.join(", ", r.themes()));
                }
                if (!event.sharedThemes().isEmpty()) {
                    out.println("    common to all: " + String.join(", ", event.sharedThemes()));
                }
            }
        }
        String group = "\u0000";
        boolean events = !overview.events().isEmpty();
        for (ThemeSummary t : overview.themes()) {
            if (!Objects.equals(group, t.group())) {
                group = t.group();
                out.println();
                out.println(terminal.bold(group == null ? "Themes" : group));
                out.printf("  %-40s %9s %12s %10s %11s%s  %s%n", "theme", "strengths", "improvements", "statements",
                        "authorities", events ? "  sessions" : "", "trend");
            }
            out.printf("  %-40s %9d %12d %10d %11d%s  %s%n", t.theme(), t.strengths(), t.improvements(), t.statements(),
                    t.authorities(), events ? String.format("  %8d", t.sessions()) : "", sparkline(t.trend()));
            examples(t, out);
        }
        if (!overview.emergent().isEmpty()) {
            out.println();
            out.println(terminal.bold("Emergent topics (key phrases outside the taxonomy)"));
            for (ThemeSummary t : overview.emergent()) {
                out.printf("  %-40s %d statements, %d authorities%s%n", "\u201c" + t.name() + "\u201d", t.statements(),
                        t.authorities(), t.sessions() > 0 ? ", " + t.sessions() + " sessions" : "");
                examples(t, out);
            }
        }
    }

    private void examples(ThemeSummary t, PrintWriter out) {
        for (ThemeSummary.Example e : t.examples()) {
            out.println("      " + labelMark(e.label()) + " \u201c" + e.text() + "\u201d");
            out.println(terminal.dim("        " + (e.authority().isEmpty() ? "" : e.authority() + " \u00b7 ")
                    + Citation.of(e.path(), e.page(), e.paragraph(), e.section())));
        }
    }

    private String labelMark(String label) {
        return switch (label) {
            case "strength" -> terminal.green("+");
            case "improvement" -> terminal.red("-");
            case "mixed" -> terminal.yellow("\u00b1");
            default -> " ";
        };
    }

    private static void markdown(String heading, ThemeOverview overview, PrintWriter out) {
        out.println("# " + Markdown.escape(heading));
        if (!overview.events().isEmpty()) {
            out.println();
            out.println("## Peer-challenge events");
            out.println();
            out.println("| event | authorities | reflections | common to all |");
            out.println("|---|---|---|---|");
            for (EventNotes e : overview.events()) {
                String reflections = e.reflections().stream()
                        .map(r -> r.authority() + ": " + String.join(", ", r.themes()))
                        .collect(Collectors.joining("; "));
                out.printf("| %s | %s | %s | %s |%n", Markdown.escape(e.event()),
                        Markdown.escape(String.join(", ", e.authorities())), Markdown.escape(reflections),
                        Markdown.escape(String.join(", ", e.sharedThemes())));
            }
        }
        out.println();
        out.println("## Themes");
        out.println();
        out.println("| group | theme | strengths | improvements | statements | authorities | sessions | trend |");
        out.println("|---|---|---:|---:|---:|---:|---:|---|");
        for (ThemeSummary t : overview.themes()) {
            out.printf("| %s | %s | %d | %d | %d | %d | %d | %s |%n", t.group() == null ? "all" : Markdown.escape(t.group()),
                    Markdown.escape(t.name()), t.strengths(), t.improvements(), t.statements(), t.authorities(),
                    t.sessions(), sparkline(t.trend()));
        }
        List<ThemeSummary> withExamples = new ArrayList<>(overview.themes());
        withExamples.addAll(overview.emergent());
        out.println();
        out.println("## Representative statements");
        for (ThemeSummary t : withExamples) {
            if (t.examples().isEmpty()) {
                continue;
            }
            out.println();
            out.println("**" + Markdown.escape((t.group() == null ? "" : t.group() + " \u00b7 ") + t.name()) + "**");
            out.println();
            for (ThemeSummary.Example e : t.examples()) {
                out.printf("- %s (%s) %s%n", Markdown.quote(e.text()), e.label(),
                        Markdown.escape((e.authority().isEmpty() ? "" : e.authority() + ", ")
                                + Citation.of(e.path(), e.page(), e.paragraph(), e.section())));
            }
        }
    }

    /** Statements per year as block characters, oldest first: "2019 ▂▅█ 2024". */
    static String sparkline(List<ThemeSummary.YearCount> trend) {
        if (trend.isEmpty()) {
            return "";
        }
        int first = trend.get(0).year();
        int last = trend.get(trend.size() - 1).year();
        int[] counts = new int[last - first + 1];
        trend.forEach(y -> counts[y.year() - first] = y.statements());
        int max = Arrays.stream(counts).max().orElse(1);
        StringBuilder sb = new StringBuilder().append(first).append(' ');
        for (int c : counts) {
            sb.append(c == 0 ? ' ' : SPARKS.charAt(Math.min(SPARKS.length() - 1, c * SPARKS.length() / (max + 1))));
        }
        return first == last ? Integer.toString(first) : sb.append(' ').append(last).toString();
    }
}
