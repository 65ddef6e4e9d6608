package uk.sli.tag;

import java.util.ArrayList;
import java.util.List;
import uk.sli.model.Document;
import uk.sli.model.Grade;
import uk.sli.model.Judgement;
import uk.sli.model.Paragraph;
import uk.sli.model.Section;
import uk.sli.model.Sentence;

/**
 * A document's statements in order, each with its context: the one walk that tagging, training
 * and evaluation share, so that a model is trained on the contexts it will be used with.
 */
public final class DocumentStatements {

    /** One sentence of a document, where it stands, and what the tagger is told about its surroundings. */
    public record Located(Section section, Paragraph paragraph, Sentence sentence, StatementContext context) {
    }

    private DocumentStatements() {
    }

    public static List<Located> of(Document document) {
        Register register = Register.of(document.type());
        Grade grade = document.grades().get(Judgement.OVERALL_EFFECTIVENESS).orElse(null);
        List<Located> statements = new ArrayList<>(document.sentenceCount());
        for (Section section : document.sections()) {
            SectionRole role = SectionRole.of(section.heading());
            String leadIn = "";
            for (Paragraph paragraph : section.paragraphs()) {
                String previous = "";
                String itemLeadIn = paragraph.kind() == Paragraph.Kind.TEXT ? "" : leadIn;
                for (Sentence sentence : paragraph.sentences()) {
                    StatementContext context = new StatementContext(section.heading(), role, paragraph.kind(), register,
                            grade, previous, itemLeadIn);
                    statements.add(new Located(section, paragraph, sentence, context));
                    previous = sentence.text();
                }
                leadIn = nextLeadIn(paragraph, leadIn);
            }
        }
        return statements;
    }

    /**
     * A paragraph ending in a colon introduces the list that follows; the items of a list keep
     * their lead-in until running text ends the list.
     */
    private static String nextLeadIn(Paragraph paragraph, String leadIn) {
        List<Sentence> sentences = paragraph.sentences();
        String last = sentences.isEmpty() ? "" : sentences.get(sentences.size() - 1).text().strip();
        if (last.endsWith(":")) {
            return last;
        }
        return paragraph.kind() == Paragraph.Kind.TEXT ? "" : leadIn;
    }
}
