package uk.sli.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaxonomyTest {

    private final Taxonomy taxonomy = Taxonomy.standard();

    @Test
    void keepsTheSharedThemeIdsAndTheirFramework() {
        assertEquals(21, taxonomy.themes().size());
        assertEquals(List.of("O4"), taxonomy.byId("care-leavers").orElseThrow().framework());
        assertEquals(List.of("E2", "E3"), taxonomy.byId("management-oversight").orElseThrow().framework());
    }

    @Test
    void cuePhrasesMatchWordForms() {
        List<Taxonomy.CueHit> hits = taxonomy.match(Words.forThisThread().stems(
                "Personal advisers keep in touch with care leavers and update their pathway plans."));
        assertEquals("care-leavers", hits.get(0).theme());
        assertTrue(hits.get(0).phrases().contains("pathway plans") || hits.get(0).phrases().contains("pathway plan"));
    }
}
