package uk.sli.tag;

import java.util.Optional;
import java.util.regex.Pattern;
import uk.sli.model.Label;
import uk.sli.model.Paragraph;

/**
 * Labels that the document's structure decides before any model: items under an improvement
 * heading are areas for improvement even when they read as noun phrases; items under a council's
 * "what we do well" are strengths, and so are list items after a lead-in line that says the same
 * ("Strengths were identified in the following areas:"); judgement-table rows and report
 * particulars are neutral.
 */
final class StructureRules {

    /** Judgement-table rows and sentence-form judgement headings: a judgement area, then its grade. */
    private static final Pattern GRADE_ROW = Pattern.compile("(?i)^(the\\s+)?(\\d\\.?\\s*)?(\\d\\.\\d\\s*)?"
            + "(impact of leaders|experiences and progress|overall effectiveness|children who need help"
            + "|children looked after|adoption performance|leadership, management and governance"
            + "|judgement|the effectiveness of|children's services in)\\b.{0,160}\\b(outstanding|good|requires improvement"
            + "( to be good)?|inadequate|adequate|not judged)\\W*$");
    private static final Pattern PARTICULARS = Pattern.compile("(?i)^(inspection dates?|lead inspector|report published"
            + "|inspectors?:|age group|published|reference no|urn|local authority|judgement grade)\\b.*");
    /** Publisher's boilerplate: addresses, licences, links, contact details. */
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)(https?://|www\\.|@[a-z0-9-]+\\.(gov|org|co)|\\u00a9"
            + "|crown copyright|open government licence|textphone|\\b0300 \\d{3}|interested in our work"
            + "|large print or braille|regulates and inspects|\\bofsted\\b.{0,40}\\b(produces|regulates|inspects|assesses)\\b"
            + "|piccadilly gate|national archives)");
    /** A contents line: a short title ending in its page number. */
    private static final Pattern CONTENTS_LINE = Pattern.compile("^[^.!?]{3,90}\\s\\d{1,3}$");
    /** A short lead-in ending in a colon ("Within three months:") carries no judgement. */
    private static final Pattern LEAD_IN = Pattern.compile("^.{0,60}:$");

    private StructureRules() {
    }

    static Optional<Decision> decide(String text, StatementContext context, boolean frameworkTagged) {
        String t = text.strip();
        if ((endsWithGrade(t) && GRADE_ROW.matcher(t).matches()) || PARTICULARS.matcher(t).matches()) {
            return Optional.of(new Decision(Label.NEUTRAL, 0.97, "structure: judgement row or report particulars"));
        }
        if (BOILERPLATE.matcher(t).find() || CONTENTS_LINE.matcher(t).matches()) {
            return Optional.of(new Decision(Label.NEUTRAL, 0.95, "structure: publisher's boilerplate or contents line"));
        }
        SectionRole role = context.role();
        String under = "structure: under \u201c" + context.section() + "\u201d";
        if (role == SectionRole.CONTEXT) {
            return Optional.of(new Decision(Label.NEUTRAL, 0.9, under));
        }
        boolean listItem = context.kind() != Paragraph.Kind.TEXT;
        if (LEAD_IN.matcher(t).matches() && !(listItem && role == SectionRole.IMPROVEMENTS)) {
            return Optional.of(new Decision(Label.NEUTRAL, 0.9, "structure: lead-in line"));
        }
        if (frameworkTagged) {
            return Optional.of(new Decision(Label.IMPROVEMENT, 0.97, "structure: carries a national framework tag"));
        }
        if (role == SectionRole.IMPROVEMENTS) {
            return Optional.of(new Decision(Label.IMPROVEMENT, listItem ? 0.97 : 0.85, under));
        }
        if (listItem && role == SectionRole.STRENGTHS) {
            return Optional.of(new Decision(Label.STRENGTH, 0.9, under));
        }
        SectionRole leadIn = context.leadInRole();
        String after = "structure: item after \u201c" + context.leadIn() + "\u201d";
        if (listItem && leadIn == SectionRole.IMPROVEMENTS) {
            return Optional.of(new Decision(Label.IMPROVEMENT, 0.9, after));
        }
        if (listItem && leadIn == SectionRole.STRENGTHS) {
            return Optional.of(new Decision(Label.STRENGTH, 0.9, after));
        }
        return Optional.empty();
    }

    /** A cheap test before the judgement-row expression, which is costly on long sentences. */
    private static boolean endsWithGrade(String text) {
        String tail = text.substring(Math.max(0, text.length() - 40)).toLowerCase(java.util.Locale.ROOT);
        return tail.contains("good") || tail.contains("outstanding") || tail.contains("improvement")
                || tail.contains("adequate") || tail.contains("judged");
    }

    /** A rule's verdict and the reason to show. */
    record Decision(Label label, double confidence, String cue) {
    }
}
