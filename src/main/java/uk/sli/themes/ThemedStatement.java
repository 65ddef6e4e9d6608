package uk.sli.themes;

import java.util.List;

/**
 * One indexed statement as theme summaries see it.
 *
 * @param authority the authority of the document, or null for regional documents
 * @param year the document's year, or null when undated
 * @param paragraph the printed paragraph number, or null
 * @param themes theme ids, primary first; empty when the tagger found none
 * @param event the peer-challenge event the statement records, or null
 * @param eventAuthorities the authorities taking part in that event
 * @param speaker the authority whose reflection it is, or null
 */
public record ThemedStatement(String docId, String path, String type, String authority, Integer year, int page,
                              String paragraph, String section, String text, String label, double confidence,
                              List<String> themes, String event, List<String> eventAuthorities, String speaker) {

    public ThemedStatement {
        themes = List.copyOf(themes);
        eventAuthorities = List.copyOf(eventAuthorities);
    }

    /** The authorities the statement is about: the speaker, else the document's authority, else the event's. */
    public List<String> authorities() {
        if (speaker != null) {
            return List.of(speaker);
        }
        if (authority != null) {
            return List.of(authority);
        }
        return eventAuthorities;
    }

    /** Which peer-challenge event it records, unique across documents; null outside events. */
    public String eventKey() {
        return event == null ? null : docId + "\u0000" + event;
    }

    public String primaryTheme() {
        return themes.isEmpty() ? null : themes.get(0);
    }

    public boolean isStrength() {
        return "strength".equals(label);
    }

    public boolean isImprovement() {
        return "improvement".equals(label);
    }
}
