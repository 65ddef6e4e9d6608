package uk.sli.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.sli.model.ReportDates;

class DateReaderTest {

    private final DateReader reader = new DateReader();

    private ReportDates read(String... lines) {
        return reader.read(List.of(lines));
    }

    @Test
    void readsARangeWithinOneMonth() {
        assertEquals(new ReportDates(LocalDate.of(2022, 5, 9), LocalDate.of(2022, 5, 20), null),
                read("Inspection of Northshire children's services", "Inspection dates: 9 to 20 May 2022"));
    }

    @Test
    void readsARangeAcrossMonthsWithADashAndTheReportPublishedLine() {
        assertEquals(new ReportDates(LocalDate.of(2017, 4, 25), LocalDate.of(2017, 5, 18), LocalDate.of(2017, 7, 7)),
                read("Inspection date: 25 April \u2013 18 May 2017 ", "Report published: 7 July 2017"));
    }

    @Test
    void readsARangeOverNewYear() {
        ReportDates dates = read("Inspection dates: 28 November to 9 January 2023");
        assertEquals(LocalDate.of(2022, 11, 28), dates.inspectionStart());
        assertEquals(LocalDate.of(2023, 1, 9), dates.inspectionEnd());
    }

    @Test
    void readsFullDatesNumericDatesAndSplitVisitsWrappedOverLines() {
        assertEquals(new ReportDates(LocalDate.of(2019, 7, 8), LocalDate.of(2019, 8, 9), null),
                read("Inspection dates: 8 July 2019 to 12 July 2019 and 5 August 2019 to", "9 August 2019"));
        assertEquals(new ReportDates(LocalDate.of(2015, 6, 1), LocalDate.of(2015, 6, 25), LocalDate.of(2015, 8, 10)),
                read("Inspection date: 1/06/2015 - 25/06/2015", "Report published: 10/08/2015"));
    }

    @Test
    void listsEachVisitOfASplitInspection() {
        List<InspectionVisit> visits = reader.visits(List.of("Inspection dates: 5 to 9 December 2022 and 14 to 15 "
                + "February 2023"));
        assertEquals(List.of(new InspectionVisit(LocalDate.of(2022, 12, 5), LocalDate.of(2022, 12, 9)),
                new InspectionVisit(LocalDate.of(2023, 2, 14), LocalDate.of(2023, 2, 15))), visits);
        assertEquals(7, visits.stream().mapToLong(InspectionVisit::days).sum());
    }

    @Test
    void findsLabelValuesLaidOutOnLaterLines() {
        assertEquals(new ReportDates(LocalDate.of(2013, 7, 15), LocalDate.of(2013, 7, 19), LocalDate.of(2013, 8, 23)),
                read("Inspection dates:", "", "15 - 19 July 2013", "Age group:", "Published:", "All", "23 August 2013"));
    }

    @Test
    void datesACouncilDocumentByItsLabelInAnySpelling() {
        assertEquals(LocalDate.of(2024, 3, 12), read("Quality assurance report", "Date: 12/03/2024").published());
        assertEquals(LocalDate.of(2024, 3, 12), read("Last updated: 2024-03-12").published());
        assertEquals(LocalDate.of(2024, 3, 1), read("Date of issue: March 2024").published());
    }

    @Test
    void datesAnUnlabelledDocumentByItsFirstDateOrMonth() {
        assertEquals(LocalDate.of(2023, 3, 1), read("Partnership impact report", "March 2023").published());
        assertEquals(LocalDate.of(2019, 3, 22), read("Update no 12 22nd March 2019", "Items this week").published());
    }

    @Test
    void aPlanYearIsAPeriodAndDatesNothing() {
        assertEquals(ReportDates.NONE, read("Children's services improvement plan 2024-25", "Our priorities"));
    }

    @Test
    void toleratesAStrayRunningHeaderBeforeTheDates() {
        assertEquals(new ReportDates(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 14), null),
                read("Northshire children's services inspection", "2", "Inspection dates: 3 to 14 March 2025"));
    }

    @Test
    void aPlanIsDatedByItsApprovalAnywhereInIt() {
        List<String> front = List.of("Weald and Coast Regional Improvement Plan 2024-25", "Introduction");
        List<String> all = List.of("Weald and Coast Regional Improvement Plan 2024-25", "Introduction", "...",
                "Approved by the Steering Group", "10 June 2024");
        assertEquals(Optional.of(LocalDate.of(2024, 6, 10)), new DateReader().planDate(all, front));
    }

    @Test
    void aPlanWithoutAnApprovalIsDatedByTheStartOfItsPlanYear() {
        List<String> front = List.of("Regional Improvement Plan 2025/26", "Our priorities");
        assertEquals(Optional.of(LocalDate.of(2025, 4, 1)), new DateReader().planDate(front, front));
        assertEquals(Optional.empty(), new DateReader().planDate(List.of("Our priorities"), List.of("Our priorities")));
    }
}
