package uk.sli.model;

/**
 * A sentence as the sentence detector split it.
 *
 * @param page the page it starts on (0 when the source has no pages)
 */
public record Sentence(String text, int page) {
}
