package uk.sli.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import uk.sli.index.Schema;
import uk.sli.model.Label;
import uk.sli.nlp.VectorTable;
import uk.sli.search.IndexReading;

/**
 * The statements one match run can draw on (say, the peers' current strengths), with their
 * embeddings in memory for exact nearest-neighbour search. Matching asks for the neighbours of
 * many needs against the same set: scoring them all exactly takes a few milliseconds a need,
 * several times faster than a filtered HNSW search across the index's segments, and exact.
 */
final class CandidatePool {

    private final int[] docs;
    private final int[] authorities;
    private final Map<String, Integer> authorityIds;
    private final List<String> names;
    private final VectorTable vectors;

    private CandidatePool(int[] docs, int[] authorities, Map<String, Integer> authorityIds, VectorTable vectors) {
        this.docs = docs;
        this.authorities = authorities;
        this.authorityIds = authorityIds;
        this.names = new ArrayList<>(authorityIds.keySet());
        authorityIds.forEach((name, id) -> names.set(id, name));
        this.vectors = vectors;
    }

    /**
     * The embedded statements with this label in each authority's documents, marked as that
     * authority's. Read straight from the postings of the document ids and of the label, which is
     * much cheaper than a query per authority.
     */
    static CandidatePool load(IndexReading index, Map<String, Set<String>> documentsByAuthority, Label label)
            throws IOException {
        IndexSearcher searcher = index.searcher();
        Weight matchable = searcher.createWeight(searcher.rewrite(Matchable.statements(label)), ScoreMode.COMPLETE_NO_SCORES, 1);
        List<Integer> docs = new ArrayList<>();
        List<Integer> authorities = new ArrayList<>();
        Map<String, Integer> authorityIds = new HashMap<>();
        List<float[]> vectors = new ArrayList<>();
        for (LeafReaderContext leaf : index.reader().leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(Schema.EMBEDDING);
            Terms documentIds = leaf.reader().terms(Schema.DOC_ID);
            FixedBitSet labelled = matching(leaf, matchable);
            if (values == null || documentIds == null || labelled == null) {
                continue;
            }
            // Whose each labelled statement is, then one forward pass over the vectors in doc order.
            int[] owner = new int[leaf.reader().maxDoc()];
            Arrays.fill(owner, -1);
            TermsEnum terms = documentIds.iterator();
            for (Map.Entry<String, Set<String>> entry : documentsByAuthority.entrySet()) {
                int authority = authorityIds.computeIfAbsent(entry.getKey(), a -> authorityIds.size());
                for (String documentId : entry.getValue()) {
                    if (terms.seekExact(new BytesRef(documentId))) {
                        PostingsEnum postings = terms.postings(null, PostingsEnum.NONE);
                        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                            owner[doc] = labelled.get(doc) ? authority : -1;
                        }
                    }
                }
            }
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (owner[doc] >= 0) {
                    docs.add(leaf.docBase + doc);
                    authorities.add(owner[doc]);
                    vectors.add(values.vectorValue().clone());
                }
            }
        }
        return new CandidatePool(docs.stream().mapToInt(Integer::intValue).toArray(),
                authorities.stream().mapToInt(Integer::intValue).toArray(), authorityIds, new VectorTable(vectors));
    }

    /** The documents of a leaf that match, or null when none does. */
    private static FixedBitSet matching(LeafReaderContext leaf, Weight weight) throws IOException {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
            return null;
        }
        FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
        bits.or(scorer.iterator());
        return bits;
    }

    /** For each vector, the {@code k} statements nearest it, best first, leaving out one authority's own. */
    List<List<Neighbour>> nearest(List<float[]> vectors, int k, String except) {
        Integer excluded = authorityIds.get(except);
        List<List<Neighbour>> nearest = new ArrayList<>(vectors.size());
        for (float[] similarity : this.vectors.similarities(vectors)) {
            if (excluded != null) {
                for (int i = 0; i < similarity.length; i++) {
                    if (authorities[i] == excluded) {
                        similarity[i] = Float.NEGATIVE_INFINITY;
                    }
                }
            }
            List<Neighbour> best = new ArrayList<>(k);
            for (int i : VectorTable.best(similarity, k)) {
                best.add(new Neighbour(docs[i], names.get(authorities[i]), similarity[i]));
            }
            nearest.add(best);
        }
        return nearest;
    }

    /** A statement by Lucene document number, whose it is, and its cosine similarity to the query. */
    record Neighbour(int doc, String authority, float similarity) {
    }
}
