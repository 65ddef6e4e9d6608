package uk.sli.tag;

import java.util.regex.Pattern;

/**
 * What a section's heading says about the statements under it: a list of things to improve, a
 * list of strengths, a description of the inspection or area (never a judgement), or anything else.
 * Worked out once per section rather than once per statement.
 */
public enum SectionRole {
    IMPROVEMENTS, STRENGTHS, CONTEXT, OTHER;

    /** Ofsted's and councils' headings over lists of things to improve. */
    private static final Pattern IMPROVEMENT_HEADING = Pattern.compile("(?i)\\b(what needs to (improve|be better)"
            + "|areas? (for|of) (improvement|development|priority action)|priority actions?|recommendations?"
            + "|what (we|needs to) (need to )?(improve|do better|develop)|areas? to (develop|improve)"
            + "|what (we are|we're) worried about|even better if|what (could|should) be better)\\b");
    private static final Pattern STRENGTH_HEADING = Pattern.compile("(?i)^\\W*(\\d+(\\.\\d+)*\\.?\\s*)?"
            + "(what we do well|what (is|'s) working well|our strengths|strengths|key strengths|what has improved"
            + "|what we are proud of|areas? of strength)\\b");
    /** Sections that describe the inspection or the area, never judge it. */
    private static final Pattern CONTEXT_SECTION = Pattern.compile("(?i)\\b(information about (this|the) (inspection|local authority)"
            + "|in this area|the inspection team|inspection team|contents|about this (inspection|report)"
            + "|local (authority|area) context|context of the local authority|summary for children and young people)\\b");
    public static SectionRole of(String heading) {
        if (CONTEXT_SECTION.matcher(heading).find()) {
            return CONTEXT;
        }
        if (IMPROVEMENT_HEADING.matcher(heading).find()) {
            return IMPROVEMENTS;
        }
        if (STRENGTH_HEADING.matcher(heading).find()) {
            return STRENGTHS;
        }
        return OTHER;
    }
}
