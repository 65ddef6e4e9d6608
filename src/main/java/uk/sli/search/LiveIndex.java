package uk.sli.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * An index that a long-running reader (the web server) keeps up to date while {@code sli ingest}
 * writes to it: {@link #refresh} opens the newest commit, never a half-written state (ingest commits
 * whole batches), and a request keeps the reading it started with until it releases it, so old
 * readers close only once nobody uses them. Things computed from a reading (the authorities'
 * profiles, a matcher, the highlighter) are kept with it ({@link IndexReading#derived}) and go with it.
 */
public final class LiveIndex implements Closeable {

    private final FSDirectory directory;
    private volatile IndexReading current;

    private LiveIndex(FSDirectory directory, DirectoryReader reader) {
        this.directory = directory;
        this.current = new IndexReading(null, reader);
    }

    public static LiveIndex open(Path dir) throws IOException, IndexNotFoundException {
        FSDirectory directory = FSDirectory.open(dir);
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            throw new IndexNotFoundException(dir);
        }
        return new LiveIndex(directory, DirectoryReader.open(directory));
    }

    /** The current reading, held until {@link #release}: the caller must release it in a finally block. */
    public IndexReading acquire() {
        while (true) {
            IndexReading reading = current;
            if (reading.reader().tryIncRef()) {
                return reading;
            }
            // Closed by a refresh between the read and the increment: take the newer one.
        }
    }

    public void release(IndexReading reading) throws IOException {
        reading.reader().decRef();
    }

    /** Opens the newest commit if there is one; true when the reading changed. */
    public synchronized boolean refresh() throws IOException {
        IndexReading old = current;
        DirectoryReader newer = DirectoryReader.openIfChanged(old.reader());
        if (newer == null) {
            return false;
        }
        current = new IndexReading(null, newer);
        old.reader().decRef();
        return true;
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            current.reader().decRef();
        } finally {
            directory.close();
        }
    }
}
