package uk.sli.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.sli.model.Document;
import uk.sli.model.DocumentType;
import uk.sli.model.Grade;
import uk.sli.model.Grades;
import uk.sli.model.Judgement;
import uk.sli.model.Label;
import uk.sli.model.Paragraph;
import uk.sli.model.ReportDates;
import uk.sli.model.Section;
import uk.sli.model.Sentence;
import uk.sli.model.StatementTag;

class DocumentStatementsTest {

    private static Paragraph paragraph(Paragraph.Kind kind, String... sentences) {
        return new Paragraph(kind, null, 1, String.join(" ", sentences),
                List.of(sentences).stream().map(s -> new Sentence(s, 1)).toList());
    }

    private static final Document REPORT = new Document("id", "/r.pdf", "hash", "application/pdf", DocumentType.ILACS_SHORT,
            null, null, ReportDates.NONE, new Grades(Map.of(Judgement.OVERALL_EFFECTIVENESS, Grade.GOOD)), "title", 3,
            List.of(new Section("What needs to improve?", 2, 1, List.of(
                    paragraph(Paragraph.Kind.TEXT, "Leaders know their services well.", "Services to care leavers, including:"),
                    paragraph(Paragraph.Kind.BULLET, "sufficiency of accommodation;"),
                    paragraph(Paragraph.Kind.BULLET, "access to health histories."),
                    paragraph(Paragraph.Kind.TEXT, "Permanence planning for children.")))));

    @Test
    void eachStatementKnowsTheSentenceBeforeItTheRegisterAndTheGrade() {
        List<DocumentStatements.Located> statements = DocumentStatements.of(REPORT);

        assertEquals(5, statements.size());
        StatementContext second = statements.get(1).context();
        assertEquals("Leaders know their services well.", second.previous());
        assertEquals("", statements.get(0).context().previous());
        assertEquals(Register.INSPECTION, second.register());
        assertEquals(Grade.GOOD, second.grade());
        assertEquals(SectionRole.IMPROVEMENTS, second.role());
    }

    @Test
    void listItemsCarryTheirLeadInUntilRunningTextEndsTheList() {
        List<DocumentStatements.Located> statements = DocumentStatements.of(REPORT);

        assertEquals("Services to care leavers, including:", statements.get(2).context().leadIn());
        assertEquals("Services to care leavers, including:", statements.get(3).context().leadIn());
        assertEquals("", statements.get(4).context().leadIn());
        assertEquals("", statements.get(1).context().leadIn());
    }

    @Test
    void aLeadInLeansOnItsItemsAndAnItemStandsAloneWithItsLeadIn() {
        List<TaggedStatement> tagged = new DocumentTagger(DocumentTagger.Mode.TAGGED).tag(REPORT);

        StatementTag leadIn = tagged.get(1).tag();
        assertTrue(leadIn.label() == Label.NEUTRAL || !leadIn.standsAlone(), "the lead-in line is never a need: " + leadIn);
        assertTrue(tagged.get(2).tag().standsAlone(), "an item read with its lead-in");
        assertEquals("Services to care leavers, including:", tagged.get(2).leadIn());
    }
}
