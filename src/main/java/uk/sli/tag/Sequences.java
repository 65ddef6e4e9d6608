package uk.sli.tag;

import java.util.List;

/** Sequence helpers the cue matchers share. */
final class Sequences {

    private Sequences() {
    }

    /** Whether {@code sequence} occurs in {@code list} as consecutive elements. */
    static boolean containsSequence(List<String> list, List<String> sequence) {
        int n = sequence.size();
        for (int i = 0; i + n <= list.size(); i++) {
            if (list.get(i).equals(sequence.get(0)) && list.subList(i, i + n).equals(sequence)) {
                return true;
            }
        }
        return false;
    }
}
