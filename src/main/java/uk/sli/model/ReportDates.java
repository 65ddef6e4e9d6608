package uk.sli.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The dates a document states about itself. Each component is null when the document does not state it.
 *
 * @param inspectionStart first day inspectors were on site (Ofsted reports only)
 * @param inspectionEnd last day inspectors were on site; equal to the start for a one-day visit
 * @param published the publication date printed in a report or, for a council's own documents, the date the
 *     document gives itself (a month alone reads as the first of that month)
 */
public record ReportDates(LocalDate inspectionStart, LocalDate inspectionEnd, LocalDate published) {

    public static final ReportDates NONE = new ReportDates(null, null, null);

    /** The date that places the document in time: publication, else the end of the inspection. */
    public Optional<LocalDate> documentDate() {
        if (published != null) {
            return Optional.of(published);
        }
        return Optional.ofNullable(inspectionEnd != null ? inspectionEnd : inspectionStart);
    }
}
