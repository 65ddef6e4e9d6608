package uk.sli.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The dates a document carries. Any of them may be unknown (null).
 *
 * @param inspectionStart first day of an inspection or visit
 * @param inspectionEnd last day of an inspection or visit
 * @param published publication date of a report, or the date a plan or note was written
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
