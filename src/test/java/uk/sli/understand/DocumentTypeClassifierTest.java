package uk.sli.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.sli.model.DocumentType;

class DocumentTypeClassifierTest {

    private final DocumentTypeClassifier classifier = new DocumentTypeClassifier();

    private DocumentType classify(String... frontLines) {
        return classifier.classify(List.of(frontLines));
    }

    @Test
    void tellsIlacsStandardFromShortByTimeOnSite() {
        assertEquals(DocumentType.ILACS_STANDARD, classify(
                "Inspection of Northshire children\u2019s services", "Inspection dates: 3 to 14 March 2025"));
        assertEquals(DocumentType.ILACS_SHORT, classify(
                "Inspection of Northshire children's services", "Inspection dates: 3 to 7 March 2025"));
        assertEquals(DocumentType.ILACS_SHORT, classify("Inspection of children's social care services",
                "Inspection dates: 5 to 9 December 2022 and 14 to 15 February 2023"));
    }

    @Test
    void readsAnIlacsReportWithNoDatesAsStandard() {
        assertEquals(DocumentType.ILACS_STANDARD, classify("Judgement Grade",
                "The impact of leaders on social work practice with children and families Good"));
    }

    @Test
    void recognisesSingleInspectionFrameworkTitlesAndTheirPredecessors() {
        assertEquals(DocumentType.SIF, classify("Westvale Council",
                "Re-inspection of services for children in need of help and",
                "protection, children looked after and care leavers"));
        assertEquals(DocumentType.SIF, classify("Inspection of looked after children", "services"));
    }

    @Test
    void recognisesOfstedVisitsAndJointInspections() {
        assertEquals(DocumentType.FOCUSED_VISIT, classify("Focused visit to Northshire children's services",
                "Inspection dates: 4 to 5 June 2024"));
        assertEquals(DocumentType.MONITORING_VISIT, classify("Monitoring visit to Northshire children's services",
                "Inspection dates: 4 to 5 June 2024"));
        assertEquals(DocumentType.JTAI, classify("Joint targeted area inspection of the multi-agency response",
                "to children living with neglect in Northshire"));
        assertEquals(DocumentType.SEND_AREA, classify("Area SEND inspection of Northshire Local Area Partnership"));
    }

    @Test
    void aFullReportThatMentionsEarlierMonitoringVisitsIsStillAFullReport() {
        assertEquals(DocumentType.ILACS_STANDARD, classify("Inspection of Northshire children's services",
                "Inspection dates: 3 to 14 March 2025",
                "Since the last inspection, two monitoring visits to the authority found progress."));
    }

    @Test
    void namesACouncilDocumentByTheFirstKindItsTitleGives() {
        assertEquals(DocumentType.SELF_ASSESSMENT, classify("Northshire children's services",
                "Annual self-evaluation 2024"));
        assertEquals(DocumentType.IMPROVEMENT_PLAN, classify("Westvale improvement plan 2024-25",
                "Including peer challenge arrangements"));
        assertEquals(DocumentType.PEER_CHALLENGE, classify("Notes of the peer challenge day", "Westvale, May 2024"));
        assertEquals(DocumentType.NEWSLETTER, classify("Update No 12 22 March 2019", "Items this week"));
    }

    @Test
    void prosePhrasesDoNotMakeATitle() {
        assertEquals(DocumentType.OTHER, classify("Partnership impact report", "March 2023",
                "Over the year every authority in the partnership took part in a peer challenge and shared its results."));
    }
}
