package uk.sli.match;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import uk.sli.index.Schema;
import uk.sli.search.IndexReading;

/**
 * Reads statements back from the index, with their embeddings, by Lucene document number. The
 * same strengths come back for need after similar need, so recent reads are kept.
 */
final class EvidenceReader {

    private static final int CACHED = 20_000;

    private final IndexReading index;
    private final StoredFields stored;
    private final Map<Integer, Evidence> recent = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Evidence> eldest) {
            return size() > CACHED;
        }
    };

    EvidenceReader(IndexReading index) throws IOException {
        this.index = index;
        this.stored = index.reader().storedFields();
    }

    /** @param withEmbedding false when the caller has no use for the vector (it is then null) */
    Evidence read(int doc, boolean withEmbedding) throws IOException {
        if (withEmbedding) {
            return load(doc, true);
        }
        Evidence cached = recent.get(doc);
        if (cached == null) {
            cached = load(doc, false);
            recent.put(doc, cached);
        }
        return cached;
    }

    private Evidence load(int doc, boolean withEmbedding) throws IOException {
        Document fields = stored.document(doc);
        var confidence = fields.getField(Schema.CONFIDENCE);
        var page = fields.getField(Schema.PAGE);
        // In notes many authorities share, a reflection is its speaker's.
        String authority = fields.get(Schema.AUTHORITY) != null ? fields.get(Schema.AUTHORITY) : fields.get(Schema.SPEAKER);
        return new Evidence(authority, fields.get(Schema.TEXT), fields.get(Schema.LABEL),
                confidence == null ? 0 : confidence.numericValue().doubleValue(), List.of(fields.getValues(Schema.THEMES)),
                fields.get(Schema.PATH), page == null ? 0 : page.numericValue().intValue(), fields.get(Schema.PARAGRAPH),
                fields.get(Schema.SECTION), fields.get(Schema.DATE), withEmbedding ? embedding(doc) : null,
                fields.get(Schema.DOC_ID), fields.getField(Schema.ORDINAL).numericValue().intValue(),
                fields.get(Schema.TYPE), fields.get(Schema.LEAD_IN));
    }

    /** The statement's embedding, or null when it has none (neutral statements, untagged indexes). */
    private float[] embedding(int doc) throws IOException {
        List<LeafReaderContext> leaves = index.reader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        FloatVectorValues vectors = leaf.reader().getFloatVectorValues(Schema.EMBEDDING);
        if (vectors == null) {
            return null;
        }
        int target = doc - leaf.docBase;
        return vectors.advance(target) == target ? vectors.vectorValue().clone() : null;
    }
}
