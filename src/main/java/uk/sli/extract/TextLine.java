package uk.sli.extract;

/**
 * One line of extracted text with the layout hints the later stages need.
 *
 * @param text the line's text, trimmed
 * @param fontSize dominant font size in points; 0 when the source has no layout (HTML, DOCX, TXT)
 * @param bold whether most of the line is set in a bold face
 * @param breakBefore true when the source shows a paragraph break before this line (a blank line,
 *     a vertical gap, or a new block element)
 * @param headingLevel 1..6 when the source marks the line as a heading, else 0
 * @param listItem true when the source marks the line as a list item
 */
public record TextLine(String text, float fontSize, boolean bold, boolean breakBefore, int headingLevel, boolean listItem) {

    public static TextLine plain(String text, boolean breakBefore) {
        return new TextLine(text, 0, false, breakBefore, 0, false);
    }
}
