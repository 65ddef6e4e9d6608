package uk.sli.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import uk.sli.index.Schema;

/**
 * How much of what a need names a donor names too: the need's words as the index analyses them,
 * each weighted by how rare it is among the indexed statements (inverse document frequency), and
 * the share of that weight the donor's words cover. Sentence embeddings see that "child
 * protection medicals" and "child protection enquiries" are close; this sees that only one of
 * them mentions medicals. Thread-safe.
 */
final class TermAlignment {

    private final IndexReader reader;
    private final Analyzer analyzer = Schema.analyzer();
    private final Map<String, Double> idf = new ConcurrentHashMap<>();

    TermAlignment(IndexReader reader) {
        this.reader = reader;
    }

    /** The statement's distinct terms, as the index's text field analyses them. */
    Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(Schema.TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a statement", e);
        }
        return terms;
    }

    /** The share (0..1) of the need's term weight that the donor's terms cover. */
    double coverage(Set<String> need, Set<String> donor) {
        double total = 0;
        double covered = 0;
        for (String term : need) {
            double weight = idf.computeIfAbsent(term, this::inverseDocumentFrequency);
            total += weight;
            if (donor.contains(term)) {
                covered += weight;
            }
        }
        return total == 0 ? 0 : covered / total;
    }

    private double inverseDocumentFrequency(String term) {
        try {
            int frequency = reader.docFreq(new Term(Schema.TEXT, term));
            return Math.log(1 + (reader.numDocs() - frequency + 0.5) / (frequency + 0.5));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index's term statistics", e);
        }
    }
}
