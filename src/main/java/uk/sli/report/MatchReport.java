package uk.sli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.sli.match.Evidence;
import uk.sli.match.Match;
import uk.sli.match.MatchMatrix;
import uk.sli.match.NeedMatches;

/**
 * Writes matches: as a briefing (each need quoted and cited, then the donors with their quoted
 * strength, citation, grade and why), JSON Lines (one object per need), CSV (one row per match)
 * or Markdown; and the authority-by-authority matrix.
 */
public final class MatchReport {

    private static final String[] CSV_HEADER = {"need_authority", "need_text", "need_themes", "need_path", "need_page",
        "rank", "authority", "text", "score", "themes", "path", "page", "grade", "why"};

    private final Terminal terminal;
    /** True when the statements are the authority's strengths and the matches others' needs. */
    private final boolean offers;

    public MatchReport(Terminal terminal, boolean offers) {
        this.terminal = terminal;
        this.offers = offers;
    }

    public void write(String heading, List<NeedMatches> results, OutputFormat format, PrintWriter out) throws IOException {
        switch (format) {
            case json -> results.forEach(r -> out.println(Json.line(json(r))));
            case csv -> csv(results, out);
            case text -> text(heading, results, out);
            case md -> markdown(heading, results, out);
        }
        out.flush();
    }

    /** One need (or offer) and its matches, as {@code sli match --format json} and the web API write it. */
    public ObjectNode json(NeedMatches result) {
        ObjectNode node = Json.object();
        ObjectNode own = evidence(result.statement());
        if (!offers) {
            own.put("source", result.source());
            ArrayNode evidence = own.putArray("evidence");
            result.evidence().forEach(e -> evidence.add(evidence(e)));
        }
        node.set(offers ? "offer" : "need", own);
        ArrayNode matches = node.putArray("matches");
        for (Match match : result.matches()) {
            ObjectNode m = evidence(match.statement());
            m.put("score", match.score());
            m.put("grade", match.grade() == null ? null : match.grade().label());
            m.put("why", match.why());
            matches.add(m);
        }
        return node;
    }

    private static ObjectNode evidence(Evidence e) {
        ObjectNode node = Json.object();
        node.put("authority", e.authority());
        node.put("text", e.text());
        ArrayNode themes = node.putArray("themes");
        e.themes().forEach(themes::add);
        node.put("path", e.path());
        if (e.page() > 0) {
            node.put("page", e.page());
        } else {
            node.putNull("page");
        }
        node.put("paragraph", e.paragraph());
        node.put("section", e.section());
        if (e.leadIn() != null) {
            node.put("context", e.leadIn());
        }
        node.put("date", e.date());
        node.put("label", e.label());
        node.put("confidence", e.confidence());
        return node;
    }

    private static void csv(List<NeedMatches> results, PrintWriter out) throws IOException {
        CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get().print(out);
        for (NeedMatches result : results) {
            Evidence need = result.statement();
            int rank = 1;
            for (Match match : result.matches()) {
                Evidence other = match.statement();
                printer.printRecord(need.authority(), need.text(), String.join(";", need.themes()), need.path(),
                        page(need), rank++, other.authority(), other.text(), String.format(Locale.ROOT, "%.3f", match.score()),
                        String.join(";", other.themes()), other.path(), page(other),
                        match.grade() == null ? "" : match.grade().label(), match.why());
            }
        }
        printer.flush();
    }

    private void text(String heading, List<NeedMatches> results, PrintWriter out) {
        out.println(terminal.bold(heading));
        int number = 1;
        for (NeedMatches result : results) {
            Evidence own = result.statement();
            out.println();
            out.printf("%s %d %s%n", offers ? "Strength" : "Need", number++, terminal.dim(themes(own)));
            out.println("  \u201c" + withContext(own) + "\u201d");
            out.println("  " + terminal.dim("\u2014 " + cite(own) + (offers ? "" : " \u00b7 " + result.source())));
            if (!result.evidence().isEmpty()) {
                out.println("  " + terminal.dim("also: " + result.evidence().size() + " more statement"
                        + (result.evidence().size() == 1 ? "" : "s") + " on this issue, e.g. \u201c"
                        + result.evidence().get(0).text() + "\u201d"));
            }
            if (result.matches().isEmpty()) {
                out.println("  " + terminal.dim(offers ? "(no peer has a matching need)" : "(no peer has a matching strength)"));
            }
            int rank = 1;
            for (Match match : result.matches()) {
                Evidence other = match.statement();
                out.printf("  %d. %s %s%n", rank++, terminal.bold(other.authority()),
                        terminal.dim(String.format(Locale.ROOT, "score %.2f%s %s", match.score(),
                                match.grade() == null ? "" : " \u00b7 " + match.grade().label(), themes(other))));
                out.println("     \u201c" + withContext(other) + "\u201d");
                out.println("     " + terminal.dim("\u2014 " + cite(other)));
                out.println("     " + terminal.dim("why: " + match.why()));
            }
        }
    }

    /** A list item is quoted after its lead-in, which says what it is about. */
    private static String withContext(Evidence e) {
        return e.leadIn() == null ? e.text() : e.leadIn() + " \u2026 " + e.text();
    }

    private void markdown(String heading, List<NeedMatches> results, PrintWriter out) {
        out.println("## " + Markdown.escape(heading));
        int number = 1;
        for (NeedMatches result : results) {
            Evidence own = result.statement();
            out.println();
            out.printf("### %s %d: %s%n%n", offers ? "Strength" : "Need", number++, Markdown.quote(own.text()));
            out.printf("_%s_ %s%n%n", Markdown.escape(cite(own)), Markdown.escape(themes(own)));
            if (!result.matches().isEmpty()) {
                out.println("| # | authority | statement | score | grade | source |");
                out.println("|---|---|---|---|---|---|");
            }
            int rank = 1;
            for (Match match : result.matches()) {
                Evidence other = match.statement();
                out.printf(Locale.ROOT, "| %d | %s | %s | %.2f | %s | %s |%n", rank++, Markdown.escape(other.authority()),
                        Markdown.quote(other.text()), match.score(), match.grade() == null ? "" : match.grade().label(),
                        Markdown.escape(cite(other)));
            }
        }
    }

    /** The matrix: needing authorities down, helping authorities across. */
    public void matrix(List<String> authorities, List<MatchMatrix.Cell> cells, OutputFormat format, PrintWriter out)
            throws IOException {
        Map<String, Map<String, MatchMatrix.Cell>> grid = new LinkedHashMap<>();
        cells.forEach(c -> grid.computeIfAbsent(c.needing(), n -> new LinkedHashMap<>()).put(c.helping(), c));
        switch (format) {
            case json -> cells.forEach(c -> {
                ObjectNode node = Json.object();
                node.put("needing", c.needing());
                node.put("helping", c.helping());
                node.put("needs", c.needs());
                ArrayNode themes = node.putArray("themes");
                c.themes().forEach(themes::add);
                out.println(Json.line(node));
            });
            case csv -> {
                CSVPrinter printer = CSVFormat.DEFAULT.print(out);
                printer.print("needs \\ helped by");
                printer.printRecord(authorities);
                for (String needing : authorities) {
                    printer.print(needing);
                    for (String helping : authorities) {
                        MatchMatrix.Cell cell = grid.getOrDefault(needing, Map.of()).get(helping);
                        printer.print(cell == null ? (needing.equals(helping) ? "" : "0") : cell.needs());
                    }
                    printer.println();
                }
                printer.flush();
            }
            case text, md -> {
                out.println("| needs \\ helped by | " + String.join(" | ", authorities.stream().map(Markdown::escape).toList()) + " |");
                out.println("|---" + "|---".repeat(authorities.size()) + "|");
                for (String needing : authorities) {
                    StringBuilder row = new StringBuilder("| " + Markdown.escape(needing) + " |");
                    for (String helping : authorities) {
                        MatchMatrix.Cell cell = grid.getOrDefault(needing, Map.of()).get(helping);
                        row.append(' ').append(cell == null ? (needing.equals(helping) ? "\u2013" : "0")
                                : cell.needs() + " (" + String.join(", ", cell.themes()) + ")").append(" |");
                    }
                    out.println(row);
                }
            }
        }
        out.flush();
    }

    private static String themes(Evidence e) {
        return e.themes().isEmpty() ? "" : "[" + String.join(", ", e.themes()) + "]";
    }

    private static String cite(Evidence e) {
        return Citation.of(e.path(), e.page(), e.paragraph(), e.section()) + (e.date() == null ? "" : " (" + e.date() + ")");
    }

    private static Object page(Evidence e) {
        return e.page() > 0 ? e.page() : "";
    }
}
