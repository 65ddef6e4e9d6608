package uk.sli.search;

import java.util.List;

/**
 * One matching statement with its citation.
 *
 * @param snippet the text with query terms marked by {@link StatementSearcher#MARK_START} and
 *     {@link StatementSearcher#MARK_END}
 * @param page page number, 0 when the source has no pages
 * @param paragraph the printed paragraph number, or null
 * @param label the statement's label id, null in an index built before tagging
 * @param docId the document's id, and {@code ordinal} the statement's place in it, to link to it
 */
public record Hit(String text, String snippet, String authority, String type, String date, String path, int page,
                  String paragraph, String section, float score, String label, double confidence,
                  List<String> themes, List<String> framework, String docId, int ordinal) {

    public Hit {
        themes = List.copyOf(themes);
        framework = List.copyOf(framework);
    }
}
