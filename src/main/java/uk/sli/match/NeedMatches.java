package uk.sli.match;

import java.util.Comparator;
import java.util.List;

/**
 * A statement of one authority and its matches, best first: a need and the strengths that could
 * meet it, or (offers) a strength and the needs it could meet.
 *
 * @param evidence for a need, the authority's other statements of the same issue (empty for offers)
 */
public record NeedMatches(Evidence statement, List<Evidence> evidence, List<Match> matches) {

    public NeedMatches {
        evidence = List.copyOf(evidence);
        matches = List.copyOf(matches);
    }

    public NeedMatches(Evidence statement, List<Match> matches) {
        this(statement, List.of(), matches);
    }

    /**
     * Where the need comes from: the kind of document, and "formal" when it is listed under a
     * heading of things to improve ("What needs to improve?", "Areas for development").
     */
    public String source() {
        String type = statement.type() == null ? "other" : statement.type();
        return NeedIssues.isFormal(statement) ? type + ", formal" : type;
    }

    /** Those with matches, best-matched first (by their best match's score), at most {@code limit}. */
    public static List<NeedMatches> bestMatched(List<NeedMatches> results, int limit) {
        return results.stream().filter(r -> !r.matches().isEmpty())
                .sorted(Comparator.comparingDouble((NeedMatches r) -> r.matches().get(0).score()).reversed())
                .limit(limit)
                .toList();
    }
}
