package uk.sli.tag;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeaturesTest {

    @Test
    void negationMarksTheWordsItReaches() {
        List<String> features = List.of(Features.of(Words.forThisThread().stems("Plans are not consistently effective.")));
        assertTrue(features.contains("NOT_consist"), features.toString());
        assertTrue(features.contains("NOT_effect"), features.toString());
        assertFalse(features.contains("effect"), features.toString());
        assertTrue(features.contains("plan_ar"), features.toString());
    }

    @Test
    void stemsJoinWordForms() {
        Words words = Words.forThisThread();
        assertTrue(words.stems("assessments").equals(words.stems("assessment")));
        assertTrue(words.stems("children’s").equals(words.stems("children's")));
    }
}
