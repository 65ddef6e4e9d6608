package uk.sli.model;

import java.util.List;

/**
 * What the tagger says of one statement, with its reasons.
 *
 * @param confidence 0..1, how sure the deciding component was
 * @param themes theme ids, primary first
 * @param framework national framework outcomes and enablers (O1..O4, E1..E3) the statement bears on
 * @param cues why: the structural context, cue phrases and model scores that decided, for audit
 */
public record StatementTag(Label label, double confidence, List<String> themes, List<String> framework,
                           List<String> cues) {

    public StatementTag {
        themes = List.copyOf(themes);
        framework = List.copyOf(framework);
        cues = List.copyOf(cues);
    }
}
