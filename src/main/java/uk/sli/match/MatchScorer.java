package uk.sli.match;

import java.util.Locale;
import java.util.Optional;
import uk.sli.model.Grade;
import uk.sli.model.Judgement;

/**
 * Scores a donor's strength against a need, and says why. The score is a weighted sum of parts in
 * 0..1: how close the two statements are in meaning (sentence embeddings; the main part), whether
 * they share a theme, how sure the tagger was of both, the donor's latest Ofsted grade in the
 * judgement area of the need's theme, and how recent the donor's report is.
 */
public final class MatchScorer {

    static final double SIMILARITY_WEIGHT = 0.50;
    static final double THEME_WEIGHT = 0.15;
    static final double CONFIDENCE_WEIGHT = 0.10;
    static final double GRADE_WEIGHT = 0.20;
    static final double RECENCY_WEIGHT = 0.05;
    /** Evidence loses all its recency credit over this many years. */
    static final int RECENCY_YEARS = 6;

    private final int currentYear;

    /** @param currentYear the year recency is measured from (the newest document's, so that results are reproducible) */
    public MatchScorer(int currentYear) {
        this.currentYear = currentYear;
    }

    /** The most a candidate this similar could score, whatever the other parts: for stopping early. */
    public double ceiling(double similarity) {
        return SIMILARITY_WEIGHT * Math.max(0, similarity) + THEME_WEIGHT + CONFIDENCE_WEIGHT + GRADE_WEIGHT + RECENCY_WEIGHT;
    }

    /** The score alone, for ranking candidates; {@link #match} explains the ones that are kept. */
    public double score(Evidence need, Evidence strength, AuthorityProfile donor, double similarity) {
        return parts(need, strength, donor, similarity).total();
    }

    /** The scored match with its reasons. */
    public Match match(Evidence need, Evidence strength, AuthorityProfile donor, double similarity) {
        Parts parts = parts(need, strength, donor, similarity);
        String gradeText = parts.grade().map(g -> donor.name() + " "
                        + parts.area().filter(a -> donor.grade(a).isPresent()).map(JudgementAreas::describe).orElse("overall")
                        + ": " + g.label())
                .orElse("no grade for " + donor.name());
        String why = String.format(Locale.ROOT,
                "meaning %.2f×%.2f; themes %s %.1f×%.2f; confidence %.2f×%.2f; grade (%s) %.2f×%.2f; recency (%s) %.2f×%.2f",
                similarity, SIMILARITY_WEIGHT, themeWords(need, strength, parts.themes()), parts.themes(), THEME_WEIGHT,
                parts.confidence(), CONFIDENCE_WEIGHT, gradeText, parts.gradeCredit(), GRADE_WEIGHT,
                strength.year() == 0 ? "undated" : Integer.toString(strength.year()), parts.recency(), RECENCY_WEIGHT);
        return new Match(strength, parts.total(), parts.grade().orElse(null), why);
    }

    private record Parts(double themes, double confidence, Optional<Judgement> area, Optional<Grade> grade,
                         double gradeCredit, double recency, double total) {
    }

    private Parts parts(Evidence need, Evidence strength, AuthorityProfile donor, double similarity) {
        double themes = themeAgreement(need, strength);
        double confidence = Math.sqrt(need.confidence() * strength.confidence());
        Optional<Judgement> area = Optional.ofNullable(need.primaryTheme()).flatMap(JudgementAreas::of);
        Optional<Grade> grade = area.flatMap(donor::grade).or(() -> donor.grade(Judgement.OVERALL_EFFECTIVENESS));
        double gradeCredit = grade.map(MatchScorer::credit).orElse(0.5);
        int age = strength.year() == 0 ? RECENCY_YEARS : Math.max(0, currentYear - strength.year());
        double recency = Math.max(0, 1 - (double) age / RECENCY_YEARS);
        double total = SIMILARITY_WEIGHT * Math.max(0, similarity) + THEME_WEIGHT * themes
                + CONFIDENCE_WEIGHT * confidence + GRADE_WEIGHT * gradeCredit + RECENCY_WEIGHT * recency;
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
