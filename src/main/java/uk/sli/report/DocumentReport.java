package uk.sli.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.sli.model.DocumentType;
import uk.sli.model.Judgement;
import uk.sli.model.Paragraph;
import uk.sli.model.PeerChallengePart;
import uk.sli.model.Section;
import uk.sli.model.Sentence;
import uk.sli.search.DocumentCatalog.DocumentView;
import uk.sli.search.DocumentRow;

/** Writes the document list ({@code sli docs}) and one document's structure ({@code sli show}). */
public final class DocumentReport {

    private final Terminal terminal;

    public DocumentReport(Terminal terminal) {
        this.terminal = terminal;
    }

    public void list(List<DocumentRow> rows, OutputFormat format, PrintWriter out) throws IOException {
        switch (format) {
            case json -> rows.forEach(row -> out.println(Json.line(json(row))));
            case csv -> csv(rows, out);
            case text -> {
                for (DocumentRow row : rows) {
                    out.printf("%-10s  %-16s  %-28s  %-14s  %s%n", orDash(row.date()), row.type(),
                            SearchReport.orUnknown(row.authority()), gradeSummary(row), row.path());
                }
                out.printf("%d documents%n", rows.size());
            }
            case md -> {
                out.println("| date | type | authority | grades | path |");
                out.println("|---|---|---|---|---|");
                rows.forEach(row -> out.printf("| %s | %s | %s | %s | %s |%n", orDash(row.date()), row.type(),
                        Markdown.escape(SearchReport.orUnknown(row.authority())), gradeSummary(row), Markdown.escape(row.path())));
            }
        }
        out.flush();
    }

    public void show(DocumentView view, OutputFormat format, PrintWriter out) {
        if (format == OutputFormat.json) {
            ObjectNode node = json(view.row());
            node.set("sections", Json.object().arrayNode().addAll(view.sections().stream()
                    .map(Json::tree).toList()));
            out.println(Json.line(node));
            out.flush();
            return;
        }
        DocumentRow row = view.row();
        out.println(terminal.bold(row.title() == null ? row.path() : row.title()));
        String type = DocumentType.fromId(row.type()).map(DocumentType::description).orElse(row.type());
        out.printf("%s · %s · %s · %d pages · %d sentences%n", type, SearchReport.orUnknown(row.authority()),
                orDash(row.date()), row.pages(), row.sentences());
        row.grades().forEach((judgement, grade) -> out.printf("  %-22s %s%n", judgement, grade));
        out.println(row.path() + "  (id " + row.id() + ")");
        for (Section section : view.sections()) {
            out.println();
            String marker = "#".repeat(Math.max(1, section.level()));
            out.println(terminal.bold(marker + " " + (section.heading().isEmpty() ? "(before the first heading)" : section.heading()))
                    + terminal.dim(section.page() > 0 ? "  p. " + section.page() : "")
                    + (section.authorities().isEmpty() ? "" : terminal.dim("  [" + String.join(", ", section.authorities()) + "]")));
            if (section.peerChallenge() != null) {
                PeerChallengePart event = section.peerChallenge();
                out.println(terminal.dim("  peer challenge: " + event.event()
                        + (event.hasSpeaker() ? " · reflections of " + event.speaker() : " · shared notes")));
            }
            for (Paragraph paragraph : section.paragraphs()) {
                String label = switch (paragraph.kind()) {
                    case NUMBERED -> paragraph.number() + ".";
                    case BULLET -> "•";
                    case TEXT -> "¶";
                };
                out.println(terminal.dim(String.format("  %-4s p. %-3s", label, paragraph.page() > 0 ? paragraph.page() : "-")));
                for (Sentence sentence : paragraph.sentences()) {
                    out.println("      " + sentence.text());
                }
            }
        }
        out.flush();
    }

    /** One document as {@code sli docs --format json} and the web API write it. */
    public static ObjectNode json(DocumentRow row) {
        ObjectNode node = Json.object();
        node.put("id", row.id());
        node.put("path", row.path());
        node.put("type", row.type());
        node.put("title", row.title());
        node.put("authority", row.authority());
        node.put("authority_code", row.authorityCode());
        node.put("region", row.region());
        node.put("date", row.date());
        node.put("inspection_start", row.inspectionStart());
        node.put("inspection_end", row.inspectionEnd());
        node.put("pages", row.pages());
        node.put("sentences", row.sentences());
        ObjectNode grades = node.putObject("grades");
        row.grades().forEach(grades::put);
        return node;
    }

    private static void csv(List<DocumentRow> rows, PrintWriter out) throws IOException {
        List<String> header = new ArrayList<>(List.of("path", "type", "authority", "authority_code", "region", "date",
                "inspection_start", "inspection_end", "pages", "sentences"));
        for (Judgement j : Judgement.values()) {
            header.add(j.key());
        }
        CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(out);
        for (DocumentRow row : rows) {
            List<Object> values = new ArrayList<>(List.of(row.path(), row.type(), orEmpty(row.authority()),
                    orEmpty(row.authorityCode()), orEmpty(row.region()), orEmpty(row.date()),
                    orEmpty(row.inspectionStart()), orEmpty(row.inspectionEnd()), row.pages(), row.sentences()));
            for (Judgement j : Judgement.values()) {
                values.add(row.grades().getOrDefault(j.key(), ""));
            }
            printer.printRecord(values);
        }
        printer.flush();
    }

    /** Overall effectiveness when graded, else the first grade: enough to scan a list. */
    private static String gradeSummary(DocumentRow row) {
        String overall = row.grades().get(Judgement.OVERALL_EFFECTIVENESS.key());
        if (overall != null) {
            return overall;
        }
        return row.grades().values().stream().findFirst().map(g -> "(" + g + ")").orElse("-");
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
