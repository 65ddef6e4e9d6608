package uk.sli.tag;

import uk.sli.model.DocumentType;

/**
 * Who wrote a statement, which changes how it reads: inspectors write measured third-person prose
 * ("Not all plans are specific"); councils and their programme write in the first person and in
 * notes ("We would like support with ...", "Challenges around sufficiency"), where the same words
 * can mean the opposite ("improve" in a council's wish is a need, in a report often a strength).
 */
public enum Register {
    INSPECTION, COUNCIL, UNKNOWN;

    public static Register of(DocumentType type) {
        return switch (type) {
            case ILACS_STANDARD, ILACS_SHORT, SIF, FOCUSED_VISIT, MONITORING_VISIT, JTAI, SEND_AREA -> INSPECTION;
            case SELF_ASSESSMENT, IMPROVEMENT_PLAN, PEER_CHALLENGE, NEWSLETTER -> COUNCIL;
            case OTHER -> UNKNOWN;
        };
    }
}
