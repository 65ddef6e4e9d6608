package uk.sli.model;


/** The judgement areas Ofsted grades in a full inspection, with the names used in JSON and the index. */
public enum Judgement {
    /** Absent from reports published under the framework in force from April 2026. */
    OVERALL_EFFECTIVENESS("overall_effectiveness"),
    IMPACT_OF_LEADERS("impact_of_leaders"),
    HELP_AND_PROTECTION("help_and_protection"),
    CHILDREN_IN_CARE("children_in_care"),
    CARE_LEAVERS("care_leavers");

    private final String key;

    Judgement(String key) {
        this.key = key;
    }

    /** Stable key: JSON field name, index field suffix, CSV column. */
    public String key() {
        return key;
    }
}
