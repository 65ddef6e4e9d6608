package uk.sli.themes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The notes of one peer-challenge event, as recognised at ingest.
 *
 * @param authorities the authorities taking part
 * @param reflections what each authority reflected on, in the order the notes give them
 * @param sharedThemes the themes of the notes shared by all (the "themes common to all"), most raised first
 */
public record EventNotes(String event, String path, List<String> authorities, List<Reflection> reflections,
                         List<String> sharedThemes) {

    /** One authority's reflections: its statements and their themes, most raised first. */
    public record Reflection(String authority, List<String> themes, List<String> statements) {
    }

    /** Every event among the statements, in document order. */
    public static List<EventNotes> of(List<ThemedStatement> statements) {
        Map<String, List<ThemedStatement>> byEvent = new LinkedHashMap<>();
        for (ThemedStatement s : statements) {
            if (s.event() != null) {
                byEvent.computeIfAbsent(s.eventKey(), k -> new ArrayList<>()).add(s);
            }
        }
        List<EventNotes> out = new ArrayList<>();
        for (List<ThemedStatement> notes : byEvent.values()) {
            ThemedStatement first = notes.get(0);
            Map<String, List<ThemedStatement>> bySpeaker = new LinkedHashMap<>();
            List<ThemedStatement> shared = new ArrayList<>();
            for (ThemedStatement s : notes) {
                if (s.speaker() == null) {
                    shared.add(s);
                } else {
                    bySpeaker.computeIfAbsent(s.speaker(), k -> new ArrayList<>()).add(s);
                }
            }
            List<Reflection> reflections = new ArrayList<>();
            bySpeaker.forEach((speaker, said) -> reflections.add(new Reflection(speaker, themes(said),
                    said.stream().map(ThemedStatement::text).toList())));
            out.add(new EventNotes(first.event(), first.path(), first.eventAuthorities(), reflections, themes(shared)));
        }
        return out;
    }

    private static List<String> themes(List<ThemedStatement> statements) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ThemedStatement s : statements) {
            if (s.primaryTheme() != null) {
                counts.merge(s.primaryTheme(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }
}
