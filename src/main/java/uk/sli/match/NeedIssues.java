package uk.sli.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.util.VectorUtil;
import uk.sli.tag.SectionRole;

/**
 * Turns an authority's need statements into issues, as a programme would list them: the formal
 * ones first (items under "What needs to improve?", a self-assessment's areas for development, a
 * peer challenge's asks), each with the statements elsewhere in the documents that say the same;
 * then the other weaknesses, grouped by what they are about. A statement that repeats one already
 * listed (the same finding in a later document, a summary and its section) joins it, so one issue
 * is matched once.
 */
final class NeedIssues {

    /** Cosine at or above which a body statement evidences a formal item. */
    static final double EVIDENCES = 0.5;
    /** Cosine at or above which two body statements are one issue (a stricter bar: neither is formal). */
    static final double SAME_ISSUE = 0.6;
    /** How much lower either bar is for two statements with the same primary theme. */
    static final double SAME_THEME_ALLOWANCE = 0.15;

    /** One issue: the statement that names it, and those that evidence it, in document order. */
    record Issue(Evidence head, List<Evidence> evidence, boolean formal) {
    }

    private NeedIssues() {
    }

    /** @param needs embedded need statements, in document order */
    static List<Issue> group(List<Evidence> needs) {
        List<Builder> formal = new ArrayList<>();
        List<Evidence> body = new ArrayList<>();
        for (Evidence need : needs) {
            if (isFormal(need)) {
                join(formal, need, SAME_ISSUE, true);
            } else {
                body.add(need);
            }
        }
        List<Builder> others = new ArrayList<>();
        for (Evidence need : body) {
            if (!attach(formal, need, EVIDENCES)) {
                join(others, need, SAME_ISSUE, false);
            }
        }
        // Formal items in document order, then the other issues, the most evidenced first.
        others.sort(Comparator.comparingInt((Builder b) -> b.evidence.size()).reversed());
        List<Issue> issues = new ArrayList<>();
        formal.forEach(b -> issues.add(b.build()));
        others.forEach(b -> issues.add(b.build()));
        return issues;
    }

    /** Under a heading that lists what must improve, in any kind of document. */
    static boolean isFormal(Evidence need) {
        return need.section() != null && SectionRole.of(need.section()) == SectionRole.IMPROVEMENTS;
    }

    private static void join(List<Builder> issues, Evidence need, double threshold, boolean formal) {
        if (!attach(issues, need, threshold)) {
            issues.add(new Builder(need, formal));
        }
    }

    /** Adds the statement to the issue whose head it is nearest (by its margin over the bar), if near enough. */
    private static boolean attach(List<Builder> issues, Evidence need, double threshold) {
        Builder nearest = null;
        double best = 0;
        for (Builder issue : issues) {
            boolean sameTheme = need.primaryTheme() != null && need.primaryTheme().equals(issue.head.primaryTheme());
            double margin = VectorUtil.dotProduct(issue.head.embedding(), need.embedding())
                    - (sameTheme ? threshold - SAME_THEME_ALLOWANCE : threshold);
            if (margin >= best) {
                best = margin;
                nearest = issue;
            }
        }
        if (nearest != null) {
            nearest.evidence.add(need);
        }
        return nearest != null;
    }

    private static final class Builder {
        final Evidence head;
        final boolean formal;
        final List<Evidence> evidence = new ArrayList<>();

        Builder(Evidence head, boolean formal) {
            this.head = head;
            this.formal = formal;
        }

        Issue build() {
            return new Issue(head, evidence, formal);
        }
    }
}
