package uk.sli.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class EmergentThemesTest {

    @Test
    void phrasesNeitherStartNorEndWithStopWordsNorHoldNumbers() {
        Set<String> phrases = EmergentThemes.phrasesOf("Leaders discussed the risks of AI in 2024 and regional commissioning.");
        assertTrue(phrases.contains("regional commissioning"), phrases.toString());
        assertTrue(phrases.contains("ai"), phrases.toString());
        assertTrue(phrases.contains("leaders discussed"), phrases.toString());
        assertFalse(phrases.contains("the risks"), phrases.toString());
        assertFalse(phrases.contains("risks of"), phrases.toString());
        assertFalse(phrases.stream().anyMatch(p -> p.contains("2024")), phrases.toString());
    }

    @Test
    void logLikelihoodIsZeroUnlessTheSampleUsesThePhraseMoreThanTheRest() {
        assertEquals(0, EmergentThemes.logLikelihood(10, 1000, 1000, 100_000));
        assertEquals(0, EmergentThemes.logLikelihood(1, 1000, 500, 100_000));
        double strong = EmergentThemes.logLikelihood(20, 1000, 40, 100_000);
        double weak = EmergentThemes.logLikelihood(5, 1000, 40, 100_000);
        assertTrue(strong > weak && weak > 0, strong + " vs " + weak);
        assertTrue(strong > 10.83, "20 uses in a 1% sample of 40 overall is significant: " + strong);
    }
}
