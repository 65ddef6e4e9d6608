package uk.sli.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The features the statement classifiers see: word stems, stem bigrams, stems inside the scope of
 * a negation marked as negated ("not effective" gives {@code NOT_effect}), and the kinds of label
 * cue present ({@link LabelCues}), so that a model can tell "effective" from "not effective" and
 * praise from hedged praise without seeing every phrasing.
 */
public final class Features {

    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "n't", "without", "nor", "cannot", "neither");
    /** Negation reaches a few words on, as far as a clause goes in these reports. */
    private static final int NEGATION_SCOPE = 3;

    private Features() {
    }

    public static String[] of(List<String> stems) {
        List<String> features = new ArrayList<>(stems.size() * 3);
        int negatedUntil = -1;
        for (int i = 0; i < stems.size(); i++) {
            String stem = stems.get(i);
            if (NEGATORS.contains(stem)) {
                negatedUntil = i + NEGATION_SCOPE;
                features.add(stem);
                continue;
            }
            features.add(i <= negatedUntil ? "NOT_" + stem : stem);
            if (i > 0) {
                features.add(stems.get(i - 1) + "_" + stem);
            }
        }
        addCueFeatures(features, LabelCues.standard().find(stems));
        if (stems.size() <= 12) {
            // Short statements read differently: bullets, headings, table rows.
            features.add("LEN_short");
        }
        return features.toArray(String[]::new);
    }

    /**
     * What the theme classifier sees: stems and stem bigrams only. What a statement is about does
     * not depend on whether it praises or criticises, so negation marks and label cues would only
     * split the evidence.
     */
    public static String[] forThemes(List<String> stems) {
        List<String> features = new ArrayList<>(stems.size() * 2);
        for (int i = 0; i < stems.size(); i++) {
            features.add(stems.get(i));
            if (i > 0) {
                features.add(stems.get(i - 1) + "_" + stems.get(i));
            }
        }
        return features.toArray(String[]::new);
    }

    /** One feature per cue kind present, a second for two or more, and one for praise and deficit together. */
    private static void addCueFeatures(List<String> features, List<LabelCues.Match> cues) {
        java.util.Map<LabelCues.Kind, Integer> counts = new java.util.EnumMap<>(LabelCues.Kind.class);
        cues.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        counts.forEach((kind, n) -> {
            features.add("CUE_" + kind);
            if (n >= 2) {
                features.add("CUE_" + kind + "_2");
            }
        });
        if (counts.containsKey(LabelCues.Kind.POSITIVE) && counts.containsKey(LabelCues.Kind.DEFICIT)) {
            features.add(counts.containsKey(LabelCues.Kind.CONTRAST) ? "CUE_BOTH_CONTRASTED" : "CUE_BOTH");
        }
    }
}
