package uk.sli.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The theme taxonomy (ids kept from the shared themes.md), its framework mapping and cue phrases,
 * loaded once from {@code themes.tsv}. Immutable and thread-safe.
 */
public final class Taxonomy {

    private static final String RESOURCE = "themes.tsv";
    private static volatile Taxonomy standard;

    private final Map<String, Theme> themes;
    private final Map<String, List<String>> cueText;
    /** Each cue's position: theme id and index into that theme's cues. */
    private final PhraseIndex<int[]> cues = new PhraseIndex<>();
    private final List<String> themeOrder;

    private Taxonomy(Map<String, Theme> themes, Map<String, List<String>> cueText) {
        this.themes = themes;
        this.cueText = cueText;
        this.themeOrder = List.copyOf(themes.keySet());
        for (int t = 0; t < themeOrder.size(); t++) {
            List<List<String>> phrases = themes.get(themeOrder.get(t)).cues();
            for (int c = 0; c < phrases.size(); c++) {
                cues.add(phrases.get(c), new int[] {t, c});
            }
        }
    }

    public static Taxonomy standard() {
        if (standard == null) {
            synchronized (Taxonomy.class) {
                if (standard == null) {
                    standard = load();
                }
            }
        }
        return standard;
    }

    public List<Theme> themes() {
        return List.copyOf(themes.values());
    }

    public Optional<Theme> byId(String id) {
        return Optional.ofNullable(themes.get(id));
    }

    /**
     * Every theme whose cue phrases occur in the stems, with the phrases found and their weight (words
     * matched: a specific phrase such as "pathway plan" says more than a bare "plan"), heaviest first.
     */
    public List<CueHit> match(List<String> stems) {
        Map<Integer, java.util.TreeSet<Integer>> found = new java.util.TreeMap<>();
        for (PhraseIndex.Hit<int[]> hit : cues.find(stems)) {
            found.computeIfAbsent(hit.value()[0], t -> new java.util.TreeSet<>()).add(hit.value()[1]);
        }
        List<CueHit> hits = new ArrayList<>();
        found.forEach((t, cueIndexes) -> {
            Theme theme = themes.get(themeOrder.get(t));
            List<String> matched = new ArrayList<>();
            int weight = 0;
            for (int c : cueIndexes) {
                matched.add(cueText.get(theme.id()).get(c));
                weight += theme.cues().get(c).size();
            }
            hits.add(new CueHit(theme.id(), matched, weight));
        });
        hits.sort((a, b) -> Integer.compare(b.weight(), a.weight()));
        return hits;
    }

    /** A theme's cue phrases found in a text, and their weight. */
    public record CueHit(String theme, List<String> phrases, int weight) {
    }

    private static Taxonomy load() {
        Words words = new Words();
        Map<String, Theme> themes = new LinkedHashMap<>();
        Map<String, List<String>> cueText = new LinkedHashMap<>();
        try (InputStream in = Taxonomy.class.getResourceAsStream(RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cols = line.split("\t");
                // Word forms that stem alike ("plan", "plans") are one cue, so that no theme counts twice.
                Map<List<String>, String> cues = new LinkedHashMap<>();
                for (String phrase : cols[3].split(";")) {
                    List<String> stems = words.stems(phrase.strip());
                    if (!stems.isEmpty()) {
                        cues.putIfAbsent(stems, phrase.strip());
                    }
                }
                themes.put(cols[0], new Theme(cols[0], cols[1], Arrays.asList(cols[2].split(",")), List.copyOf(cues.keySet())));
                cueText.put(cols[0], List.copyOf(cues.values()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the theme taxonomy", e);
        }
        return new Taxonomy(Collections.unmodifiableMap(themes), Collections.unmodifiableMap(cueText));
    }
}
