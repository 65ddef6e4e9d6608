package uk.sli.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds known phrases (as stem sequences) in a statement in one pass over its stems: phrases are
 * looked up by their first stem, so the cost grows with the statement, not with the lexicon.
 * Immutable after building; thread-safe.
 *
 * @param <T> what a phrase stands for (a theme, a cue kind)
 */
final class PhraseIndex<T> {

    /** A phrase found at a position of the statement. */
    record Hit<T>(List<String> phrase, T value, int start) {
    }

    private record Entry<T>(List<String> phrase, T value) {
    }

    private final Map<String, List<Entry<T>>> byFirstStem = new HashMap<>();

    void add(List<String> phrase, T value) {
        List<Entry<T>> entries = byFirstStem.computeIfAbsent(phrase.get(0), k -> new ArrayList<>());
        entries.add(new Entry<>(phrase, value));
        // Longest first, so that where phrases overlap the longer one can claim the words.
        entries.sort((a, b) -> Integer.compare(b.phrase().size(), a.phrase().size()));
    }

    /** Every occurrence of every phrase, in order of position, longest first at a position. */
    List<Hit<T>> find(List<String> stems) {
        List<Hit<T>> hits = new ArrayList<>();
        for (int i = 0; i < stems.size(); i++) {
            List<Entry<T>> candidates = byFirstStem.get(stems.get(i));
            if (candidates == null) {
                continue;
            }
            for (Entry<T> entry : candidates) {
                int end = i + entry.phrase().size();
                if (end <= stems.size() && stems.subList(i, end).equals(entry.phrase())) {
                    hits.add(new Hit<>(entry.phrase(), entry.value(), i));
                }
            }
        }
        return hits;
    }
}
