package uk.sli.match;

import java.util.Locale;
import java.util.Optional;
import uk.sli.model.Grade;
import uk.sli.model.Judgement;

/**
 * Scores a donor's strength against a need, and says why. The score is a weighted sum of parts in
 * 0..1: how close the two statements are in meaning (sentence embeddings; the main part), how much
 * of the need's specific wording the donor shares ({@link TermAlignment}), whether they share a
 * theme, how sure the tagger was of both, the donor's latest Ofsted grade in the judgement area of
 * the need's theme, and how recent the donor's report is.
 */
public final class MatchScorer {

    /** The parts' weights, summing to 1. */
    public record Weights(double similarity, double alignment, double themes, double confidence, double grade,
                          double recency) {

        /**
         * Meaning first; the need's own words next, so that donors on the same specific issue rise
         * above those on the same broad area; the grade only as a tie-breaker among those (it had
         * 0.20, and ranked generic praise from good authorities above specific practice).
         */
        public static final Weights STANDARD = new Weights(0.50, 0.15, 0.15, 0.05, 0.10, 0.05);
        /** The weights before term alignment, kept to measure it against. */
        public static final Weights WITHOUT_ALIGNMENT = new Weights(0.50, 0, 0.15, 0.10, 0.20, 0.05);
    }

    /** Evidence loses all its recency credit over this many years. */
    static final int RECENCY_YEARS = 6;

    private final int currentYear;
    private final Weights weights;

    /** @param currentYear the year recency is measured from (the newest document's, so that results are reproducible) */
    public MatchScorer(int currentYear) {
        this(currentYear, Weights.STANDARD);
    }

    public MatchScorer(int currentYear, Weights weights) {
        this.currentYear = currentYear;
        this.weights = weights;
    }

    /** The most a candidate this similar could score, whatever the other parts: for stopping early. */
    public double ceiling(double similarity) {
        return weights.similarity() * Math.max(0, similarity) + weights.alignment() + weights.themes()
                + weights.confidence() + weights.grade() + weights.recency();
    }

    /**
     * The score alone, for ranking candidates; {@link #match} explains the ones that are kept.
     *
     * @param alignment the share of the need's wording the strength shares ({@link TermAlignment#coverage})
     */
    public double score(Evidence need, Evidence strength, AuthorityProfile donor, double similarity, double alignment) {
        return parts(need, strength, donor, similarity, alignment).total();
    }

    /** The scored match with its reasons. */
    public Match match(Evidence need, Evidence strength, AuthorityProfile donor, double similarity, double alignment) {
        Parts parts = parts(need, strength, donor, similarity, alignment);
        String gradeText = parts.grade().map(g -> donor.name() + " "
                        + parts.area().filter(a -> donor.grade(a).isPresent()).map(JudgementAreas::describe).orElse("overall")
                        + ": " + g.label())
                .orElse("no grade for " + donor.name());
        String why = String.format(Locale.ROOT,
                "meaning %.2f×%.2f; wording %.2f×%.2f; themes %s %.1f×%.2f; confidence %.2f×%.2f; grade (%s) %.2f×%.2f; recency (%s) %.2f×%.2f",
                similarity, weights.similarity(), alignment, weights.alignment(),
                themeWords(need, strength, parts.themes()), parts.themes(), weights.themes(),
                parts.confidence(), weights.confidence(), gradeText, parts.gradeCredit(), weights.grade(),
                strength.year() == 0 ? "undated" : Integer.toString(strength.year()), parts.recency(), weights.recency());
        return new Match(strength, parts.total(), parts.grade().orElse(null), why);
    }

    private record Parts(double themes, double confidence, Optional<Judgement> area, Optional<Grade> grade,
                         double gradeCredit, double recency, double total) {
    }

    private Parts parts(Evidence need, Evidence strength, AuthorityProfile donor, double similarity, double alignment) {
        double themes = themeAgreement(need, strength);
        double confidence = Math.sqrt(need.confidence() * strength.confidence());
        Optional<Judgement> area = Optional.ofNullable(need.primaryTheme()).flatMap(JudgementAreas::of);
        Optional<Grade> grade = area.flatMap(donor::grade).or(() -> donor.grade(Judgement.OVERALL_EFFECTIVENESS));
        double gradeCredit = grade.map(MatchScorer::credit).orElse(0.5);
        int age = strength.year() == 0 ? RECENCY_YEARS : Math.max(0, currentYear - strength.year());
        double recency = Math.max(0, 1 - (double) age / RECENCY_YEARS);
        double total = weights.similarity() * Math.max(0, similarity) + weights.alignment() * alignment
                + weights.themes() * themes + weights.confidence() * confidence + weights.grade() * gradeCredit
                + weights.recency() * recency;
        return new Parts(themes, confidence, area, grade, gradeCredit, recency, Math.round(total * 1000) / 1000.0);
    }

    /** 1 when the primary themes agree, 0.5 when the two share any theme, else 0. */
    private static double themeAgreement(Evidence need, Evidence strength) {
        if (need.primaryTheme() != null && need.primaryTheme().equals(strength.primaryTheme())) {
            return 1;
        }
        return need.themes().stream().anyMatch(strength.themes()::contains) ? 0.5 : 0;
    }

    private static String themeWords(Evidence need, Evidence strength, double agreement) {
        if (agreement == 1) {
            return "same " + need.primaryTheme();
        }
        return agreement > 0 ? "shared " + need.themes().stream().filter(strength.themes()::contains).findFirst().orElse("")
                : "differ";
    }

    /** Outstanding and good practice is what others can learn from. */
    private static double credit(Grade grade) {
        return switch (grade) {
            case OUTSTANDING -> 1.0;
            case GOOD -> 0.8;
            case REQUIRES_IMPROVEMENT -> 0.3;
            case INADEQUATE -> 0.0;
        };
    }
}
