package uk.sli.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The dev-set evaluation as a regression check: every metric at least its expected value less tolerance. */
class TaggingEvaluationTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus");

    @Test
    void devSetMetricsDoNotRegress() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS.resolve("ilacs")), "../shared/corpus not found: skipping the dev-set evaluation");
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        boolean ok = TaggingEvaluation.run("ofsted", Path.of("eval/dev"), CORPUS, new Expectations(Path.of("eval/expected.properties")),
                new PrintStream(report, true, StandardCharsets.UTF_8), null);
        String text = report.toString(StandardCharsets.UTF_8);
        System.out.println(text);
        assertTrue(ok, text);
    }

    @Test
    void councilRegisterMetricsDoNotRegress() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS.resolve("seslip")), "../shared/corpus not found: skipping the register evaluation");
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        boolean ok = TaggingEvaluation.run("register", Path.of("eval/register"), CORPUS,
                new Expectations(Path.of("eval/expected.properties")), new PrintStream(report, true, StandardCharsets.UTF_8), null);
        String text = report.toString(StandardCharsets.UTF_8);
        System.out.println(text);
        assertTrue(ok, text);
    }
}
