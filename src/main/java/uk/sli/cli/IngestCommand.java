package uk.sli.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.lucene.store.LockObtainFailedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.sli.extract.ExtractionLimits;
import uk.sli.extract.TextExtractor;
import uk.sli.index.IndexStore;
import uk.sli.ingest.IngestSummary;
import uk.sli.ingest.Ingester;
import uk.sli.ingest.Outcome;
import uk.sli.nlp.SentenceEmbedder;
import uk.sli.tag.DocumentTagger;
import uk.sli.understand.DocumentReader;
import uk.sli.understand.Gazetteer;

@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Extract, understand and index documents (incremental).",
        description = {
            "Reads documents (PDF, DOCX, HTML, TXT...; the format is detected from the",
            "content) and indexes them: type, authority, dates, Ofsted grades, sections,",
            "paragraphs, pages and sentences, each sentence tagged (label, themes,",
            "framework). Unchanged files are skipped; changed files",
            "replace their old entries. Each file ends as indexed, unchanged, empty or",
            "failed (one line on stderr with the reason); a summary follows.",
            "Exit 0 when every file succeeded, 3 when some failed."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  sli ingest corpus/documents --authorities corpus/authorities.csv",
            "  sli ingest ~/reports --index ~/sli-index --threads 4 --prune"})
final class IngestCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOption index;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders to ingest (folders recursively)")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "files read in parallel (default: cores, ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--prune", description = "remove index entries whose files no longer exist")
    boolean prune;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "give up on a file after this long (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "200",
            description = "refuse files larger than this (default: ${DEFAULT-VALUE})")
    int maxMegabytes;

    @Option(names = "--no-tag", description = "index statements without tagging them: faster, but --label, --theme "
            + "and --framework then find nothing")
    boolean noTag;

    @Option(names = "--no-embed", description = "tag statements but do not embed them: faster, but search --semantic "
            + "and match then find nothing, and themes lack the nearest-neighbour vote")
    boolean noEmbed;

    @Option(names = "--merge", description = "then merge the index into one segment: faster searches for a "
            + "long-running 'sli serve', at the cost of rewriting the index (minutes for hundreds of reports)")
    boolean merge;

    @Option(names = "--authorities", paramLabel = "CSV",
            description = "extra authorities beyond the built-in gazetteer (columns: name,code,ons_code,region,"
                    + "neighbour_codes,type), e.g. the sample corpus's fictional councils")
    Path extraAuthorities;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or folder: " + path);
            }
        }
        if (threads < 1 || timeoutSeconds < 1 || maxMegabytes < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads, --timeout and --max-size must be positive");
        }
        Gazetteer gazetteer = extraAuthorities == null ? Gazetteer.standard() : Gazetteer.withExtra(extraAuthorities);
        ExtractionLimits limits = new ExtractionLimits((long) maxMegabytes << 20,
                ExtractionLimits.DEFAULT.maxPages(), ExtractionLimits.DEFAULT.maxChars());
        Files.createDirectories(index.dir);
        IngestSummary summary;
        try (IndexStore store = new IndexStore(index.dir);
             ProgressReporter progress = ProgressReporter.forStderr(err)) {
            Ingester ingester = new Ingester(new TextExtractor(limits), new DocumentReader(gazetteer), new DocumentTagger(noTag ? DocumentTagger.Mode.UNTAGGED : noEmbed ? DocumentTagger.Mode.TAGGED : DocumentTagger.Mode.EMBEDDED), store,
                    new Ingester.Options(threads, Duration.ofSeconds(timeoutSeconds), prune, 50), progress);
            summary = ingester.run(paths);
            if (merge) {
                long started = System.nanoTime();
                store.mergeToOneSegment();
                err.printf(Locale.ROOT, "ingest: merged the index into one segment in %.1f s%n", (System.nanoTime() - started) / 1e9);
            }
        } catch (LockObtainFailedException e) {
            err.println("sli: error: the index at " + index.dir + " is in use by another 'sli ingest'");
            return Sli.FAILED;
        }
        err.println("ingest: " + summary.describe());
        if (summary.embedded() > 0) {
            SentenceEmbedder.Usage usage = SentenceEmbedder.get().usage();
            err.printf(Locale.ROOT, "ingest: embedding model: %,d statements in %.1f thread-seconds, %.0f per thread-second%n",
                    usage.statements(), usage.threadSeconds(), usage.perThreadSecond());
        }
        err.println("ingest: index at " + index.dir.toAbsolutePath().normalize());
        return summary.count(Outcome.FAILED) > 0 ? Sli.PARTLY_FAILED : Sli.OK;
    }
}
