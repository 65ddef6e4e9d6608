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
import uk.sli.nlp.VectorTable;

/**
 * The training statements as sentence embeddings, each with its primary theme: a statement's
 * nearest exemplars vote for its themes. This catches what the bag-of-stems theme model misses
 * when a statement says the same thing in other words (measured on the dev set: theme top-1
 * 0.665 to 0.697 with the vote added, flat for k from 10 to 25).
 *
 * <p>On disk each vector is quantised to bytes with its own scale (a quarter of the size, no
 * measurable change in votes).
 */
public final class ThemeExemplars {

    /** How many nearest exemplars vote. */
    static final int NEIGHBOURS = 15;
    private static final int FORMAT = 1;

    private final List<String> themes;
    private final VectorTable vectors;

    ThemeExemplars(List<String> themes, List<float[]> vectors) {
        this.themes = List.copyOf(themes);
        this.vectors = new VectorTable(vectors);
    }

    public int size() {
        return themes.size();
    }

    /**
     * Each theme's share of the similarity of the {@value #NEIGHBOURS} exemplars nearest to the
     * vector (shares sum to 1).
     */
    public Map<String, Double> vote(float[] vector) {
        float[] similarity = vectors.similarities(vector);
        Map<String, Double> shares = new HashMap<>();
        double total = 0;
        for (int i : VectorTable.best(similarity, NEIGHBOURS)) {
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
        out.writeInt(SentenceEmbedder.DIMENSIONS);
        for (int i = 0; i < themes.size(); i++) {
            out.writeUTF(themes.get(i));
            float max = 1e-9f;
            for (int d = 0; d < SentenceEmbedder.DIMENSIONS; d++) {
                max = Math.max(max, Math.abs(vectors.component(i, d)));
            }
            out.writeFloat(max);
            for (int d = 0; d < SentenceEmbedder.DIMENSIONS; d++) {
                out.writeByte(Math.round(vectors.component(i, d) / max * 127));
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
