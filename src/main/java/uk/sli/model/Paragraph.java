package uk.sli.model;

import java.util.List;

/**
 * A paragraph, bullet or numbered paragraph, kept as the unit the author wrote.
 *
 * @param number the printed paragraph number ("12"), or null when it has none
 * @param page the page it starts on (0 when the source has no pages)
 */
public record Paragraph(Kind kind, String number, int page, String text, List<Sentence> sentences) {

    public enum Kind { TEXT, BULLET, NUMBERED }

    public Paragraph {
        sentences = List.copyOf(sentences);
    }
}
