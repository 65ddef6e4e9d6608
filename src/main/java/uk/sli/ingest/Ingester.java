package uk.sli.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import uk.sli.extract.ExtractedText;
import uk.sli.extract.ExtractionException;
import uk.sli.extract.TextExtractor;
import uk.sli.index.IndexStore;
import uk.sli.model.Document;
import uk.sli.tag.DocumentTagger;
import uk.sli.tag.TaggedDocument;
import uk.sli.understand.DocumentReader;

/**
 * Runs files through extract, understand, tag and index, in parallel, giving each exactly one
 * {@link Outcome}. Unchanged files (same SHA-256 as the indexed copy) are skipped; a changed file
 * replaces its old entries; the index is committed every {@link Options#commitEvery()} files so
 * that a crash loses at most one batch, which the next run redoes.
 */
public final class Ingester {

    /**
     * @param threads files processed at once
     * @param timeout longest one file may take to read and understand
     * @param prune remove index entries whose files no longer exist
     * @param commitEvery files between commits
     */
    public record Options(int threads, Duration timeout, boolean prune, int commitEvery) {
    }

    /** Told about progress; called from worker threads, so implementations must be thread-safe. */
    public interface Listener {
        void started(int files);

        void finished(FileOutcome outcome);
    }

    private final TextExtractor extractor;
    private final DocumentReader reader;
    private final DocumentTagger tagger;
    private final IndexStore store;
    private final Options options;
    private final Listener listener;

    public Ingester(TextExtractor extractor, DocumentReader reader, DocumentTagger tagger, IndexStore store,
                    Options options, Listener listener) {
        this.extractor = extractor;
        this.reader = reader;
        this.tagger = tagger;
        this.store = store;
        this.options = options;
        this.listener = listener;
    }

    public IngestSummary run(List<Path> roots) throws IOException, InterruptedException {
        long start = System.nanoTime();
        List<Path> files = FileWalker.files(roots, store.directory());
        Map<String, IndexStore.IndexedFile> indexed = store.indexedFiles();
        listener.started(files.size());

        // Reading runs on its own daemon threads so that a file that ignores interruption and hangs
        // past its timeout cannot keep the JVM alive or block a worker.
        ExecutorService readers = Executors.newCachedThreadPool(daemonThreads("sli-read"));
        ExecutorService workers = Executors.newFixedThreadPool(options.threads(), daemonThreads("sli-ingest"));
        AtomicInteger sinceCommit = new AtomicInteger();
        List<Future<FileOutcome>> futures = new ArrayList<>();
        for (Path file : files) {
            futures.add(workers.submit(() -> {
                FileOutcome outcome = process(file, indexed.get(file.toString()), readers);
                if (outcome.outcome() == Outcome.INDEXED && sinceCommit.incrementAndGet() % options.commitEvery() == 0) {
                    store.commit();
                }
                listener.finished(outcome);
                return outcome;
            }));
        }
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        int pages = 0;
        int sentences = 0;
        int embedded = 0;
        try {
            for (Future<FileOutcome> future : futures) {
                FileOutcome outcome = future.get();
                counts.merge(outcome.outcome(), 1, Integer::sum);
                pages += outcome.pages();
                sentences += outcome.sentences();
                embedded += outcome.embedded();
            }
        } catch (ExecutionException e) {
            throw new IOException("cannot write to the index: " + e.getCause().getMessage(), e.getCause());
        } finally {
            workers.shutdownNow();
            readers.shutdownNow();
        }
        if (options.prune()) {
            counts.put(Outcome.PRUNED, prune(indexed));
        }
        store.commit();
        return new IngestSummary(counts, pages, sentences, embedded, Duration.ofNanos(System.nanoTime() - start));
    }

    private FileOutcome process(Path file, IndexStore.IndexedFile known, ExecutorService readers) throws IOException {
        String hash;
        try {
            hash = sha256(file);
        } catch (IOException e) {
            return FileOutcome.failed(file, "cannot read: " + e.getMessage());
        }
        if (known != null && known.contentHash().equals(hash) && tagger.version().equals(known.taggedBy())) {
            return FileOutcome.of(file, Outcome.UNCHANGED);
        }
        Future<TaggedDocument> reading = readers.submit(() -> read(file, hash));
        TaggedDocument tagged;
        try {
            tagged = reading.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reading.cancel(true);
            return FileOutcome.failed(file, "timed out after " + options.timeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FileOutcome.failed(file, "interrupted");
        } catch (ExecutionException e) {
            return FileOutcome.failed(file, reason(e.getCause()));
        }
        Document document = tagged.document();
        if (document.sentenceCount() == 0) {
            return new FileOutcome(file, Outcome.EMPTY, "no text found (scanned images only?)", document.pageCount(), 0, 0);
        }
        store.replace(tagged);
        int embedded = (int) tagged.statements().stream().filter(s -> s.tag().isEmbedded()).count();
        return new FileOutcome(file, Outcome.INDEXED, null, document.pageCount(), document.sentenceCount(), embedded);
    }

    private TaggedDocument read(Path file, String hash) throws ExtractionException {
        ExtractedText text = extractor.extract(file);
        Document document = reader.read(documentId(file), file.toString(), hash, text);
        return new TaggedDocument(document, tagger.tag(document), tagger.version());
    }

    private int prune(Map<String, IndexStore.IndexedFile> indexed) throws IOException {
        int pruned = 0;
        for (Map.Entry<String, IndexStore.IndexedFile> entry : indexed.entrySet()) {
            if (!Files.exists(Path.of(entry.getKey()))) {
                store.delete(entry.getValue().docId());
                listener.finished(FileOutcome.of(Path.of(entry.getKey()), Outcome.PRUNED));
                pruned++;
            }
        }
        return pruned;
    }

    private static String reason(Throwable cause) {
        if (cause instanceof ExtractionException) {
            return cause.getMessage();
        }
        if (cause instanceof OutOfMemoryError) {
            return "out of memory while reading";
        }
        String message = cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse("");
        return "cannot process (" + cause.getClass().getSimpleName() + message + ")";
    }

    /** A stable id for a file: the same path always maps to the same index entries. */
    public static String documentId(Path file) {
        return hex(digest("SHA-1").digest(file.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = digest("SHA-256");
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return hex(digest.digest());
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides " + algorithm, e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
