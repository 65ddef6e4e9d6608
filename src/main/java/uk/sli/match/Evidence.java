package uk.sli.match;

import java.util.List;

/**
 * A tagged statement as the matcher sees it: what it says, whose it is, where to cite it.
 *
 * @param page page number, 0 when the source has no pages
 * @param date the document's date (ISO), or null
 * @param embedding its sentence embedding, unit length
 * @param docId its document's id and {@code ordinal} its place there, to link to it
 * @param type its document's type id ("ilacs-standard", "self-assessment", ...)
 * @param leadIn for a list item, the line that introduces its list, or null: the context to read it with
 */
public record Evidence(String authority, String text, String label, double confidence, List<String> themes,
                       String path, int page, String paragraph, String section, String date, float[] embedding,
                       String docId, int ordinal, String type, String leadIn) {

    public Evidence {
        themes = List.copyOf(themes);
    }

    public String primaryTheme() {
        return themes.isEmpty() ? null : themes.get(0);
    }

    /** The year of its document, or 0 when undated. */
    public int year() {
        return date == null || date.length() < 4 ? 0 : Integer.parseInt(date.substring(0, 4));
    }
}
