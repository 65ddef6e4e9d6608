package uk.sli.nlp;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sentence embeddings from the all-MiniLM-L6-v2 model (quantised ONNX, shipped in the langchain4j
 * artifact; nothing is downloaded): 384 dimensions, unit length, so the dot product is the cosine.
 *
 * <p>Why not the stock {@code AllMiniLmL6V2QuantizedEmbeddingModel}: its ONNX session runs each
 * sentence on every core, and its own thread pool then fights the ingest workers for them; measured
 * here, about 540 sentences/s on 2 cores whatever the caller does. This session runs each sentence on
 * one core (intra-op threads = 1) and embeds on the calling thread, so the ingest workers give the
 * parallelism: about twice the throughput. The session is thread-safe and shared.
 */
public final class SentenceEmbedder {

    public static final int DIMENSIONS = 384;

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private static volatile SentenceEmbedder shared;

    private final CallerThreadModel model;
    private final LongAdder embedded = new LongAdder();
    private final LongAdder busyNanos = new LongAdder();

    private SentenceEmbedder() {
        this.model = new CallerThreadModel(load());
    }

    /** The process-wide embedder; loading the model takes about a second and happens on first use. */
    public static SentenceEmbedder get() {
        if (shared == null) {
            synchronized (SentenceEmbedder.class) {
                if (shared == null) {
                    shared = new SentenceEmbedder();
                }
            }
        }
        return shared;
    }

    public float[] embed(String text) {
        long start = System.nanoTime();
        float[] vector = model.embed(text).content().vector();
        busyNanos.add(System.nanoTime() - start);
        embedded.increment();
        return vector;
    }

    /**
     * Statements embedded so far in this process, and the thread-seconds spent in the model: their
     * ratio is the model's throughput per thread as the caller achieved it, to set beside its raw
     * throughput (scripts/bench.sh).
     */
    public Usage usage() {
        return new Usage(embedded.sum(), busyNanos.sum() / 1e9);
    }

    public record Usage(long statements, double threadSeconds) {
        public double perThreadSecond() {
            return threadSeconds == 0 ? 0 : statements / threadSeconds;
        }
    }

    public static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static OnnxBertBiEncoder load() {
        try (InputStream onnx = resource(MODEL); InputStream tokenizer = resource(TOKENIZER)) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = environment.createSession(onnx.readAllBytes(), options);
            return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start the embedding model: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = SentenceEmbedder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("embedding model missing from the classpath: " + name);
        }
        return in;
    }

    /** langchain4j's in-process model, with an executor that runs on the caller's thread. */
    private static final class CallerThreadModel extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        CallerThreadModel(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }
    }
}
