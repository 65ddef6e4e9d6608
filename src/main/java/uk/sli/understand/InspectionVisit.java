package uk.sli.understand;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** One stretch of days inspectors spent on site; most inspections are one visit, a few are split in two. */
public record InspectionVisit(LocalDate start, LocalDate end) {

    /** Calendar days from the first to the last day, both counted. */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }
}
