package uk.sli.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkTagsTest {

    @Test
    void readsOutcomesAndEnablersInTheirWordings() {
        assertEquals(List.of("O3"), FrameworkTags.codes("The response to risk outside the home (outcome 3, national framework)."));
        assertEquals(List.of("E2", "O4"), FrameworkTags.codes("Oversight of plans (enabler 2 and outcome 4, national framework)"));
        assertEquals(List.of("O1", "O3"), FrameworkTags.codes("Help for families (outcomes 1 and 3, national framework)."));
        assertEquals(List.of("E3"), FrameworkTags.codes("(enabler 3, national framework)"));
        assertEquals(List.of(), FrameworkTags.codes("Plans improved (see paragraph 12)."));
    }

    @Test
    void stripsTheReferenceAndKeepsTheStatement() {
        assertEquals("The timeliness of health assessments.",
                FrameworkTags.strip("The timeliness of health assessments (outcome 4, national framework)."));
        assertEquals("", FrameworkTags.strip("(enabler 2, national framework)"));
    }
}
