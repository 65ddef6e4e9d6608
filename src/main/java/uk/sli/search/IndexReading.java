package uk.sli.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import uk.sli.index.Schema;

/** An open point-in-time view of the index, shared by the query components. */
public final class IndexReading implements Closeable {

    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Map<Class<?>, Object> derived = new ConcurrentHashMap<>();
    private final ThreadLocal<StoredFields> storedFields;

    /** @param directory closed with the reading, or null when it belongs to a {@link LiveIndex} */
    IndexReading(FSDirectory directory, DirectoryReader reader) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        // Lucene's shared query cache serialises concurrent searches on one lock (measured under sli serve's
        // load test) and saves little here: the filters are single terms, cheap to evaluate each time.
        this.searcher.setQueryCache(null);
        this.storedFields = ThreadLocal.withInitial(() -> {
            try {
                return reader.storedFields();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static IndexReading open(Path dir) throws IOException, IndexNotFoundException {
        FSDirectory directory = FSDirectory.open(dir);
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            throw new IndexNotFoundException(dir);
        }
        return new IndexReading(directory, DirectoryReader.open(directory));
    }

    public DirectoryReader reader() {
        return reader;
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    /**
     * This thread's reader of stored fields (one may not be shared between threads). Kept from one
     * search to the next, it reuses its decompression buffers, which a new reader allocates afresh:
     * under a server's load they were a third of all memory allocated.
     */
    public StoredFields storedFields() {
        return storedFields.get();
    }

    /**
     * The value of this type computed from this reading, computed on first use and shared by every
     * later caller (a long-running server asks the same questions of one reading many times). The
     * computation must not itself ask for another derived value: derive that first.
     */
    public <T> T derived(Class<T> type, Function<IndexReading, T> compute) {
        return type.cast(derived.computeIfAbsent(type, t -> compute.apply(this)));
    }

    /** The facet values of every entry of this reading, in memory for counting; empty when nothing has facets. */
    Optional<FacetOrdinals> facetOrdinals() {
        // Built once per reading: it maps every facet value across segments and reads every entry's.
        return derived(Facets.class, Facets::of).ordinals();
    }

    private record Facets(Optional<FacetOrdinals> ordinals) {

        static Facets of(IndexReading index) {
            try {
                return new Facets(Optional.of(FacetOrdinals.read(
                        new DefaultSortedSetDocValuesReaderState(index.reader, Schema.facetsConfig()))));
            } catch (IllegalArgumentException noFacetsIndexed) {
                return new Facets(Optional.empty());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            if (directory != null) {
                directory.close();
            }
        }
    }
}
