package uk.sli.model;

import java.util.List;

/**
 * What the tagger says of one statement, with its reasons.
 *
 * @param confidence 0..1, how sure the deciding component was
 * @param themes theme ids, primary first
 * @param framework national framework outcomes and enablers (O1..O4, E1..E3) the statement bears on
 * @param cues why: the structural context, cue phrases and model scores that decided, for audit
 * @param embedding the statement's sentence embedding (unit length), or null when it was not
 *     embedded: only strengths, improvements and mixed statements are, for semantic search and matching
 * @param standsAlone whether the statement says what practice or problem it is about without the
 *     sentences around it; one that leans on them is not matched as a need or offered as a strength
 */
public record StatementTag(Label label, double confidence, List<String> themes, List<String> framework,
                           List<String> cues, float[] embedding, boolean standsAlone) {

    public StatementTag {
        themes = List.copyOf(themes);
        framework = List.copyOf(framework);
        cues = List.copyOf(cues);
    }

    public StatementTag(Label label, double confidence, List<String> themes, List<String> framework, List<String> cues) {
        this(label, confidence, themes, framework, cues, null, true);
    }

    public boolean isEmbedded() {
        return embedding != null;
    }
}
