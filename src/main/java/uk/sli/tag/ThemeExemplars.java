package uk.sli.tag;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.sli.nlp.SentenceEmbedder;

/**
 * The training statements as sentence embeddings, each with its primary theme: a statement's
 * nearest exemplars vote for its themes. This catches what the bag-of-stems theme model misses
 * when a statement says the same thing in other words (measured on the dev set: theme top-1
 * 0.665 to 0.697 with the vote added, flat for k from 10 to 25).
 *
 * <p>Vectors are kept transposed (one row per dimension) so that scoring all exemplars is a run
 * of multiply-adds over contiguous arrays, which the JIT vectorises; on disk each vector is
 * quantised to bytes with its own scale (a quarter of the size, no measurable change in votes).
 */
public final class ThemeExemplars {

    /** How many nearest exemplars vote. */
    static final int NEIGHBOURS = 15;
    private static final int FORMAT = 1;

    private final List<String> themes;
    private final float[][] byDimension;

    ThemeExemplars(List<String> themes, List<float[]> vectors) {
        this.themes = List.copyOf(themes);
        this.byDimension = new float[SentenceEmbedder.DIMENSIONS][themes.size()];
        for (int i = 0; i < vectors.size(); i++) {
            float[] vector = vectors.get(i);
            for (int d = 0; d < vector.length; d++) {
                byDimension[d][i] = vector[d];
            }
        }
    }

    public int size() {
        return themes.size();
    }

    /**
     * Each theme's share of the similarity of the {@value #NEIGHBOURS} exemplars nearest to the
     * vector (shares sum to 1).
     */
    public Map<String, Double> vote(float[] vector) {
        float[] similarity = new float[themes.size()];
        for (int d = 0; d < vector.length; d++) {
            float weight = vector[d];
            float[] row = byDimension[d];
            for (int i = 0; i < row.length; i++) {
                similarity[i] += weight * row[i];
            }
        }
        int[] nearest = nearest(similarity, Math.min(NEIGHBOURS, similarity.length));
        Map<String, Double> shares = new HashMap<>();
        double total = 0;
        for (int i : nearest) {
            double weight = Math.max(0, similarity[i]);
            shares.merge(themes.get(i), weight, Double::sum);
            total += weight;
        }
        if (total > 0) {
            double sum = total;
            shares.replaceAll((theme, weight) -> weight / sum);
        }
        return shares;
    }

    /** Indexes of the k largest values, by partial selection (k is small). */
    private static int[] nearest(float[] values, int k) {
        int[] best = new int[k];
        int filled = 0;
        for (int i = 0; i < values.length; i++) {
            if (filled < k) {
                best[filled++] = i;
                siftUp(best, filled - 1, values);
            } else if (values[i] > values[best[0]]) {
                best[0] = i;
                siftDown(best, k, values);
            }
        }
        return best;
    }

    /** Min-heap on values, so that the weakest of the k best is at the root. */
    private static void siftUp(int[] heap, int at, float[] values) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (values[heap[parent]] <= values[heap[at]]) {
                return;
            }
            swap(heap, parent, at);
            at = parent;
        }
    }

    private static void siftDown(int[] heap, int size, float[] values) {
        int at = 0;
        while (true) {
            int smallest = at;
            for (int child = 2 * at + 1; child <= 2 * at + 2 && child < size; child++) {
                if (values[heap[child]] < values[heap[smallest]]) {
                    smallest = child;
                }
            }
            if (smallest == at) {
                return;
            }
            swap(heap, at, smallest);
            at = smallest;
        }
    }

    private static void swap(int[] heap, int a, int b) {
        int t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }

    /** Embeds the themed training statements (several threads: the embedding session is shared). */
    static ThemeExemplars embed(TrainingSet set) {
        List<TrainingSet.Example> themed = set.examples().stream().filter(e -> !e.themes().isEmpty()).toList();
        SentenceEmbedder embedder = SentenceEmbedder.get();
        List<float[]> vectors = themed.parallelStream()
                .map(e -> embedder.embed(FrameworkTags.strip(e.text())))
                .toList();
        return new ThemeExemplars(themed.stream().map(e -> e.themes().get(0)).toList(), vectors);
    }

    void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(FORMAT);
        out.writeInt(themes.size());
        out.writeInt(byDimension.length);
        for (int i = 0; i < themes.size(); i++) {
            out.writeUTF(themes.get(i));
            float max = 1e-9f;
            for (float[] row : byDimension) {
                max = Math.max(max, Math.abs(row[i]));
            }
            out.writeFloat(max);
            for (float[] row : byDimension) {
                out.writeByte(Math.round(row[i] / max * 127));
            }
        }
        out.flush();
    }

    static ThemeExemplars read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != FORMAT) {
            throw new IOException("unknown theme exemplar format: run scripts/train.sh");
        }
        int count = in.readInt();
        int dimensions = in.readInt();
        if (dimensions != SentenceEmbedder.DIMENSIONS) {
            throw new IOException("theme exemplars have " + dimensions + " dimensions, the embedder " + SentenceEmbedder.DIMENSIONS);
        }
        List<String> themes = new ArrayList<>(count);
        List<float[]> vectors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            themes.add(in.readUTF());
            float scale = in.readFloat() / 127;
            float[] vector = new float[dimensions];
            for (int d = 0; d < dimensions; d++) {
                vector[d] = in.readByte() * scale;
            }
            vectors.add(vector);
        }
        return new ThemeExemplars(themes, vectors);
    }
}
