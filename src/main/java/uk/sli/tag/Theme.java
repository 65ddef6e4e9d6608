package uk.sli.tag;

import java.util.List;

/**
 * One theme of the taxonomy.
 *
 * @param framework the national framework outcomes and enablers it bears on, e.g. ["O1", "O3"]
 * @param cues cue phrases, each as a sequence of word stems
 */
public record Theme(String id, String name, List<String> framework, List<List<String>> cues) {

    public Theme {
        framework = List.copyOf(framework);
        cues = List.copyOf(cues);
    }
}
