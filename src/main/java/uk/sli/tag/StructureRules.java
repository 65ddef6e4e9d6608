package uk.sli.tag;

import java.util.Optional;
import java.util.regex.Pattern;
import uk.sli.model.Label;
import uk.sli.model.Paragraph;

/**
 * Labels that the document's structure decides before any model: items under an improvement
 * heading are areas for improvement even when they read as noun phrases; items under a council's
 * "what we do well" are strengths; judgement-table rows and report particulars are neutral.
 */
final class StructureRules {

    /** Ofsted's and councils' headings over lists of things to improve. */
    private static final Pattern IMPROVEMENT_HEADING = Pattern.compile("(?i)\\b(what needs to (improve|be better)"
            + "|areas? (for|of) (improvement|development|priority action)|priority actions?|recommendations?"
            + "|what (we|needs to) (need to )?(improve|do better|develop)|areas? to (develop|improve)"
            + "|what (we are|we're) worried about|even better if|what (could|should) be better)\\b");
    private static final Pattern STRENGTH_HEADING = Pattern.compile("(?i)^\\W*(\\d+(\\.\\d+)*\\.?\\s*)?"
            + "(what we do well|what (is|'s) working well|our strengths|strengths|key strengths|what has improved"
            + "|what we are proud of|areas? of strength)\\b");
    /** Judgement-table rows and sentence-form judgement headings: a judgement area, then its grade. */
    private static final Pattern GRADE_ROW = Pattern.compile("(?i)^(the\\s+)?(\\d\\.?\\s*)?(\\d\\.\\d\\s*)?"
            + "(impact of leaders|experiences and progress|overall effectiveness|children who need help"
            + "|children looked after|adoption performance|leadership, management and governance"
            + "|judgement|the effectiveness of|children's services in)\\b.{0,160}\\b(outstanding|good|requires improvement"
            + "( to be good)?|inadequate|adequate|not judged)\\W*$");
    private static final Pattern PARTICULARS = Pattern.compile("(?i)^(inspection dates?|lead inspector|report published"
            + "|inspectors?:|age group|published|reference no|urn|local authority|judgement grade)\\b.*");
    /** Sections that describe the inspection or the area, never judge it. */
    private static final Pattern NEUTRAL_SECTION = Pattern.compile("(?i)\\b(information about (this|the) (inspection|local authority)"
            + "|in this area|the inspection team|inspection team|contents|about this (inspection|report)"
            + "|local (authority|area) context|context of the local authority|summary for children and young people)\\b");
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
        if (GRADE_ROW.matcher(t).matches() || PARTICULARS.matcher(t).matches()) {
            return Optional.of(new Decision(Label.NEUTRAL, 0.97, "structure: judgement row or report particulars"));
        }
        if (BOILERPLATE.matcher(t).find() || CONTENTS_LINE.matcher(t).matches()) {
            return Optional.of(new Decision(Label.NEUTRAL, 0.95, "structure: publisher's boilerplate or contents line"));
        }
        if (NEUTRAL_SECTION.matcher(context.section()).find()) {
            return Optional.of(new Decision(Label.NEUTRAL, 0.9, "structure: under \u201c" + context.section() + "\u201d"));
        }
        boolean listItem = context.kind() != Paragraph.Kind.TEXT;
        boolean underImprovement = IMPROVEMENT_HEADING.matcher(context.section()).find();
        if (LEAD_IN.matcher(t).matches() && !(listItem && underImprovement)) {
            return Optional.of(new Decision(Label.NEUTRAL, 0.9, "structure: lead-in line"));
        }
        if (frameworkTagged) {
            return Optional.of(new Decision(Label.IMPROVEMENT, 0.97, "structure: carries a national framework tag"));
        }
        if (underImprovement) {
            return Optional.of(new Decision(Label.IMPROVEMENT, listItem ? 0.97 : 0.85,
                    "structure: under \u201c" + context.section() + "\u201d"));
        }
        if (listItem && STRENGTH_HEADING.matcher(context.section()).find()) {
            return Optional.of(new Decision(Label.STRENGTH, 0.9, "structure: under \u201c" + context.section() + "\u201d"));
        }
        return Optional.empty();
    }

    /** A rule's verdict and the reason to show. */
    record Decision(Label label, double confidence, String cue) {
    }
}
