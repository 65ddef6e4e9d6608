package uk.sli.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.sli.model.Grade;
import uk.sli.search.DocumentRow;

class MatchScorerTest {

    private static final MatchScorer SCORER = new MatchScorer(2025);

    private static Evidence statement(String authority, String label, List<String> themes, String date) {
        return new Evidence(authority, "text", label, 0.9, themes, "/reports/" + authority + ".pdf", 3, null, "section",
                date, null, authority, 0, "ilacs-standard", null);
    }

    private static AuthorityProfile donor(String name, Map<String, String> grades) {
        DocumentRow inspection = new DocumentRow("id-" + name, "/reports/" + name + ".pdf", "ilacs-standard", "title", name, "900",
                "South East", List.of(), "2024-05-01", null, null, 10, 100, grades);
        return new AuthorityProfile(name, "900", "South East", List.of(), List.of(inspection));
    }

    @Test
    void aGoodGradeInTheNeedsAreaOutscoresARequiresImprovementOneAndTheReasonSaysSo() {
        Evidence need = statement("Medway", "improvement", List.of("care-leavers"), "2025-01-01");
        Evidence strength = statement("Kent", "strength", List.of("care-leavers"), "2024-05-01");
        Match good = SCORER.match(need, strength, donor("Kent", Map.of("care_leavers", "good")), 0.7, 0);
        Match weaker = SCORER.match(need, strength, donor("Kent", Map.of("care_leavers", "requires improvement")), 0.7, 0);
        assertTrue(good.score() > weaker.score());
        assertEquals(Grade.GOOD, good.grade());
        assertTrue(good.why().contains("Kent care leavers: good"), good.why());
        assertTrue(good.why().contains("same care-leavers"), good.why());
    }

    @Test
    void beforeCareLeaversWereJudgedApartTheChildrenInCareGradeStandsIn() {
        Evidence need = statement("Medway", "improvement", List.of("care-leavers"), "2025-01-01");
        Evidence strength = statement("Kent", "strength", List.of("care-leavers"), "2019-05-01");
        Match match = SCORER.match(need, strength, donor("Kent", Map.of("children_in_care", "outstanding")), 0.6, 0);
        assertEquals(Grade.OUTSTANDING, match.grade());
    }

    @Test
    void closerMeaningScoresHigherAllElseEqual() {
        Evidence need = statement("Medway", "improvement", List.of("workforce"), "2025-01-01");
        Evidence strength = statement("Kent", "strength", List.of("front-door"), "2024-05-01");
        AuthorityProfile kent = donor("Kent", Map.of());
        assertTrue(SCORER.score(need, strength, kent, 0.8, 0) > SCORER.score(need, strength, kent, 0.5, 0));
        assertEquals(SCORER.score(need, strength, kent, 0.8, 0), SCORER.match(need, strength, kent, 0.8, 0).score());
        assertTrue(SCORER.match(need, strength, kent, 0.8, 0).why().contains("themes differ"));
    }

    @Test
    void sharingMoreOfTheNeedsWordingScoresHigherAllElseEqual() {
        Evidence need = statement("Medway", "improvement", List.of("front-door"), "2025-01-01");
        Evidence strength = statement("Kent", "strength", List.of("front-door"), "2024-05-01");
        AuthorityProfile kent = donor("Kent", Map.of());
        assertTrue(SCORER.score(need, strength, kent, 0.7, 0.8) > SCORER.score(need, strength, kent, 0.7, 0.1));
        assertTrue(SCORER.match(need, strength, kent, 0.7, 0.8).why().contains("wording 0.80"));
    }
}
