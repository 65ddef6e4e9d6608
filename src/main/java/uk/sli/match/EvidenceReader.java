package uk.sli.match;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import uk.sli.index.Schema;
import uk.sli.search.IndexReading;

/** Reads statements back from the index, with their embeddings, by Lucene document number. */
final class EvidenceReader {

    private final IndexReading index;
    private final StoredFields stored;

    EvidenceReader(IndexReading index) throws IOException {
        this.index = index;
        this.stored = index.reader().storedFields();
    }

    Evidence read(int doc) throws IOException {
        Document fields = stored.document(doc);
        var confidence = fields.getField(Schema.CONFIDENCE);
        var page = fields.getField(Schema.PAGE);
        return new Evidence(fields.get(Schema.AUTHORITY), fields.get(Schema.TEXT), fields.get(Schema.LABEL),
                confidence == null ? 0 : confidence.numericValue().doubleValue(), List.of(fields.getValues(Schema.THEMES)),
                fields.get(Schema.PATH), page == null ? 0 : page.numericValue().intValue(), fields.get(Schema.PARAGRAPH),
                fields.get(Schema.SECTION), fields.get(Schema.DATE), embedding(doc));
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
