package uk.sli.model;

import java.util.Locale;
import java.util.Optional;

/** Ofsted's four-point scale, best first. */
public enum Grade {
    OUTSTANDING("outstanding"),
    GOOD("good"),
    REQUIRES_IMPROVEMENT("requires improvement"),
    INADEQUATE("inadequate");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    /** The wording used in reports, JSON and the index. */
    public String label() {
        return label;
    }

    /**
     * Reads a grade as printed in a report. "Requires improvement to be good" (the wording from 2018 on)
     * is the same grade as plain "requires improvement".
     */
    public static Optional<Grade> parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (t.startsWith("outstanding")) {
            return Optional.of(OUTSTANDING);
        }
        if (t.startsWith("good")) {
            return Optional.of(GOOD);
        }
        if (t.startsWith("requires improvement")) {
            return Optional.of(REQUIRES_IMPROVEMENT);
        }
        if (t.startsWith("inadequate")) {
            return Optional.of(INADEQUATE);
        }
        return Optional.empty();
    }
}
