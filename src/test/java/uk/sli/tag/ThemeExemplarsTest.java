package uk.sli.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.sli.nlp.SentenceEmbedder;

class ThemeExemplarsTest {

    /** A unit vector along one axis, nudged towards a second so that neighbours are ordered. */
    private static float[] axis(int d, int second, float nudge) {
        float[] v = new float[SentenceEmbedder.DIMENSIONS];
        v[d] = 1;
        v[second] = nudge;
        float norm = (float) Math.sqrt(1 + nudge * nudge);
        v[d] /= norm;
        v[second] /= norm;
        return v;
    }

    private static ThemeExemplars exemplars() {
        List<String> themes = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            themes.add("care-leavers");
            vectors.add(axis(0, 1 + i, 0.1f));
            themes.add("front-door");
            vectors.add(axis(100, 101 + i, 0.1f));
        }
        return new ThemeExemplars(themes, vectors);
    }

    @Test
    void theNearestExemplarsVoteAndSharesSumToOne() {
        Map<String, Double> vote = exemplars().vote(axis(0, 1, 0.05f));
        assertEquals(1.0, vote.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        assertTrue(vote.getOrDefault("care-leavers", 0.0) > 0.99, vote.toString());
    }

    @Test
    void votesSurviveTheQuantisedFile() throws IOException {
        ThemeExemplars original = exemplars();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        original.write(bytes);
        ThemeExemplars read = ThemeExemplars.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(original.size(), read.size());
        float[] probe = axis(100, 103, 0.2f);
        assertEquals(original.vote(probe).get("front-door"), read.vote(probe).get("front-door"), 1e-3);
    }
}
