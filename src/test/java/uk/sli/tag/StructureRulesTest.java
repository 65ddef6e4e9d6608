package uk.sli.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.sli.model.Label;
import uk.sli.model.Paragraph;

class StructureRulesTest {

    private static Label decide(String text, String section, Paragraph.Kind kind) {
        return StructureRules.decide(text, StatementContext.of(section, kind), false)
                .map(StructureRules.Decision::label).orElse(null);
    }

    @Test
    void itemsUnderImprovementHeadingsAreImprovementsEvenAsNounPhrases() {
        assertEquals(Label.IMPROVEMENT, decide("The quality of plans for children in need.", "What needs to improve?", Paragraph.Kind.BULLET));
        assertEquals(Label.IMPROVEMENT, decide("Supervision of new staff.", "Areas for priority action", Paragraph.Kind.NUMBERED));
        assertEquals(Label.IMPROVEMENT, decide("Recording of visits.", "3. Areas for development", Paragraph.Kind.BULLET));
    }

    @Test
    void itemsUnderStrengthHeadingsAreStrengths() {
        assertEquals(Label.STRENGTH, decide("Our family hubs are well used.", "What we do well", Paragraph.Kind.BULLET));
    }

    @Test
    void judgementRowsAndParticularsAreNeutral() {
        assertEquals(Label.NEUTRAL, decide("Overall effectiveness Requires improvement to be good", "Judgement Grade", Paragraph.Kind.TEXT));
        assertEquals(Label.NEUTRAL, decide("The experiences and progress of children in care: good", "", Paragraph.Kind.TEXT));
        assertEquals(Label.NEUTRAL, decide("Inspection dates: 3 to 14 March 2025", "", Paragraph.Kind.TEXT));
        assertEquals(Label.NEUTRAL, decide("Within three months:", "Recommendations", Paragraph.Kind.TEXT));
    }

    @Test
    void contextSectionsAndBoilerplateAreNeutral() {
        assertEquals(Label.NEUTRAL, decide("Inspectors read case files and spoke to staff.", "Information about this inspection", Paragraph.Kind.TEXT));
        assertEquals(Label.NEUTRAL, decide("About 40,000 children live in the borough.", "Children living in this area", Paragraph.Kind.BULLET));
        assertEquals(Label.NEUTRAL, decide("This report is available at https://example.org/.", "Leadership", Paragraph.Kind.TEXT));
        assertEquals(Label.NEUTRAL, decide("Summary of findings 3", "Contents", Paragraph.Kind.TEXT));
    }

    @Test
    void runningTextIsLeftToTheModel() {
        assertTrue(StructureRules.decide("Most plans are clear.", StatementContext.of("Summary", Paragraph.Kind.TEXT), false).isEmpty());
    }
}
