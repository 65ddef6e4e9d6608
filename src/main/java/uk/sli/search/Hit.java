package uk.sli.search;

/**
 * One matching statement with its citation.
 *
 * @param snippet the text with query terms marked by {@link StatementSearcher#MARK_START} and
 *     {@link StatementSearcher#MARK_END}
 * @param page page number, 0 when the source has no pages
 * @param paragraph the printed paragraph number, or null
 */
public record Hit(String text, String snippet, String authority, String type, String date, String path, int page,
                  String paragraph, String section, float score) {
}
