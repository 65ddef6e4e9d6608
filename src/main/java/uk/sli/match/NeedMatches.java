package uk.sli.match;

import java.util.Comparator;
import java.util.List;

/**
 * A statement of one authority and its matches, best first: a need and the strengths that could
 * meet it, or (offers) a strength and the needs it could meet.
 */
public record NeedMatches(Evidence statement, List<Match> matches) {

    public NeedMatches {
        matches = List.copyOf(matches);
    }

    /** Those with matches, best-matched first (by their best match's score), at most {@code limit}. */
    public static List<NeedMatches> bestMatched(List<NeedMatches> results, int limit) {
        return results.stream().filter(r -> !r.matches().isEmpty())
                .sorted(Comparator.comparingDouble((NeedMatches r) -> r.matches().get(0).score()).reversed())
                .limit(limit)
                .toList();
    }
}
