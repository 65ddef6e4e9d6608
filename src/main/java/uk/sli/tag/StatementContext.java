package uk.sli.tag;

import uk.sli.model.Grade;
import uk.sli.model.Paragraph;

/**
 * Where a statement stands in its document: what the structure rules and the label model look at
 * besides its words.
 *
 * @param section the heading of its section ("" when none)
 * @param role what the heading says about the statements under it
 * @param kind the paragraph it belongs to: running text, bullet or numbered paragraph
 * @param register who wrote the document: an inspectorate, a council or its programme, or not known
 * @param grade the document's overall grade, or null (not an inspection, or not graded)
 * @param previous the sentence before it in the same paragraph, "" when it opens the paragraph
 * @param leadIn for a bullet or numbered item, the line ending in a colon that introduces its list
 *     ("Strengths were identified in the following areas:"), else ""
 */
public record StatementContext(String section, SectionRole role, Paragraph.Kind kind, Register register, Grade grade,
                               String previous, String leadIn) {

    /** A statement on its own, as {@code sli classify} sees one. */
    public static final StatementContext NONE = of("", Paragraph.Kind.TEXT);

    /** What the list's lead-in says about its items, as a heading would ({@link SectionRole#OTHER} when there is none). */
    public SectionRole leadInRole() {
        return leadIn.isEmpty() ? SectionRole.OTHER : SectionRole.ofLeadIn(leadIn);
    }

    /** The context of a statement in a section with this heading (the role is read from it), nothing else known. */
    public static StatementContext of(String section, Paragraph.Kind kind) {
        return new StatementContext(section, SectionRole.of(section), kind, Register.UNKNOWN, null, "", "");
    }
}
