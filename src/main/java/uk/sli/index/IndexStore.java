package uk.sli.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import uk.sli.tag.TaggedDocument;

/**
 * The writing side of the index. Replacing a document deletes its old Lucene documents (document and
 * statements share {@link Schema#DOC_ID}) and adds the new ones atomically; nothing is visible to
 * readers, or survives a crash, until {@link #commit()}. Thread-safe, like {@link IndexWriter}.
 */
public final class IndexStore implements Closeable {

    /**
     * Embeddings go into an HNSW graph over int8-quantised vectors (the float vectors are kept
     * beside it for exact scoring): ingest builds the graph while it embeds, on the same cores, and
     * the quantised graph is the cheaper to build.
     */
    private static final Codec QUANTISED_VECTORS = new Lucene912Codec() {
        @Override
        public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
            return new Lucene99HnswScalarQuantizedVectorsFormat();
        }
    };


    /** Only what incremental ingest needs; the stored structure is large and not read here. */
    private static final Set<String> FILE_FIELDS = Set.of(Schema.PATH, Schema.DOC_ID, Schema.CONTENT_HASH, Schema.TAGGED_BY);

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final DocumentMapper mapper = new DocumentMapper();

    public IndexStore(Path dir) throws IOException {
        this.directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128)
                .setCodec(QUANTISED_VECTORS);
        this.writer = new IndexWriter(directory, config);
    }

    /** Path to content hash of every document in the last commit, to find unchanged and vanished files. */
    public Map<String, IndexedFile> indexedFiles() throws IOException {
        Map<String, IndexedFile> files = new HashMap<>();
        if (!DirectoryReader.indexExists(directory)) {
            return files;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            StoredFields stored = reader.storedFields();
            TermQuery documents = new TermQuery(new Term(Schema.KIND, Schema.KIND_DOCUMENT));
            for (ScoreDoc hit : searcher.search(documents, Math.max(1, reader.maxDoc())).scoreDocs) {
                Document doc = stored.document(hit.doc, FILE_FIELDS);
                files.put(doc.get(Schema.PATH), new IndexedFile(doc.get(Schema.DOC_ID), doc.get(Schema.CONTENT_HASH), doc.get(Schema.TAGGED_BY)));
            }
        }
        return files;
    }

    /** The folder the index lives in. */
    public Path directory() {
        return directory.getDirectory();
    }

    public void replace(TaggedDocument tagged) throws IOException {
        writer.updateDocuments(new Term(Schema.DOC_ID, tagged.document().id()), mapper.toLucene(tagged));
    }

    public void delete(String docId) throws IOException {
        writer.deleteDocuments(new Term(Schema.DOC_ID, docId));
    }

    /**
     * Merges the index into one segment and commits: searches and facet counts then work on one
     * segment instead of tens (about 40% more searches a second for {@code sli serve} on the shared
     * corpus), at the cost of rewriting the index (minutes for that corpus).
     */
    public void mergeToOneSegment() throws IOException {
        writer.forceMerge(1);
        writer.commit();
    }

    public void commit() throws IOException {
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            directory.close();
        }
    }

    /** What the index knows of a file it holds. */
    /** @param taggedBy the tagging its statements carry ({@code DocumentTagger.version()}), null in older indexes */
    public record IndexedFile(String docId, String contentHash, String taggedBy) {
    }
}
