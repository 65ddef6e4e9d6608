package uk.sli.understand;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Puts extracted lines into one spelling so that rules need not care about PDF typography: PDFBox keeps
 * non-breaking spaces, curly apostrophes and en dashes exactly as typeset, and pads lines with spaces.
 */
final class TextLines {

    private TextLines() {
    }

    static String clean(String line) {
        return line.replace('\u00a0', ' ')
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replaceAll("[\u2010-\u2015]", "-")
                .replaceAll("\\s+", " ")
                .trim();
    }

    /** The cleaned lines that have any text, in order. */
    static List<String> nonBlank(List<String> lines) {
        return lines.stream().map(TextLines::clean).filter(l -> !l.isEmpty()).toList();
    }

    /** All text as one line, so that patterns can match across the places where a table cell wrapped. */
    static String joined(List<String> lines) {
        return nonBlank(lines).stream().collect(Collectors.joining(" "));
    }
}
