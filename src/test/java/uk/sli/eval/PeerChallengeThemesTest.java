package uk.sli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sli.cli.Sli;
import uk.sli.search.IndexReading;

/**
 * The acceptance check of issue 5 on the real South East plans: the top 10 themes of the 2024-25
 * plan's triad notes hold at least 6 of the 7 headlines the plan drew from them, and its 2025-26
 * successor's summary of the events (Appendix 3) finds its own headings.
 */
class PeerChallengeThemesTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus");

    @Test
    void triadNotesYieldThePlansHeadlines(@TempDir Path index) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS.resolve("seslip")),
                "../shared/corpus/seslip not found: skipping the peer-challenge themes check");
        assertEquals(0, Sli.commandLine().execute("ingest", CORPUS.resolve("seslip").toString(), "--index", index.toString()));
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(report, true, StandardCharsets.UTF_8);
        try (IndexReading reading = IndexReading.open(index)) {
            ThemeEvaluation evaluation = new ThemeEvaluation(reading, CORPUS);
            int headlines = evaluation.peerChallenge2024(
                    ThemeEvaluation.Expected.read(Path.of("eval/themes/peer-challenge-2024-25.tsv")), out);
            int headings = evaluation.appendix2025(
                    ThemeEvaluation.Expected.read(Path.of("eval/themes/peer-challenge-2025-26.tsv")), out);
            String text = report.toString(StandardCharsets.UTF_8);
            System.out.println(text);
            assertTrue(text.contains("from 6 events"), text);
            assertTrue(headlines >= ThemeEvaluation.PEER_CHALLENGE_TARGET, text);
            assertTrue(headings >= 5, text);
        }
    }
}
