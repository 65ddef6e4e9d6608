package uk.sli.model;

import java.util.Optional;

/** What kind of document a file is; the id is what the index, JSON and {@code --type} use. */
public enum DocumentType {
    ILACS_STANDARD("ilacs-standard", "Ofsted ILACS standard inspection"),
    ILACS_SHORT("ilacs-short", "Ofsted ILACS short inspection"),
    SIF("sif", "Ofsted single inspection framework (2013-2017)"),
    FOCUSED_VISIT("focused-visit", "Ofsted focused visit"),
    MONITORING_VISIT("monitoring-visit", "Ofsted monitoring visit"),
    JTAI("jtai", "Joint targeted area inspection"),
    SEND_AREA("send-area", "Area SEND inspection"),
    SELF_ASSESSMENT("self-assessment", "Self-assessment"),
    IMPROVEMENT_PLAN("improvement-plan", "Improvement plan"),
    PEER_CHALLENGE("peer-challenge", "Peer-challenge notes"),
    NEWSLETTER("newsletter", "Newsletter"),
    OTHER("other", "Other");

    private final String id;
    private final String description;

    DocumentType(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** True for the graded full inspections (ILACS standard/short and SIF). */
    public boolean isFullInspection() {
        return this == ILACS_STANDARD || this == ILACS_SHORT || this == SIF;
    }

    public static Optional<DocumentType> fromId(String id) {
        for (DocumentType t : values()) {
            if (t.id.equalsIgnoreCase(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
