package uk.sli.extract;

import java.util.List;

/**
 * A page of extracted lines.
 *
 * @param number the printed order of the page, from 1; 0 for sources without pages (HTML, DOCX, TXT)
 */
public record Page(int number, List<TextLine> lines) {

    public Page {
        lines = List.copyOf(lines);
    }
}
