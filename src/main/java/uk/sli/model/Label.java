package uk.sli.model;

import java.util.Locale;
import java.util.Optional;

/** What a statement says about practice: the four labels a statement can carry. */
public enum Label {
    /** Some practice, service, leadership action or outcome is good, effective or improving. */
    STRENGTH,
    /** A weakness, gap, delay, inconsistency, or something that needs to improve. */
    IMPROVEMENT,
    /** Clearly both in one sentence. */
    MIXED,
    /** Headings, table rows, context, method, boilerplate, facts without a judgement. */
    NEUTRAL;

    /** The lower-case name used in JSON, the index and labelled data. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Label> fromId(String id) {
        for (Label label : values()) {
            if (label.id().equalsIgnoreCase(id.strip())) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }
}
