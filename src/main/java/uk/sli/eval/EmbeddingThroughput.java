package uk.sli.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import uk.sli.index.Schema;
import uk.sli.nlp.SentenceEmbedder;
import uk.sli.search.IndexReading;

/**
 * The embedding model's raw throughput on the statements an ingest embedded: the first N embedded
 * statements of an index, embedded again by T threads with nothing else running, after a warm-up.
 * {@code scripts/bench.sh} prints it beside what ingest achieved.
 */
public final class EmbeddingThroughput {

    private EmbeddingThroughput() {
    }

    /** Usage: EmbeddingThroughput INDEX THREADS N */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: EmbeddingThroughput INDEX THREADS N");
            System.exit(2);
        }
        int threads = Integer.parseInt(args[1]);
        List<String> texts = embeddedTexts(Path.of(args[0]), Integer.parseInt(args[2]));
        SentenceEmbedder embedder = SentenceEmbedder.get();
        texts.subList(0, Math.min(200, texts.size())).forEach(embedder::embed);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            work.add(pool.submit(() -> {
                for (int i = first; i < texts.size(); i += threads) {
                    embedder.embed(texts.get(i));
                }
            }));
        }
        for (Future<?> done : work) {
            done.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "raw embedding: %d statements, %d threads, %.1f s, %.0f statements/s, %.0f per thread-second%n",
                texts.size(), threads, seconds, texts.size() / seconds, texts.size() / seconds / threads);
    }

    private static List<String> embeddedTexts(Path index, int limit) throws Exception {
        List<String> texts = new ArrayList<>();
        try (IndexReading reading = IndexReading.open(index)) {
            StoredFields stored = reading.reader().storedFields();
            for (LeafReaderContext leaf : reading.reader().leaves()) {
                FloatVectorValues vectors = leaf.reader().getFloatVectorValues(Schema.EMBEDDING);
                if (vectors == null) {
                    continue;
                }
                for (int doc = vectors.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && texts.size() < limit; doc = vectors.nextDoc()) {
                    Document fields = stored.document(leaf.docBase + doc);
                    texts.add(fields.get(Schema.TEXT));
                }
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no embedded statements in " + index);
        }
        return texts;
    }
}
