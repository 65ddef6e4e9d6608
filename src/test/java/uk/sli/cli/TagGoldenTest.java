package uk.sli.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * {@code sli tag} on the sample self-assessment and improvement plan, compared with reviewed golden
 * output. After a deliberate change (new rules, retrained models) regenerate with
 * {@code mvn test -Dtest=TagGoldenTest -Dsli.golden.update=true} and review the diff before committing.
 */
class TagGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"self-assessments/kingsbrook/2025-01-20.docx", "sector/regional-improvement-plan-2025-26.txt"})
    void tagOutputMatchesTheReviewedGoldenFile(String document) throws IOException {
        String output = tag(Path.of("corpus/documents").resolve(document));
        Path golden = GOLDEN.resolve(document.replace('/', '_') + ".jsonl");
        if (Boolean.getBoolean("sli.golden.update")) {
            Files.writeString(golden, output);
        }
        assertEquals(Files.readString(golden), output, "sli tag output changed; review and regenerate (see class comment)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"self-assessments/kingsbrook/2025-01-20.docx", "sector/regional-improvement-plan-2025-26.txt"})
    void councilDocumentsGetBothStrengthsAndImprovements(String document) throws IOException {
        List<JsonNode> statements = new ArrayList<>();
        for (String line : tag(Path.of("corpus/documents").resolve(document)).lines().toList()) {
            statements.add(JSON.readTree(line));
        }
        long strengths = statements.stream().filter(s -> s.get("label").asText().equals("strength")).count();
        long improvements = statements.stream().filter(s -> s.get("label").asText().equals("improvement")).count();
        assertTrue(strengths >= 5 && improvements >= 5, strengths + " strengths, " + improvements + " improvements");
        for (JsonNode s : statements) {
            for (String field : List.of("text", "label", "confidence", "themes", "framework", "page", "section", "cues")) {
                assertTrue(s.has(field), field + " missing in " + s);
            }
        }
    }

    private static String tag(Path file) {
        StringWriter out = new StringWriter();
        CommandLine cli = Sli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        int code = cli.execute("tag", file.toString(), "--format", "json", "--authorities", "corpus/authorities.csv");
        assertEquals(0, code);
        return out.toString();
    }
}
