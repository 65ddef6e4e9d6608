package uk.sli.match;

import java.util.List;

/**
 * A statement of one authority and its matches, best first: a need and the strengths that could
 * meet it, or (offers) a strength and the needs it could meet.
 */
public record NeedMatches(Evidence statement, List<Match> matches) {

    public NeedMatches {
        matches = List.copyOf(matches);
    }
}
