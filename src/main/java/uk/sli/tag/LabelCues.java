package uk.sli.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.sli.nlp.NlpModels;

/**
 * The lexicon of label cues ({@code label-cues.tsv}): positive judgements, deficits, hedges and
 * contrasts, matched on word stems. A positive cue within a negation's reach counts as a deficit,
 * so "not effective" and "not consistently good" read as they should; a one-word deficit after a
 * negation or a remedy ("without delay", "reducing drift") counts as positive. Immutable and thread-safe.
 */
public final class LabelCues {

    public enum Kind { POSITIVE, DEFICIT, HEDGE, CONTRAST }

    /** A cue found in a statement. */
    public record Match(Kind kind, String phrase, int start) {
    }

    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "n't", "without", "nor", "cannot");
    /** Stems of words that undo a deficit: "reducing delay", "prevents drift", "avoid gaps". */
    private static final Set<String> REMEDIES = Set.of("reduc", "prevent", "avoid", "minimis", "tackl", "without", "no", "never");
    private static final int NEGATION_REACH = 3;
    private static volatile LabelCues standard;

    private final List<Kind> kinds = new ArrayList<>();
    private final List<String> phrases = new ArrayList<>();
    private final List<List<String>> stems = new ArrayList<>();

    private LabelCues() {
    }

    public static LabelCues standard() {
        if (standard == null) {
            synchronized (LabelCues.class) {
                if (standard == null) {
                    standard = load();
                }
            }
        }
        return standard;
    }

    /** Every cue in the stems, longest phrases first where they overlap. */
    public List<Match> find(List<String> text) {
        List<Match> matches = new ArrayList<>();
        boolean[] used = new boolean[text.size()];
        for (int c = 0; c < phrases.size(); c++) {
            List<String> cue = stems.get(c);
            for (int i = 0; i + cue.size() <= text.size(); i++) {
                if (!text.get(i).equals(cue.get(0)) || !text.subList(i, i + cue.size()).equals(cue) || used[i]) {
                    continue;
                }
                for (int k = i; k < i + cue.size(); k++) {
                    used[k] = true;
                }
                Kind kind = kinds.get(c);
                if (kind == Kind.POSITIVE && preceded(text, i, NEGATORS)) {
                    kind = Kind.DEFICIT;
                } else if (kind == Kind.DEFICIT && cue.size() == 1 && preceded(text, i, REMEDIES)) {
                    kind = Kind.POSITIVE;
                }
                matches.add(new Match(kind, phrases.get(c), i));
            }
        }
        return matches;
    }

    private static boolean preceded(List<String> text, int position, Set<String> words) {
        for (int i = Math.max(0, position - NEGATION_REACH); i < position; i++) {
            if (words.contains(text.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static LabelCues load() {
        LabelCues cues = new LabelCues();
        Words words = new Words(NlpModels.get());
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = LabelCues.class.getResourceAsStream("label-cues.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.startsWith("#") && !l.isBlank() && !l.startsWith("class\t"))
                    .forEach(l -> rows.add(l.split("\t")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read label cues", e);
        }
        // Longer phrases first, so "not consistently" is read before "consistently".
        List<Object[]> entries = new ArrayList<>();
        for (String[] row : rows) {
            Kind kind = Kind.valueOf(row[0].strip().toUpperCase(java.util.Locale.ROOT));
            for (String phrase : row[1].split(";")) {
                List<String> s = words.stems(phrase.strip());
                if (!s.isEmpty()) {
                    entries.add(new Object[] {kind, phrase.strip(), s});
                }
            }
        }
        entries.sort((a, b) -> Integer.compare(((List<?>) b[2]).size(), ((List<?>) a[2]).size()));
        for (Object[] e : entries) {
            cues.kinds.add((Kind) e[0]);
            cues.phrases.add((String) e[1]);
            @SuppressWarnings("unchecked")
            List<String> s = (List<String>) e[2];
            cues.stems.add(s);
        }
        return cues;
    }
}
