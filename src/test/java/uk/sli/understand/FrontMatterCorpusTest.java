package uk.sli.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;
import uk.sli.model.DocumentType;
import uk.sli.model.Grade;
import uk.sli.model.Grades;
import uk.sli.model.Judgement;
import uk.sli.model.ReportDates;

/**
 * Checks the front-matter readers against every real report and the scrape tool's index of them. The index
 * is itself machine-made and sometimes wrong, so the bar is agreement, not identity; every disagreement is
 * written to target/front-matter-disagreements.txt to be read by a person.
 */
class FrontMatterCorpusTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final Path DISAGREEMENTS = Path.of("target", "front-matter-disagreements.txt");
    private static final int FRONT_PAGES = 3;
    private static final double MIN_AGREEMENT = 0.97;
    private static final int MAX_LISTING_LAG_DAYS = 14;

    private static List<Checked> results;

    /** What the readers made of one report, beside what the index says about it. */
    private record Checked(CSVRecord row, Grades grades, ReportDates dates, DocumentType type) {
    }

    @BeforeAll
    static void readCorpus() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus not found: skipping corpus checks");
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(CORPUS.resolve("ilacs-index.csv"), StandardCharsets.UTF_8)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        results = rows.parallelStream()
                .filter(row -> isPdf(CORPUS.resolve(row.get("file"))))
                .map(FrontMatterCorpusTest::check)
                .toList();
        Files.createDirectories(DISAGREEMENTS.getParent());
        Files.writeString(DISAGREEMENTS, "");
    }

    private static Checked check(CSVRecord row) {
        try (PDDocument pdf = Loader.loadPDF(CORPUS.resolve(row.get("file")).toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            stripper.setStartPage(1);
            stripper.setEndPage(FRONT_PAGES);
            List<String> front = Arrays.asList(stripper.getText(pdf).split("\\R"));
            return new Checked(row, new GradeReader().read(front), new DateReader().read(front),
                    new DocumentTypeClassifier().classify(front));
        } catch (IOException e) {
            throw new UncheckedIOException(row.get("file"), e);
        }
    }

    /** Some files saved with a .pdf name are HTML error pages; real PDFs start with this signature. */
    private static boolean isPdf(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(5), "%PDF-".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void gradesAgreeWithTheIndex() throws IOException {
        int compared = 0;
        List<String> disagreements = new ArrayList<>();
        for (Checked c : results) {
            for (Judgement j : Judgement.values()) {
                String listed = c.row().get(j.key());
                if (listed.isBlank() || !listed.matches("[a-z ]+")) {
                    continue;
                }
                Optional<Grade> expected = Grade.parse(listed);
                Optional<Grade> read = c.grades().get(j);
                compared++;
                if (!read.equals(expected)) {
                    disagreements.add(String.format("grade %s %s: index '%s', read %s", c.row().get("file"), j.key(),
                            listed, read.map(Grade::label).orElse("none")));
                }
            }
        }
        report("grades", compared, disagreements);
    }

    /**
     * The index takes its dates from Ofsted's website, which sometimes lists a report a few days after the date
     * printed on it; such a lag is reported but not counted against the reader, a larger gap is.
     */
    @Test
    void publishedDatesAgreeWithTheIndex() throws IOException {
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        int exact = 0;
        for (Checked c : results) {
            LocalDate printed = c.dates().published();
            if (printed == null) {
                continue;
            }
            compared++;
            LocalDate listed = LocalDate.parse(c.row().get("publication_date"));
            long lag = ChronoUnit.DAYS.between(printed, listed);
            if (lag == 0) {
                exact++;
            } else {
                String note = lag > 0 && lag <= MAX_LISTING_LAG_DAYS ? "listed later" : "DISAGREE";
                disagreements.add(String.format("published %s: index %s, read %s (%s)", c.row().get("file"), listed,
                        printed, note));
            }
        }
        long beyondLag = disagreements.stream().filter(d -> d.endsWith("(DISAGREE)")).count();
        appendToDisagreements(String.format("# published dates: %d exactly as indexed, %d within a %d-day listing lag, "
                + "of %d printed%n", exact, compared - exact - beyondLag, MAX_LISTING_LAG_DAYS, compared), disagreements);
        assertTrue(compared > 0, "no printed publication dates");
        assertTrue(compared - beyondLag >= MIN_AGREEMENT * compared, beyondLag + " dates disagree beyond the lag");
    }

    /** The index has no grades for SIF reports, so check instead that the reader finds their main judgements. */
    @Test
    void sifReportsHaveTheirMainGrades() throws IOException {
        List<Judgement> main = List.of(Judgement.OVERALL_EFFECTIVENESS, Judgement.IMPACT_OF_LEADERS,
                Judgement.HELP_AND_PROTECTION, Judgement.CHILDREN_IN_CARE);
        List<Checked> sif = results.stream().filter(c -> c.type() == DocumentType.SIF).toList();
        List<String> incomplete = sif.stream()
                .filter(c -> !main.stream().allMatch(j -> c.grades().get(j).isPresent()))
                .map(c -> String.format("sif grades %s: read only %s", c.row().get("file"), c.grades().byJudgement()))
                .toList();
        report("SIF reports with all main grades", sif.size(), incomplete);
    }

    @Test
    void reportsAreFullInspectionsOfTheKindTheIndexSays() throws IOException {
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        for (Checked c : results) {
            if (!c.type().isFullInspection()) {
                disagreements.add(String.format("type %s: indexed as an inspection report, read %s",
                        c.row().get("file"), c.type().id()));
                continue;
            }
            Optional<DocumentType> listed = switch (c.row().get("inspection_framework")) {
                case "standard" -> Optional.of(DocumentType.ILACS_STANDARD);
                case "short" -> Optional.of(DocumentType.ILACS_SHORT);
                default -> Optional.empty();
            };
            compared++;
            if (listed.isPresent()) {
                if (listed.get() != c.type()) {
                    disagreements.add(String.format("type %s: index %s, read %s (on site %s to %s)",
                            c.row().get("file"), listed.get().id(), c.type().id(),
                            c.dates().inspectionStart(), c.dates().inspectionEnd()));
                }
            }
        }
        report("types", compared, disagreements);
    }

    @Test
    void everyReportHasInspectionDates() {
        List<String> undated = results.stream().filter(c -> c.dates().inspectionStart() == null)
                .map(c -> c.row().get("file")).toList();
        assertEquals(List.of(), undated);
    }

    /** The regional programme's own documents: plans and a newsletter by their titles, the rest untyped. */
    @Test
    void seslipDocumentsAreOfTheKindTheirNamesSay() throws IOException {
        Map<String, DocumentType> expected = Map.of(
                "impact-report-2023.txt", DocumentType.OTHER,
                "newsletter-344-2019-03-22.txt", DocumentType.NEWSLETTER,
                "regional-improvement-plan-2019-20-extract.txt", DocumentType.OTHER,
                "regional-improvement-plan-2024-25.txt", DocumentType.IMPROVEMENT_PLAN,
                "regional-improvement-plan-2025-26.txt", DocumentType.IMPROVEMENT_PLAN);
        Map<String, DocumentType> read = new TreeMap<>();
        for (String name : expected.keySet()) {
            read.put(name, new DocumentTypeClassifier().classify(Files.readAllLines(CORPUS.resolve("seslip").resolve(name))));
        }
        assertEquals(new TreeMap<>(expected), read);
    }

    private static void report(String what, int compared, Collection<String> disagreements) throws IOException {
        int agreed = compared - disagreements.size();
        appendToDisagreements(String.format("# %s: %d agreed / %d compared%n", what, agreed, compared), disagreements);
        assertTrue(compared > 0, "nothing compared for " + what);
        assertTrue(agreed >= MIN_AGREEMENT * compared, what + ": " + agreed + " agreed of " + compared);
    }

    private static synchronized void appendToDisagreements(String heading, Collection<String> disagreements)
            throws IOException {
        StringBuilder out = new StringBuilder(heading);
        disagreements.stream().sorted().forEach(d -> out.append(d).append(System.lineSeparator()));
        Files.writeString(DISAGREEMENTS, out, StandardOpenOption.APPEND);
        System.out.print(out);
    }
}
