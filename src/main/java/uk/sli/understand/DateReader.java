package uk.sli.understand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.sli.model.ReportDates;

/**
 * Reads the dates a document states on its first pages.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>Inspection dates follow an "Inspection date:" or "Inspection dates:" label, on the same line or, where
 *       the line wrapped or the label sits in a layout table, on the next lines. A range is written
 *       "9 to 20 May 2022", "28 November to 9 December 2022", "25 April - 18 May 2017", with both ends in
 *       full, or as "1/06/2015 - 25/06/2015"; a start without a year takes the end's year, or the year before when its month comes later in
 *       the year than the end's (an inspection over New Year). Split visits ("... and 7 August 2019 to
 *       8 August 2019") run from the first start to the last end.</li>
 *   <li>The published date follows a "Report published:", "Published:", "Date:", "Date of issue:",
 *       "Issued:" or "Last updated:" label, found the same way; "dd/mm/yyyy" and "yyyy-mm-dd" are read too,
 *       and a month alone ("March 2024") as the first of the month.</li>
 *   <li>A document with neither label, such as a council's plan or newsletter, is dated by the first date or
 *       month it gives on its first lines. A financial or plan year ("2024-25") is a period, not a date, so
 *       it dates nothing there.</li>
 *   <li>A council's plan still undated is dated by its approval ("Approved by the Steering Group" with a
 *       date on that line or the next two, anywhere in it), else by the start of the plan year its first
 *       lines name ("Regional Improvement Plan 2024-25": 1 April 2024, the start of the financial year).</li>
 * </ol>
 */
public final class DateReader {

    /** Lines after a label that may still hold its value: a wrapped range, or a cell in a layout table. */
    private static final int VALUE_LOOKAHEAD = 4;
    /** How far into the document an undated plan or newsletter may state its date. */
    private static final int UNLABELLED_DATE_LINES = 30;

    private static final Pattern INSPECTION_LABEL = Pattern.compile("(?i)^inspection dates?\\b:?\\s*(.*)");
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "(?i)^(?:report published|published|date of (?:issue|publication)|publication date|date|issued"
                    + "|last updated)\\s*:\\s*(.*)");
    private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");
    private static final Pattern APPROVED = Pattern.compile("(?i)\\bapproved\\b");
    /** A plan or financial year, "2024-25" or "2024/2025", whose second year follows the first. */
    private static final Pattern PLAN_YEAR = Pattern.compile("\\b(20\\d\\d)\\s*[-\u2013/]\\s*(?:20)?\\d\\d\\b");
    /** A plan names its year in its title, on its first few hundred characters. */
    private static final int PLAN_YEAR_CHARS = 400;
    /** A range's start: day, with month and year when they differ from the end's. */
    private static final Pattern RANGE = Pattern.compile(
            "\\b(\\d{1,2})(?: (" + DateExpressions.MONTH + "))?(?: (\\d{4}))?\\s*(?:to|-)\\s*"
                    + "(\\d{1,2}) (" + DateExpressions.MONTH + ") (\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_RANGE = Pattern.compile(
            "\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s*(?:to|-)\\s*(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern SINGLE_DAY = Pattern.compile(
            "(\\d{1,2}) (" + DateExpressions.MONTH + ") (\\d{4})", Pattern.CASE_INSENSITIVE);

    public ReportDates read(List<String> frontLines) {
        List<String> lines = TextLines.nonBlank(frontLines);
        List<InspectionVisit> visits = visits(lines);
        LocalDate published = labelledValue(lines, PUBLISHED_LABEL)
                .flatMap(DateExpressions::firstDateOrMonth)
                .or(() -> visits.isEmpty() ? unlabelledDate(lines) : Optional.empty())
                .orElse(null);
        if (visits.isEmpty()) {
            return new ReportDates(null, null, published);
        }
        return new ReportDates(visits.get(0).start(), visits.get(visits.size() - 1).end(), published);
    }

    /** The visits on site, in the order the report lists them; empty when it gives no inspection dates. */
    public List<InspectionVisit> visits(List<String> frontLines) {
        List<String> lines = TextLines.nonBlank(frontLines);
        String value = labelledValue(lines, INSPECTION_LABEL).orElse("");
        List<InspectionVisit> visits = new ArrayList<>();
        Matcher range = RANGE.matcher(value);
        while (range.find()) {
            rangeVisit(range).ifPresent(visits::add);
        }
        Matcher numeric = NUMERIC_RANGE.matcher(value);
        while (numeric.find()) {
            numericVisit(numeric).ifPresent(visits::add);
        }
        if (visits.isEmpty()) {
            Matcher day = SINGLE_DAY.matcher(value);
            if (day.find()) {
                DateExpressions.date(day.group(3), DateExpressions.month(day.group(2)), day.group(1))
                        .ifPresent(d -> visits.add(new InspectionVisit(d, d)));
            }
        }
        return visits;
    }

    private static Optional<InspectionVisit> rangeVisit(Matcher range) {
        int endMonth = DateExpressions.month(range.group(5));
        int endYear = Integer.parseInt(range.group(6));
        Optional<LocalDate> end = DateExpressions.date(range.group(6), endMonth, range.group(4));
        int startMonth = range.group(2) == null ? endMonth : DateExpressions.month(range.group(2));
        int startYear = range.group(3) != null ? Integer.parseInt(range.group(3))
                : startMonth > endMonth ? endYear - 1 : endYear;
        Optional<LocalDate> start = DateExpressions.date(String.valueOf(startYear), startMonth, range.group(1));
        return visit(start, end);
    }

    private static Optional<InspectionVisit> numericVisit(Matcher range) {
        Optional<LocalDate> start = DateExpressions.date(range.group(3), Integer.parseInt(range.group(2)), range.group(1));
        Optional<LocalDate> end = DateExpressions.date(range.group(6), Integer.parseInt(range.group(5)), range.group(4));
        return visit(start, end);
    }

    private static Optional<InspectionVisit> visit(Optional<LocalDate> start, Optional<LocalDate> end) {
        return start.flatMap(s -> end.filter(e -> !e.isBefore(s)).map(e -> new InspectionVisit(s, e)));
    }

    /**
     * The text after the first line with the label, plus following lines while the value is unfinished: no
     * year yet, or ending in "to", "and" or a dash, as a wrapped range does.
     */
    private static Optional<String> labelledValue(List<String> lines, Pattern label) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = label.matcher(lines.get(i));
            if (m.matches()) {
                StringBuilder value = new StringBuilder(m.group(1));
                for (int next = i + 1; next <= i + VALUE_LOOKAHEAD && next < lines.size() && unfinished(value); next++) {
                    value.append(' ').append(lines.get(next));
                }
                return Optional.of(value.toString().trim());
            }
        }
        return Optional.empty();
    }

    private static boolean unfinished(CharSequence value) {
        String v = value.toString().trim();
        return !YEAR.matcher(v).find() || v.matches("(?is).*\\b(?:to|and)$|.*-$");
    }

    /** The approval date of a plan, else the first day of the plan year its front lines name (rule 4). */
    public Optional<LocalDate> planDate(List<String> allLines, List<String> frontLines) {
        List<String> lines = TextLines.nonBlank(allLines);
        for (int i = 0; i < lines.size(); i++) {
            if (APPROVED.matcher(lines.get(i)).find()) {
                String window = String.join(" ", lines.subList(i, Math.min(lines.size(), i + 3)));
                Optional<LocalDate> approved = DateExpressions.firstDateOrMonth(window);
                if (approved.isPresent()) {
                    return approved;
                }
            }
        }
        String front = String.join(" ", TextLines.nonBlank(frontLines));
        Matcher year = PLAN_YEAR.matcher(front.substring(0, Math.min(front.length(), PLAN_YEAR_CHARS)));
        return year.find() ? Optional.of(LocalDate.of(Integer.parseInt(year.group(1)), 4, 1)) : Optional.empty();
    }

    private static Optional<LocalDate> unlabelledDate(List<String> lines) {
        String front = String.join(" ", lines.subList(0, Math.min(UNLABELLED_DATE_LINES, lines.size())));
        return DateExpressions.firstDateOrMonth(front);
    }
}
