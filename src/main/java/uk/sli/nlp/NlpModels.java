package uk.sli.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models shipped in the Maven model artifacts (UD English-EWT, v1.3), each loaded
 * once: sentences for every document; tokens and parts of speech for key phrases. (Statements are
 * tokenized for tagging with OpenNLP's rule-based tokenizer, see {@code Words}.)
 * Models are immutable and shared; the {@code *ME} tools built from them are not thread-safe, so
 * each thread builds its own (see {@link SentenceSplitter}).
 */
public final class NlpModels {

    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static volatile NlpModels shared;

    private final SentenceModel sentences;
    private volatile TokenizerModel tokens;
    private volatile POSModel partsOfSpeech;

    private NlpModels() {
        this.sentences = load(SENTENCE_MODEL, SentenceModel::new);
    }

    /** The process-wide models; loading takes a fraction of a second and happens on first use. */
    public static NlpModels get() {
        if (shared == null) {
            synchronized (NlpModels.class) {
                if (shared == null) {
                    shared = new NlpModels();
                }
            }
        }
        return shared;
    }

    public SentenceModel sentences() {
        return sentences;
    }

    /** The tokenizer and part-of-speech models, loaded on first use: only key-phrase extraction needs them. */
    public synchronized TokenizerModel tokens() {
        if (tokens == null) {
            tokens = load(TOKEN_MODEL, TokenizerModel::new);
        }
        return tokens;
    }

    public synchronized POSModel partsOfSpeech() {
        if (partsOfSpeech == null) {
            partsOfSpeech = load(POS_MODEL, POSModel::new);
        }
        return partsOfSpeech;
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model missing from the classpath: " + resource);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }
}
