package uk.sli.understand;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import uk.sli.model.Authority;

/**
 * Checks {@link AuthorityDetector#primary} on the front pages of every real Ofsted report in
 * ../shared/corpus. The scrape index's authority column is the expected answer; every
 * disagreement goes to target/authority-disagreements.txt for a person to read.
 */
class AuthorityCorpusTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final double REQUIRED_ACCURACY = 0.99;
    private static final int FRONT_PAGES = 2;

    private final Gazetteer gazetteer = Gazetteer.standard();
    private final AuthorityDetector detector = new AuthorityDetector(gazetteer);

    @Test
    void primaryAuthorityMatchesTheIndexForNearlyEveryReport() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus not found: skipping corpus checks");
        int checked = 0;
        int notPdf = 0;
        List<String> disagreements = new ArrayList<>();
        for (CSVRecord row : indexRows()) {
            Path file = CORPUS.resolve(row.get("file"));
            if (!isPdf(file)) {
                notPdf++;
                continue;
            }
            checked++;
            Optional<Authority> expected = gazetteer.byName(row.get("local_authority"));
            Optional<Authority> found = detector.primary(frontLines(file));
            if (expected.isEmpty() || !expected.equals(found)) {
                disagreements.add(row.get("file") + "\texpected " + expected.map(Authority::name)
                        .orElse("? (" + row.get("local_authority") + ")") + "\tfound " + found.map(Authority::name)
                        .orElse("nothing"));
            }
        }
        Path report = Path.of("target", "authority-disagreements.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, disagreements);
        int right = checked - disagreements.size();
        System.out.printf("primary authority: %d right of %d PDFs (%d files not PDF skipped)%n", right, checked, notPdf);
        assertTrue(right >= REQUIRED_ACCURACY * checked,
                right + " of " + checked + " right; see " + report + ":\n" + String.join("\n", disagreements));
    }

    private static List<CSVRecord> indexRows() throws IOException {
        try (Reader reader = Files.newBufferedReader(CORPUS.resolve("ilacs-index.csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    // Four files are HTML "report not found" pages saved as .pdf.
    private static boolean isPdf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(4), "%PDF".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static List<String> frontLines(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(FRONT_PAGES);
            return stripper.getText(document).lines().toList();
        }
    }
}
