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

/**
 * The lexicon of label cues ({@code label-cues.tsv}): positive judgements, deficits, hedges and
 * contrasts, matched on word stems. A positive cue within a negation's reach counts as a deficit,
 * so "not effective" and "not consistently good" read as they should; a one-word deficit after a
 * negation or a remedy ("without delay", "reducing drift") counts as positive. Immutable and thread-safe.
 */
public final class LabelCues {

    /** {@code NEED}: a council's way of saying what it wants to improve or finds hard ("would like support with"). */
    public enum Kind { POSITIVE, DEFICIT, HEDGE, CONTRAST, NEED }

    /** A cue found in a statement. */
    public record Match(Kind kind, String phrase, int start) {
    }

    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "n't", "without", "nor", "cannot");
    /** Stems of words that undo a deficit: "reducing delay", "prevents drift", "avoid gaps". */
    private static final Set<String> REMEDIES = Set.of("reduc", "prevent", "avoid", "minimis", "tackl", "without", "no", "never");
    private static final int NEGATION_REACH = 3;
    private static volatile LabelCues standard;

    /** A cue phrase as written, and its kind. */
    private record Cue(String phrase, Kind kind) {
    }

    private final PhraseIndex<Cue> index = new PhraseIndex<>();

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

    /** Every cue in the stems; where cues overlap, the longer one at the earlier position wins. */
    public List<Match> find(List<String> text) {
        List<Match> matches = new ArrayList<>();
        boolean[] used = new boolean[text.size()];
        for (PhraseIndex.Hit<Cue> hit : index.find(text)) {
            int i = hit.start();
            int end = i + hit.phrase().size();
            if (anyUsed(used, i, end)) {
                continue;
            }
            java.util.Arrays.fill(used, i, end, true);
            Kind kind = hit.value().kind();
            if (kind == Kind.POSITIVE && preceded(text, i, NEGATORS)) {
                kind = Kind.DEFICIT;
            } else if (kind == Kind.DEFICIT && hit.phrase().size() == 1 && preceded(text, i, REMEDIES)) {
                kind = Kind.POSITIVE;
            }
            matches.add(new Match(kind, hit.value().phrase(), i));
        }
        return matches;
    }

    private static boolean anyUsed(boolean[] used, int from, int to) {
        for (int k = from; k < to; k++) {
            if (used[k]) {
                return true;
            }
        }
        return false;
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
        Words words = new Words();
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = LabelCues.class.getResourceAsStream("label-cues.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.startsWith("#") && !l.isBlank() && !l.startsWith("class\t"))
                    .forEach(l -> rows.add(l.split("\t")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read label cues", e);
        }
        for (String[] row : rows) {
            Kind kind = Kind.valueOf(row[0].strip().toUpperCase(java.util.Locale.ROOT));
            for (String phrase : row[1].split(";")) {
                List<String> stems = words.stems(phrase.strip());
                if (!stems.isEmpty()) {
                    cues.index.add(stems, new Cue(phrase.strip(), kind));
                }
            }
        }
        return cues;
    }
}
