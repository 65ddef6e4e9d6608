package uk.sli.understand;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.sli.model.Grade;
import uk.sli.model.Grades;
import uk.sli.model.Judgement;

/**
 * Reads the judgement grades of an Ofsted full inspection report.
 *
 * <p>The lines are joined into one text, because table rows wrap: a label can take two or three lines and its
 * grade can sit after the label, on its own lines ("Requires improvement" / "to be good"), or between the
 * first and the last line of the label. The text is cut into segments at every place a judgement label could
 * begin; in each segment the first grade is taken, and the segment counts only if the words around that
 * grade are exactly one known label. Prose that merely mentions a judgement ("the impact of leaders ... is
 * good") never reads as a row, so the same rules serve the front table and the body's sentence-form
 * headings ("... help and protection: good"), which fill what the table lacks. The first reading of each
 * judgement wins.
 *
 * <p>Labels covered: ILACS (2018 on) rows, including the single "children in care and care leavers" row that
 * came before care leavers were graded on their own (read as children in care only, with no care-leavers
 * grade); single inspection framework (2013-2017) numbered rows and its overall sentence ("The overall
 * judgement is ...", "Children's services in X are ..."); adoption and safeguarding-board grades are not
 * judgements here and are left out. Reports from April 2026 have no overall effectiveness row, which simply
 * leaves that judgement absent.
 */
public final class GradeReader {

    private static final String GRADE_WORDS =
            "requires? improvement(?: to be good)?|outstanding|good|inadequate";

    private static final Pattern GRADE = Pattern.compile("\\b(?:" + GRADE_WORDS + ")\\b", Pattern.CASE_INSENSITIVE);

    /** Where a row can begin; SIF rows only with their number, as their wording recurs inside ILACS labels. */
    private static final Pattern ROW_START = Pattern.compile(
            "(?:the )?(?:impact of leaders|experiences and progress of|overall effectiveness)"
                    + "|\\b\\d(?:\\.\\d)?\\.? (?:children who need|children looked after|adoption performance"
                    + "|experiences and progress of care leavers|leadership, management)"
                    + "|the effectiveness of the local safeguarding|the overall judgement is|children's services in",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PAGE_NUMBER = Pattern.compile("\\s*\\d+\\s*");

    /** A grade further than this from its row's start belongs to prose, not to the row. */
    private static final int MAX_LABEL_LENGTH = 150;

    /** Capitalised words and their joiners only, so that a clause in prose does not pass for a name. */
    private static final String AUTHORITY_NAME =
            "(?:the )?(?-i:[A-Z][\\w'.-]*(?:,? (?:and|of|upon|on|with|the|[A-Z][\\w'.-]*))*)(?: area)?";

    private record Row(Pattern label, Judgement judgement) {
        Row(String label, Judgement judgement) {
            this(Pattern.compile(label, Pattern.CASE_INSENSITIVE), judgement);
        }
    }

    /** Combined rows before their shorter prefixes, so that a grade printed mid-label finds the whole label. */
    private static final List<Row> ROWS = List.of(
            new Row("(?:the )?impact of leaders on social work practice(?: with children and families)?",
                    Judgement.IMPACT_OF_LEADERS),
            new Row("(?:the )?experiences and progress of children (?:and young people )?who need help and protection",
                    Judgement.HELP_AND_PROTECTION),
            new Row("(?:the )?experiences and progress of children in care and care leavers", Judgement.CHILDREN_IN_CARE),
            new Row("(?:the )?experiences and progress of children in care", Judgement.CHILDREN_IN_CARE),
            new Row("(?:the )?experiences and progress of (?:children )?care leavers", Judgement.CARE_LEAVERS),
            new Row("overall effectiveness", Judgement.OVERALL_EFFECTIVENESS),
            new Row("\\d\\.? children who need help and protection", Judgement.HELP_AND_PROTECTION),
            new Row("\\d\\.? children looked after and achieving permanence", Judgement.CHILDREN_IN_CARE),
            new Row("\\d\\.\\d\\.? experiences and progress of care leavers", Judgement.CARE_LEAVERS),
            new Row("\\d\\.? leadership, management and governance", Judgement.IMPACT_OF_LEADERS),
            new Row("the overall judgement is(?: that children's services(?: are)?)?", Judgement.OVERALL_EFFECTIVENESS),
            new Row("children's services in " + AUTHORITY_NAME + "(?: are)?", Judgement.OVERALL_EFFECTIVENESS));

    /** Reads the grades from the report's lines: the first pages, or the whole report to use body headings too. */
    public Grades read(List<String> lines) {
        // a page number left between a label and its grade would otherwise break the row apart
        String text = TextLines.joined(lines.stream().filter(line -> !PAGE_NUMBER.matcher(line).matches()).toList());
        Map<Judgement, Grade> grades = new EnumMap<>(Judgement.class);
        Matcher start = ROW_START.matcher(text);
        int segmentStart = start.find() ? start.start() : -1;
        while (segmentStart >= 0) {
            int segmentEnd = start.find() ? start.start() : text.length();
            readRow(text.substring(segmentStart, segmentEnd))
                    .ifPresent(reading -> grades.putIfAbsent(reading.judgement(), reading.grade()));
            segmentStart = segmentEnd < text.length() ? segmentEnd : -1;
        }
        return new Grades(grades);
    }

    private record Reading(Judgement judgement, Grade grade) {
    }

    private static Optional<Reading> readRow(String segment) {
        Matcher grade = GRADE.matcher(segment);
        if (!grade.find() || grade.start() > MAX_LABEL_LENGTH) {
            return Optional.empty();
        }
        String before = segment.substring(0, grade.start()).replaceAll("[\\s:-]+$", "");
        String after = segment.substring(grade.end()).trim();
        String unwrapped = (before + " " + after).trim();
        for (Row row : ROWS) {
            if (row.label().matcher(before).matches() || labelSurroundsGrade(row, unwrapped, before.length())) {
                return Grade.parse(grade.group().replaceFirst("(?i)^require ", "requires "))
                        .map(g -> new Reading(row.judgement(), g));
            }
        }
        return Optional.empty();
    }

    /** True when the grade was printed inside the label, between two of its wrapped lines. */
    private static boolean labelSurroundsGrade(Row row, String unwrapped, int gradePosition) {
        Matcher label = row.label().matcher(unwrapped);
        return label.lookingAt() && label.end() > gradePosition;
    }
}
