package uk.sli.tag;

import uk.sli.model.Paragraph;

/**
 * Where a statement stands in its document: what the structure rules look at.
 *
 * @param section the heading of its section ("" when none)
 * @param role what the heading says about the statements under it
 * @param kind the paragraph it belongs to: running text, bullet or numbered paragraph
 */
public record StatementContext(String section, SectionRole role, Paragraph.Kind kind) {

    /** A statement on its own, as {@code sli classify} sees one. */
    public static final StatementContext NONE = new StatementContext("", SectionRole.OTHER, Paragraph.Kind.TEXT);

    /** The context of a statement in a section with this heading (the role is read from it). */
    public static StatementContext of(String section, Paragraph.Kind kind) {
        return new StatementContext(section, SectionRole.of(section), kind);
    }
}
