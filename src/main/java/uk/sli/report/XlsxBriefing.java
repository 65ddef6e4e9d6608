package uk.sli.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import uk.sli.briefing.Briefing;
import uk.sli.match.Match;
import uk.sli.match.NeedMatches;
import uk.sli.search.DocumentRow;
import uk.sli.themes.ThemeSummary;
import uk.sli.themes.ThemedStatement;

/**
 * A briefing as a workbook for analysts: sheets of themes, statements, matches, documents and the
 * authority x theme counts, each with a bold frozen header row and filters on every column.
 * Streamed (POI's SXSSF), so a region's tens of thousands of statements need little memory.
 */
public final class XlsxBriefing {

    private static final int WIDE = 80;
    private static final int MEDIUM = 24;
    private static final int NARROW = 12;

    public void write(Briefing b, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheets sheets = sheets(workbook);

            SXSSFSheet themes = sheets.create("Themes", List.of(
                    col("theme", MEDIUM), col("name", MEDIUM), col("strengths", NARROW), col("improvements", NARROW),
                    col("statements", NARROW), col("authorities", NARROW), col("authorities with strengths", NARROW),
                    col("authorities with needs", NARROW), col("sessions", NARROW), col("trend", MEDIUM),
                    col("example", WIDE)));
            for (List<ThemeSummary> list : List.of(b.overview().themes(), b.overview().emergent())) {
                for (ThemeSummary t : list) {
                    sheets.row(themes, t.theme(), t.name(), t.strengths(), t.improvements(), t.statements(),
                            t.authorities(), t.strengthAuthorities(), t.improvementAuthorities(), t.sessions(),
                            t.trend().stream().map(y -> y.year() + ":" + y.statements()).collect(Collectors.joining(" ")),
                            t.examples().isEmpty() ? "" : t.examples().get(0).text());
                }
            }
            sheets.finish(themes);

            SXSSFSheet statements = sheets.create("Statements", List.of(
                    col("authority", MEDIUM), col("year", NARROW), col("type", NARROW), col("label", NARROW),
                    col("confidence", NARROW), col("theme", MEDIUM), col("other themes", MEDIUM), col("text", WIDE),
                    col("path", WIDE), col("page", NARROW), col("paragraph", NARROW), col("section", MEDIUM)));
            for (ThemedStatement s : b.statements()) {
                sheets.row(statements, String.join(", ", s.authorities()), s.year(), s.type(), s.label(), s.confidence(),
                        s.primaryTheme(), String.join(", ", s.themes().subList(Math.min(1, s.themes().size()), s.themes().size())),
                        s.text(), s.path(), s.page() > 0 ? s.page() : null, s.paragraph(), s.section());
            }
            sheets.finish(statements);

            matchesSheet(sheets, b.matches());

            SXSSFSheet documents = sheets.create("Documents", List.of(
                    col("date", NARROW), col("type", MEDIUM), col("authority", MEDIUM), col("region", MEDIUM),
                    col("grades", WIDE), col("pages", NARROW), col("sentences", NARROW), col("path", WIDE)));
            for (DocumentRow row : b.documents()) {
                sheets.row(documents, row.date(), row.type(), row.authority(), row.region(),
                        row.grades().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                                .collect(Collectors.joining("; ")), row.pages(), row.sentences(), row.path());
            }
            sheets.finish(documents);

            SXSSFSheet heat = sheets.create("Authorities x themes", List.of(
                    col("authority", MEDIUM), col("theme", MEDIUM), col("strengths", NARROW), col("improvements", NARROW),
                    col("statements", NARROW)));
            for (ThemeSummary t : b.byAuthority()) {
                sheets.row(heat, t.group(), t.theme(), t.strengths(), t.improvements(), t.statements());
            }
            sheets.finish(heat);

            workbook.write(out);
            workbook.dispose();
        }
    }

    /** Matches alone (the web app's match explorer export): one sheet, as the briefing's. */
    public void writeMatches(Map<String, List<NeedMatches>> matches, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            matchesSheet(sheets(workbook), matches);
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void matchesSheet(Sheets sheets, Map<String, List<NeedMatches>> byAuthority) {
        SXSSFSheet matches = sheets.create("Matches", List.of(
                col("authority", MEDIUM), col("need", WIDE), col("need themes", MEDIUM), col("need source", WIDE),
                col("rank", NARROW), col("could learn from", MEDIUM), col("strength", WIDE), col("score", NARROW),
                col("grade", NARROW), col("strength source", WIDE), col("why", WIDE)));
        byAuthority.forEach((authority, needs) -> {
            for (NeedMatches need : needs) {
                int rank = 1;
                for (Match m : need.matches()) {
                    sheets.row(matches, authority, need.statement().text(), String.join(", ", need.statement().themes()),
                            Citation.of(need.statement().path(), need.statement().page(), need.statement().paragraph(),
                                    need.statement().section()),
                            rank++, m.statement().authority(), m.statement().text(), m.score(),
                            m.grade() == null ? null : m.grade().label(),
                            Citation.of(m.statement().path(), m.statement().page(), m.statement().paragraph(),
                                    m.statement().section()), m.why());
                }
            }
        });
        sheets.finish(matches);
    }

    private static Sheets sheets(SXSSFWorkbook workbook) {
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        CellStyle wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        return new Sheets(workbook, header, wrapped);
    }

    private static Column col(String name, int width) {
        return new Column(name, width);
    }

    private record Column(String name, int width) {
    }

    /** Creates sheets with their header, appends rows, and freezes and filters the header when done. */
    private static final class Sheets {
        private final SXSSFWorkbook workbook;
        private final CellStyle header;
        private final CellStyle wrapped;
        private final Map<SXSSFSheet, Integer> widths = new HashMap<>();

        Sheets(SXSSFWorkbook workbook, CellStyle header, CellStyle wrapped) {
            this.workbook = workbook;
            this.header = header;
            this.wrapped = wrapped;
        }

        SXSSFSheet create(String name, List<Column> columns) {
            SXSSFSheet sheet = workbook.createSheet(name);
            Row row = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                row.createCell(i).setCellValue(columns.get(i).name());
                row.getCell(i).setCellStyle(header);
                sheet.setColumnWidth(i, columns.get(i).width() * 256);
            }
            widths.put(sheet, columns.size());
            return sheet;
        }

        void row(SXSSFSheet sheet, Object... values) {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value instanceof Number number) {
                    row.createCell(i).setCellValue(number.doubleValue());
                } else if (value != null) {
                    String text = value.toString();
                    row.createCell(i).setCellValue(text);
                    if (text.length() > WIDE) {
                        row.getCell(i).setCellStyle(wrapped);
                    }
                }
            }
        }

        /** Rows already streamed to disk are gone from memory, so the column count comes from {@link #create}. */
        void finish(SXSSFSheet sheet) {
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, sheet.getLastRowNum()), 0, widths.get(sheet) - 1));
        }
    }
}
