package uk.sli.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VectorTableTest {

    @Test
    void scoringQueriesTogetherGivesEachTheSameSimilaritiesAsScoringItAlone() {
        Random random = new Random(7);
        // Not a multiple of the block size, so the last block is a short one.
        VectorTable table = new VectorTable(unitVectors(random, 1000));
        List<float[]> queries = unitVectors(random, 5);
        float[][] together = table.similarities(queries);
        for (int q = 0; q < queries.size(); q++) {
            float[] alone = table.similarities(queries.get(q));
            float[] direct = new float[table.size()];
            for (int i = 0; i < table.size(); i++) {
                for (int d = 0; d < SentenceEmbedder.DIMENSIONS; d++) {
                    direct[i] += queries.get(q)[d] * table.component(i, d);
                }
            }
            assertArrayEquals(alone, together[q]);
            assertArrayEquals(direct, together[q], 1e-5f);
        }
    }

    @Test
    void bestAreTheLargestInOrderSkippingMarkedRows() {
        float[] values = {0.1f, 0.9f, Float.NEGATIVE_INFINITY, 0.5f, 0.7f};
        assertArrayEquals(new int[] {1, 4, 3}, VectorTable.best(values, 3));
    }

    private static List<float[]> unitVectors(Random random, int n) {
        List<float[]> vectors = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            float[] vector = new float[SentenceEmbedder.DIMENSIONS];
            double norm = 0;
            for (int d = 0; d < vector.length; d++) {
                vector[d] = (float) random.nextGaussian();
                norm += vector[d] * vector[d];
            }
            for (int d = 0; d < vector.length; d++) {
                vector[d] /= (float) Math.sqrt(norm);
            }
            vectors.add(vector);
        }
        return vectors;
    }
}
