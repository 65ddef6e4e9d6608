package uk.sli.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.sli.search.DocumentRow;

class AuthorityProfileTest {

    private static DocumentRow row(String id, String type, String date, Map<String, String> grades) {
        return new DocumentRow(id, "/" + id, type, id, "Kent", "886", "South East", List.of(), date, null, null, 1, 1, grades);
    }

    private final AuthorityProfile kent = new AuthorityProfile("Kent", "886", "South East", List.of(), List.of(
            row("sif-2017", "sif", "2017-03-01", Map.of("overall_effectiveness", "good")),
            row("ilacs-2022", "ilacs-standard", "2022-07-05", Map.of("overall_effectiveness", "good")),
            row("visit-2023", "monitoring-visit", "2023-10-01", Map.of()),
            row("plan-2024", "improvement-plan", "2024-04-01", Map.of())));

    @Test
    void currentMeansTheLatestGradedInspectionAndWhatFollows() {
        assertEquals(Set.of("ilacs-2022", "visit-2023", "plan-2024"), kent.currentDocumentIds(null));
        assertEquals("ilacs-2022", kent.latestInspection().orElseThrow().id());
    }

    @Test
    void sinceWidensToEveryDocumentFromThatYear() {
        assertEquals(Set.of("sif-2017", "ilacs-2022", "visit-2023", "plan-2024"), kent.currentDocumentIds(2015));
        assertEquals(kent.currentDocumentIds(null), kent.currentDocumentIds(2023), "--since only widens");
    }
}
