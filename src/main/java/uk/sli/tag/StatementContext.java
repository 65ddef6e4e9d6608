package uk.sli.tag;

import uk.sli.model.Paragraph;

/**
 * Where a statement stands in its document: what the structure rules look at.
 *
 * @param section the heading of its section ("" when none)
 * @param kind the paragraph it belongs to: running text, bullet or numbered paragraph
 */
public record StatementContext(String section, Paragraph.Kind kind) {

    /** A statement on its own, as {@code sli classify} sees one. */
    public static final StatementContext NONE = new StatementContext("", Paragraph.Kind.TEXT);
}
