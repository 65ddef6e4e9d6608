package uk.sli.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * An index that a long-running reader (the web server) keeps up to date while {@code sli ingest}
 * writes to it: {@link #refresh} opens the newest commit, never a half-written state (ingest commits
 * whole batches), and a request keeps the reading it started with until it releases it, so old
 * readers close only once nobody uses them. Things computed from a reading (the authorities'
 * profiles, a matcher) are cached with it and dropped with it.
 */
public final class LiveIndex implements Closeable {

    private final FSDirectory directory;
    private volatile Snapshot current;

    /** One point-in-time reading and what has been computed from it. */
    public static final class Snapshot {
        private final IndexReading reading;
        private final Map<Class<?>, Object> derived = new ConcurrentHashMap<>();

        Snapshot(IndexReading reading) {
            this.reading = reading;
        }

        public IndexReading reading() {
            return reading;
        }

        /** The value of this type computed from this reading, computing it on first use. */
        public <T> T derived(Class<T> type, Function<IndexReading, T> compute) {
            return type.cast(derived.computeIfAbsent(type, t -> compute.apply(reading)));
        }
    }

    private LiveIndex(FSDirectory directory, DirectoryReader reader) {
        this.directory = directory;
        this.current = new Snapshot(new IndexReading(null, reader));
    }

    public static LiveIndex open(Path dir) throws IOException, IndexNotFoundException {
        FSDirectory directory = FSDirectory.open(dir);
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            throw new IndexNotFoundException(dir);
        }
        return new LiveIndex(directory, DirectoryReader.open(directory));
    }

    /** The current snapshot, held until {@link #release}: the caller must release it in a finally block. */
    public Snapshot acquire() {
        while (true) {
            Snapshot snapshot = current;
            if (snapshot.reading.reader().tryIncRef()) {
                return snapshot;
            }
            // Closed by a refresh between the read and the increment: take the newer one.
        }
    }

    public void release(Snapshot snapshot) throws IOException {
        snapshot.reading.reader().decRef();
    }

    /** Opens the newest commit if there is one; true when the snapshot changed. */
    public synchronized boolean refresh() throws IOException {
        Snapshot old = current;
        DirectoryReader newer = DirectoryReader.openIfChanged(old.reading.reader());
        if (newer == null) {
            return false;
        }
        current = new Snapshot(new IndexReading(null, newer));
        old.reading.reader().decRef();
        return true;
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            current.reading.reader().decRef();
        } finally {
            directory.close();
        }
    }
}
