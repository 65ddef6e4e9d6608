package uk.sli.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NeedIssuesTest {

    private static int ordinal;

    /** A need with a unit vector at this angle (degrees) in a plane: cosines are easy to reason about. */
    private static Evidence need(String text, String section, double degrees) {
        return need(text, section, degrees, "care-leavers");
    }

    private static Evidence need(String text, String section, double degrees, String theme) {
        double radians = Math.toRadians(degrees);
        float[] vector = {(float) Math.cos(radians), (float) Math.sin(radians)};
        return new Evidence("Westshire", text, "improvement", 0.9, List.of(theme), "/r.pdf", 1, null, section,
                "2025-01-01", vector, "doc", ordinal++, "ilacs-standard", null);
    }

    @Test
    void formalItemsComeFirstWithTheBodyStatementsThatEvidenceThem() {
        Evidence plans = need("Pathway plans for care leavers.", "What needs to improve?", 0);
        Evidence late = need("Pathway plans are often late.", "The experiences and progress of care leavers", 20);
        Evidence visits = need("Visits to children in care are not always timely.", "Children in care", 80);

        List<NeedIssues.Issue> issues = NeedIssues.group(List.of(late, plans, visits));

        assertEquals(2, issues.size());
        assertTrue(issues.get(0).formal());
        assertEquals(plans, issues.get(0).head());
        assertEquals(List.of(late), issues.get(0).evidence());
        assertFalse(issues.get(1).formal());
        assertEquals(visits, issues.get(1).head());
    }

    @Test
    void bodyStatementsOfOneIssueAreMergedAndTheMostEvidencedComeFirst() {
        Evidence a = need("Supervision is infrequent.", "Leadership", 90);
        Evidence b = need("Pathway plans are late.", "Care leavers", 0);
        Evidence c = need("Pathway plans lack detail.", "Care leavers", 10);

        List<NeedIssues.Issue> issues = NeedIssues.group(List.of(a, b, c));

        assertEquals(2, issues.size());
        assertEquals(b, issues.get(0).head());
        assertEquals(List.of(c), issues.get(0).evidence());
        assertEquals(a, issues.get(1).head());
    }

    @Test
    void aStatementFarFromEveryFormalItemIsAnIssueOfItsOwn() {
        Evidence formal = need("Management oversight.", "Areas for improvement", 0);
        Evidence far = need("Health assessments are late.", "Health", 70); // cosine 0.34: below the bar

        List<NeedIssues.Issue> issues = NeedIssues.group(List.of(formal, far));

        assertEquals(2, issues.size());
        assertEquals(List.of(), issues.get(0).evidence());
    }

    @Test
    void theSameThemeLowersTheBar() {
        Evidence formal = need("Pathway plans.", "What needs to improve?", 0, "care-leavers");
        Evidence sameTheme = need("Pathway plans are late.", "Care leavers", 65, "care-leavers"); // cosine 0.42
        Evidence otherTheme = need("Supervision is infrequent.", "Leadership", -65, "management-oversight");

        List<NeedIssues.Issue> issues = NeedIssues.group(List.of(formal, sameTheme, otherTheme));

        assertEquals(List.of(sameTheme), issues.get(0).evidence());
        assertEquals(otherTheme, issues.get(1).head());
    }
}
