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
    /** Lead-in lines that introduce a list of things to improve ("Themes identified as needing improvement included:"). */
    private static final Pattern IMPROVEMENT_LEAD_IN = Pattern.compile("(?i)\\b(need(s|ing|ed)? (to )?improv\\w*"
            + "|requir\\w* improvement|for (improvement|development)|weakness\\w*|concerns?|challeng\\w*|issues|gaps"
            + "|(should|must|need to) (improve|ensure|address|develop|strengthen))\\b");
    /** Lead-in lines that introduce a list of strengths ("Strengths were identified in the following areas:"). */
    private static final Pattern STRENGTH_LEAD_IN = Pattern.compile("(?i)\\b(strengths?|good practice|working well|what works"
            + "|proud|successes|well[- ]regarded|done well)\\b");

    /**
     * What a list's lead-in line says about its items: as a heading would, or, a lead-in being a
     * sentence, by the words that say the items are things to improve or strengths (a line that
     * says both, "one authority's strength matched another's area for improvement", says neither).
     */
    public static SectionRole ofLeadIn(String leadIn) {
        SectionRole asHeading = of(leadIn);
        if (asHeading != OTHER) {
            return asHeading;
        }
        boolean improvements = IMPROVEMENT_LEAD_IN.matcher(leadIn).find();
        boolean strengths = STRENGTH_LEAD_IN.matcher(leadIn).find();
        return improvements == strengths ? OTHER : improvements ? IMPROVEMENTS : STRENGTHS;
    }

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
