package uk.sli.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import uk.sli.extract.ExtractionLimits;
import uk.sli.extract.TextExtractor;
import uk.sli.ingest.Ingester;
import uk.sli.model.Document;
import uk.sli.model.Grade;
import uk.sli.model.Judgement;
import uk.sli.model.Label;
import uk.sli.model.Paragraph;
import uk.sli.model.StatementTag;
import uk.sli.tag.DocumentTagger;
import uk.sli.tag.FrameworkTags;
import uk.sli.tag.StatementContext;
import uk.sli.tag.StatementTagger;
import uk.sli.tag.TaggedStatement;
import uk.sli.understand.DocumentReader;
import uk.sli.understand.Gazetteer;

/**
 * The tagger's corpus-wide checks on every real ILACS/SIF report: recall of areas for improvement
 * listed under Ofsted's improvement headings; for those carrying Ofsted's national framework
 * reference, whether {@code sli classify} on the bare item finds that code; and whether each
 * report's share of strengths rises with its grades (Spearman's rho against the mean grade).
 */
public final class TaggingCorpusChecks {

    private static final Pattern IMPROVEMENT_HEADING = Pattern.compile(
            "(?i)what needs to improve|areas? for improvement|areas? for priority action");

    record ReportResult(String file, int bullets, int bulletsImprovement, int tagged, int taggedRight,
                        int strengths, int improvements, List<String> missed) {
    }

    /** Usage: TaggingCorpusChecks CORPUS_DIR */
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        List<CSVRecord> index = index(corpus);
        ConcurrentLinkedQueue<ReportResult> results = new ConcurrentLinkedQueue<>();
        TextExtractor extractor = new TextExtractor(ExtractionLimits.DEFAULT);
        DocumentReader reader = new DocumentReader(Gazetteer.standard());
        AtomicInteger next = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < Runtime.getRuntime().availableProcessors(); t++) {
            Thread worker = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < index.size(); i = next.getAndIncrement()) {
                    check(corpus, index.get(i).get("file"), extractor, reader).ifPresent(results::add);
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        report(results, index);
    }

    private static Optional<ReportResult> check(Path corpus, String file, TextExtractor extractor, DocumentReader reader) {
        Path path = corpus.resolve(file).toAbsolutePath().normalize();
        try {
            if (!isPdf(path)) {
                return Optional.empty();
            }
            Document document = reader.read(Ingester.documentId(path), path.toString(), "", extractor.extract(path));
            // Labels do not depend on embeddings, so the document is tagged without them (minutes
            // saved); the framework check below classifies each bare bullet as sli classify does, embedded.
            List<TaggedStatement> statements = new DocumentTagger(DocumentTagger.Mode.TAGGED).tag(document);
            int bullets = 0;
            int improvement = 0;
            int tagged = 0;
            int taggedRight = 0;
            int strengths = 0;
            int improvements = 0;
            List<String> missed = new ArrayList<>();
            StatementTagger classifier = StatementTagger.forThisThread();
            for (int i = 0; i < statements.size(); i++) {
                TaggedStatement s = statements.get(i);
                Label label = s.tag().label();
                strengths += label == Label.STRENGTH ? 1 : 0;
                improvements += label == Label.IMPROVEMENT ? 1 : 0;
                boolean listed = s.paragraph().kind() != Paragraph.Kind.TEXT
                        && IMPROVEMENT_HEADING.matcher(s.section().heading()).find();
                String bare = FrameworkTags.strip(s.sentence().text());
                if (!listed || bare.isEmpty()) {
                    continue; // not a listed area for improvement, or only the reference split from one
                }
                bullets++;
                improvement += label == Label.IMPROVEMENT ? 1 : 0;
                if (label != Label.IMPROVEMENT) {
                    missed.add(file + "\tlabelled " + label.id() + "\t" + s.sentence().text());
                }
                List<String> codes = FrameworkTags.codes(s.sentence().text());
                if (codes.isEmpty() && i + 1 < statements.size()
                        && FrameworkTags.strip(statements.get(i + 1).sentence().text()).isEmpty()) {
                    codes = FrameworkTags.codes(statements.get(i + 1).sentence().text());
                }
                if (!codes.isEmpty()) {
                    tagged++;
                    StatementTag bareTag = classifier.tag(bare, StatementContext.NONE);
                    boolean right = bareTag.framework().stream().anyMatch(codes::contains);
                    taggedRight += right ? 1 : 0;
                    if (!right) {
                        missed.add(file + "\tframework " + codes + ", predicted " + bareTag.framework() + "\t" + bare);
                    }
                }
            }
            return Optional.of(new ReportResult(file, bullets, improvement, tagged, taggedRight, strengths, improvements, missed));
        } catch (Exception e) {
            System.err.println("skipped " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static void report(Iterable<ReportResult> results, List<CSVRecord> index) {
        int bullets = 0;
        int improvement = 0;
        int tagged = 0;
        int taggedRight = 0;
        List<Double> shares = new ArrayList<>();
        List<Double> grades = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (ReportResult r : results) {
            bullets += r.bullets();
            improvement += r.bulletsImprovement();
            tagged += r.tagged();
            taggedRight += r.taggedRight();
            missed.addAll(r.missed());
            meanGrade(index, r.file()).ifPresent(grade -> {
                if (r.strengths() + r.improvements() > 0) {
                    shares.add((double) r.strengths() / (r.strengths() + r.improvements()));
                    grades.add(grade);
                }
            });
        }
        System.out.printf(Locale.ROOT, "improvement bullets labelled improvement: %d of %d (%.1f%%), target >= 97%%%n",
                improvement, bullets, 100.0 * improvement / Math.max(1, bullets));
        System.out.printf(Locale.ROOT, "framework-tagged bullets whose code is found: %d of %d (%.1f%%), target >= 80%%%n",
                taggedRight, tagged, 100.0 * taggedRight / Math.max(1, tagged));
        // A better grade is a lower number (outstanding 1 .. inadequate 4): rho against minus the mean grade.
        List<Double> goodness = grades.stream().map(g -> -g).toList();
        System.out.printf(Locale.ROOT, "Spearman rho, strength share vs grade: %.3f over %d graded reports, target >= 0.90%n",
                Spearman.rho(shares, goodness), shares.size());
        missed.stream().limit(40).forEach(m -> System.out.println("  missed: " + m));
    }

    /** Mean of the report's listed grades (outstanding 1 .. inadequate 4), when it lists any. */
    private static Optional<Double> meanGrade(List<CSVRecord> index, String file) {
        for (CSVRecord row : index) {
            if (row.get("file").equals(file)) {
                List<Integer> values = new ArrayList<>();
                for (Judgement j : Judgement.values()) {
                    Grade.parse(row.get(j.key())).ifPresent(g -> values.add(g.ordinal() + 1));
                }
                return values.isEmpty() ? Optional.empty()
                        : Optional.of(values.stream().mapToInt(Integer::intValue).average().orElseThrow());
            }
        }
        return Optional.empty();
    }

    private static List<CSVRecord> index(Path corpus) throws IOException {
        try (Reader reader = Files.newBufferedReader(corpus.resolve("ilacs-index.csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static boolean isPdf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(4), "%PDF".getBytes(StandardCharsets.US_ASCII));
        }
    }
}
