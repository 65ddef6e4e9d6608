package uk.sli.tag;

import uk.sli.model.Paragraph;
import uk.sli.model.Section;
import uk.sli.model.Sentence;
import uk.sli.model.StatementTag;

/**
 * A sentence of a document with where it stands and how it was tagged.
 *
 * @param leadIn for a list item, the line that introduces its list (read with the item, it says
 *     what the item is about: "Services to care leavers, including:"), else ""
 */
public record TaggedStatement(Section section, Paragraph paragraph, Sentence sentence, StatementTag tag, String leadIn) {
}
