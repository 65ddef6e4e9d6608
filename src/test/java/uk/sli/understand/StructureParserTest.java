package uk.sli.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.sli.extract.ExtractedText;
import uk.sli.extract.Page;
import uk.sli.extract.TextLine;
import uk.sli.model.Paragraph;
import uk.sli.model.Section;
import uk.sli.model.Sentence;
import uk.sli.nlp.SentenceSplitter;

class StructureParserTest {

    private final StructureParser parser = new StructureParser(SentenceSplitter.forThisThread());

    private static TextLine body(String text) {
        return new TextLine(text, 12, false, false, 0, false);
    }

    private static TextLine heading(String text) {
        return new TextLine(text, 12, true, true, 0, false);
    }

    @Test
    void typesetReportBecomesSectionsBulletsAndNumberedParagraphs() {
        ExtractedText text = new ExtractedText("application/pdf", List.of(
                new Page(1, List.of(new TextLine("Inspection of Wealdmoor Council children's services", 20, true, false, 0, false),
                        heading("What needs to improve?"),
                        body("◼ The timeliness of initial health assessments for children"),
                        body("in care."),
                        body("◼ Supervision of newly qualified social workers."),
                        heading("The experiences and progress of children who need help and"),
                        new TextLine("protection: good", 12, true, false, 0, false),
                        body("1. Early help is well established. Family hubs are busy and"),
                        body("well used by parents."))),
                new Page(2, List.of(body("2. Strategy discussions are timely and their decision-"),
                        body("making is recorded well. Managers inter-"),
                        body("vene when needed, and they intervene quickly.")))));

        List<Section> sections = parser.parse(text);

        Section improve = sections.get(1);
        assertEquals("What needs to improve?", improve.heading());
        assertEquals(List.of("The timeliness of initial health assessments for children in care.",
                "Supervision of newly qualified social workers."), improve.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(Paragraph.Kind.BULLET, improve.paragraphs().get(0).kind());

        Section help = sections.get(2);
        List<Paragraph> numbered = help.paragraphs();
        assertEquals("1", numbered.get(0).number());
        assertEquals(List.of("Early help is well established.", "Family hubs are busy and well used by parents."),
                numbered.get(0).sentences().stream().map(Sentence::text).toList());
        Paragraph second = numbered.get(1);
        assertEquals("2", second.number());
        assertEquals(2, second.page());
        // A real compound keeps its hyphen; a word the document spells closed elsewhere loses it.
        assertEquals("Strategy discussions are timely and their decision-making is recorded well.",
                second.sentences().get(0).text());
        assertEquals("Managers intervene when needed, and they intervene quickly.", second.sentences().get(1).text());
    }

    @Test
    void aMinusSignOpensABulletAsADashDoes() {
        ExtractedText text = new ExtractedText("application/pdf", List.of(
                new Page(1, List.of(heading("What needs to improve?"),
                        body("Services to care leavers, including:"),
                        body("\u2212 sufficiency of accommodation"),
                        body("\u2212 access to health histories.")))));

        List<Paragraph> paragraphs = parser.parse(text).get(0).paragraphs();

        assertEquals(3, paragraphs.size());
        assertEquals(Paragraph.Kind.BULLET, paragraphs.get(1).kind());
        assertEquals("sufficiency of accommodation", paragraphs.get(1).sentences().get(0).text());
    }

    @Test
    void sentencesKnowThePageTheyStartOn() {
        ExtractedText text = new ExtractedText("application/pdf", List.of(
                new Page(4, List.of(body("3. Leaders know their services well. Their self-evaluation is"))),
                new Page(5, List.of(body("accurate. Audits are thorough.")))));

        List<Sentence> sentences = parser.parse(text).get(0).paragraphs().get(0).sentences();

        assertEquals(List.of(4, 4, 5), sentences.stream().map(Sentence::page).toList());
    }

    @Test
    void plainTextHeadingsStandAlone() {
        ExtractedText text = new ExtractedText("text/plain", List.of(new Page(0, List.of(
                TextLine.plain("2. What we do well", true),
                TextLine.plain("2.1 Our family hubs reach families early.", true),
                TextLine.plain("- Visits are timely;", true),
                TextLine.plain("- plans are reviewed.", false)))));

        List<Section> sections = parser.parse(text);

        assertEquals("2. What we do well", sections.get(0).heading());
        List<Paragraph> paragraphs = sections.get(0).paragraphs();
        assertEquals("2.1", paragraphs.get(0).number());
        assertEquals(Paragraph.Kind.BULLET, paragraphs.get(1).kind());
        assertEquals(Paragraph.Kind.BULLET, paragraphs.get(2).kind());
    }
}
