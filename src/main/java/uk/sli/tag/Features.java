package uk.sli.tag;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.sli.model.Grade;

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
        return textFeatures(stems, LabelCues.standard().find(stems)).toArray(String[]::new);
    }

    private static List<String> textFeatures(List<String> stems, List<LabelCues.Match> cues) {
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
        addCueFeatures(features, cues);
        if (stems.size() <= 12) {
            // Short statements read differently: bullets, headings, table rows.
            features.add("LEN_short");
        }
        return features;
    }

    /**
     * What the label classifier sees: the statement's own features ({@link #of}), how it opens
     * ("However", "This", "As a result" change what it says), and its context: the section's role
     * and grade, the paragraph's kind, the document's register and overall grade (a deficit cue in
     * an outstanding report is more often a strength qualified), and the cues of the sentence before
     * (a sentence that leans on a criticism usually continues it), and the words of a list item's
     * lead-in. Register-specific copies of the words let the model learn that councils' notes use
     * words differently from inspectors'.
     *
     * @param previousStems the stems of the sentence before ({@code context.previous()} without its
     *     framework reference), empty when there is none
     * @param leadInStems the stems of the list's lead-in ({@code context.leadIn()}), empty when none
     */
    public static String[] forLabel(List<String> stems, StatementContext context, List<String> previousStems,
                                    List<String> leadInStems) {
        List<LabelCues.Match> cues = LabelCues.standard().find(stems);
        List<String> features = textFeatures(stems, cues);
        if (!stems.isEmpty()) {
            features.add("FIRST_" + stems.get(0));
            if (stems.size() > 1) {
                features.add("FIRST2_" + stems.get(0) + "_" + stems.get(1));
            }
        }
        if (context.role() != SectionRole.OTHER) {
            features.add("ROLE_" + context.role());
        }
        features.add("KIND_" + context.kind());
        features.add("REG_" + context.register());
        if (context.register() != Register.UNKNOWN) {
            String prefix = context.register() == Register.COUNCIL ? "C:" : "I:";
            for (String stem : stems) {
                features.add(prefix + stem);
            }
        }
        Set<LabelCues.Kind> kinds = EnumSet.noneOf(LabelCues.Kind.class);
        cues.forEach(cue -> kinds.add(cue.kind()));
        if (context.grade() != null) {
            String grade = "GRADE_" + context.grade().name();
            features.add(grade);
            kinds.forEach(kind -> features.add(grade + "&" + kind));
        }
        sectionGrade(context.section()).ifPresent(grade -> {
            features.add("SECGRADE_" + grade.name());
            kinds.forEach(kind -> features.add("SECGRADE_" + grade.name() + "&" + kind));
        });
        if (context.previous().isEmpty()) {
            features.add("PREV_none");
        } else {
            LabelCues.standard().find(previousStems).stream().map(cue -> "PREV_" + cue.kind()).distinct().forEach(features::add);
        }
        // An item's lead-in often says what the whole list is ("Areas identified for development:").
        leadInStems.forEach(stem -> features.add("LEADIN_" + stem));
        return features.toArray(String[]::new);
    }

    /**
     * What the stand-alone classifier sees: the opening words (a pronoun or connective that points
     * back: "This", "They", "As a result"), the length, the words, and whether the statement opens
     * its paragraph or list item.
     */
    public static String[] forStandingAlone(List<String> stems, StatementContext context) {
        List<String> features = new ArrayList<>(stems.size() + 8);
        for (int i = 0; i < Math.min(3, stems.size()); i++) {
            features.add("FIRST" + i + "_" + stems.get(i));
        }
        if (stems.size() > 1) {
            features.add("FIRST2_" + stems.get(0) + "_" + stems.get(1));
        }
        features.add(stems.size() <= 6 ? "LEN_6" : stems.size() <= 12 ? "LEN_12" : stems.size() <= 24 ? "LEN_24" : "LEN_long");
        stems.forEach(features::add);
        features.add(context.previous().isEmpty() ? "PREV_none" : "PREV_some");
        features.add("KIND_" + context.kind());
        return features.toArray(String[]::new);
    }

    /** The grade a section heading ends with ("The experiences and progress of care leavers: good"). */
    static Optional<Grade> sectionGrade(String heading) {
        int colon = heading.lastIndexOf(':');
        return colon < 0 ? Optional.empty() : Grade.parse(heading.substring(colon + 1));
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
        Map<LabelCues.Kind, Integer> counts = new EnumMap<>(LabelCues.Kind.class);
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
