package uk.sli.nlp;

import java.util.List;

/**
 * Unit-length vectors for exact nearest-neighbour search by dot product. They are held one row
 * per dimension, so that scoring every vector is a run of multiply-adds over contiguous arrays,
 * which the JIT vectorises: tens of thousands of vectors score in a few milliseconds, exactly.
 */
public final class VectorTable {

    /** Vectors taken at a time: 256 of them across every dimension (384 KB) stay in a core's L2 cache. */
    private static final int BLOCK = 256;

    private final int size;
    private final float[][] byDimension;

    public VectorTable(List<float[]> vectors) {
        this.size = vectors.size();
        this.byDimension = new float[SentenceEmbedder.DIMENSIONS][size];
        // Transposed a block of rows at a time, so that both sides stay in cache.
        for (int start = 0; start < size; start += BLOCK) {
            int end = Math.min(size, start + BLOCK);
            for (int d = 0; d < SentenceEmbedder.DIMENSIONS; d++) {
                float[] row = byDimension[d];
                for (int i = start; i < end; i++) {
                    row[i] = vectors.get(i)[d];
                }
            }
        }
    }

    public int size() {
        return size;
    }

    /** Component {@code d} of vector {@code i}. */
    public float component(int i, int d) {
        return byDimension[d][i];
    }

    /** The dot product of the query with every vector (the cosine, as all are unit length). */
    public float[] similarities(float[] query) {
        return similarities(List.of(query))[0];
    }

    /**
     * Each query's dot products with every vector, in one pass over the table a block of vectors at
     * a time: a block stays in cache while every query is scored against it, where scoring queries
     * one by one would stream the whole table from memory once per query (and evict whatever else
     * the machine was doing from the cache).
     */
    public float[][] similarities(List<float[]> queries) {
        float[][] similarities = new float[queries.size()][size];
        for (int start = 0; start < size; start += BLOCK) {
            int end = Math.min(size, start + BLOCK);
            for (int q = 0; q < queries.size(); q++) {
                float[] query = queries.get(q);
                float[] similarity = similarities[q];
                for (int d = 0; d < query.length; d++) {
                    float weight = query[d];
                    float[] row = byDimension[d];
                    for (int i = start; i < end; i++) {
                        similarity[i] += weight * row[i];
                    }
                }
            }
        }
        return similarities;
    }

    /** Indexes of the k largest values, best first; -infinity marks a row to skip. */
    public static int[] best(float[] values, int k) {
        int[] heap = new int[Math.min(k, values.length)];
        int filled = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == Float.NEGATIVE_INFINITY) {
                continue;
            }
            if (filled < heap.length) {
                heap[filled++] = i;
                siftUp(heap, filled - 1, values);
            } else if (values[i] > values[heap[0]]) {
                heap[0] = i;
                siftDown(heap, filled, values);
            }
        }
        // Pop the min-heap from the back: the weakest goes last.
        int[] ordered = new int[filled];
        for (int n = filled; n > 0; n--) {
            ordered[n - 1] = heap[0];
            heap[0] = heap[n - 1];
            siftDown(heap, n - 1, values);
        }
        return ordered;
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
}
