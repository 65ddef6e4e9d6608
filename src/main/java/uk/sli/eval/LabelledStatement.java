package uk.sli.eval;

import java.util.List;
import uk.sli.model.Label;

/**
 * One hand-labelled real sentence of the dev set: which file, which sentence (by hash, since the
 * text is not ours to copy), and its gold label and themes.
 */
public record LabelledStatement(String file, String sentenceHash, Label label, List<String> themes) {

    public LabelledStatement {
        themes = List.copyOf(themes);
    }
}
