package uk.sli.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

/** An open point-in-time view of the index, shared by the query components. */
public final class IndexReading implements Closeable {

    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    /** @param directory closed with the reading, or null when it belongs to a {@link LiveIndex} */
    IndexReading(FSDirectory directory, DirectoryReader reader) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
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
