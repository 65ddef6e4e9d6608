package uk.sli.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import uk.sli.index.Schema;
import uk.sli.search.IndexReading;

/** The real entry point on the sample corpus: ingest, incremental re-ingest, docs, search, show, bad input. */
class SliEndToEndTest {

    private static final Path CORPUS = Path.of("corpus/documents");
    private static final Path AUTHORITIES = Path.of("corpus/authorities.csv");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;
    static Path index;

    record Run(int exitCode, String out, String err) {
    }

    static Run sli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Sli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void ingestSampleCorpus() {
        index = shared.resolve("index");
        Run run = sli("ingest", CORPUS.toString(), "--authorities", AUTHORITIES.toString(), "--index", index.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("8 indexed"), run.err());
    }

    @Test
    void indexIsConsistent() throws IOException {
        try (FSDirectory dir = FSDirectory.open(index); CheckIndex check = new CheckIndex(dir)) {
            check.setInfoStream(null);
            assertTrue(check.checkIndex().clean);
        }
    }

    @Test
    void onlyStatementsHaveText() throws Exception {
        // Searches leave out the statements-only filter when a query needs text: this must hold.
        try (IndexReading reading = IndexReading.open(index)) {
            Query documentsWithText = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_DOCUMENT)), BooleanClause.Occur.FILTER)
                    .add(new FieldExistsQuery(Schema.TEXT), BooleanClause.Occur.FILTER).build();
            assertEquals(0, reading.searcher().count(documentsWithText));
            assertTrue(reading.searcher().count(new FieldExistsQuery(Schema.TEXT)) > 100);
        }
    }

    @Test
    void reingestSkipsUnchangedFiles() {
        Run run = sli("ingest", CORPUS.toString(), "--authorities", AUTHORITIES.toString(), "--index", index.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("0 indexed, 8 unchanged"), run.err());
    }

    @Test
    void docsJsonCarriesTheContractFields() throws IOException {
        Run run = sli("docs", "--index", index.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> docs = jsonLines(run.out());
        assertEquals(8, docs.size());
        JsonNode wealdmoor = docs.stream().filter(d -> d.path("path").asText().endsWith("wealdmoor/2025-05-06.pdf"))
                .findFirst().orElseThrow();
        assertEquals("ilacs-standard", wealdmoor.get("type").asText());
        assertEquals("Wealdmoor", wealdmoor.get("authority").asText());
        assertEquals("971", wealdmoor.get("authority_code").asText());
        assertEquals("South East", wealdmoor.get("region").asText());
        assertEquals("good", wealdmoor.get("grades").get("overall_effectiveness").asText());
        assertEquals("requires improvement", wealdmoor.get("grades").get("care_leavers").asText());
        assertTrue(wealdmoor.get("date").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void searchFiltersByAuthorityAndCitesPages() throws IOException {
        Run run = sli("search", "exploitation", "--la", "Wealdmoor", "--index", index.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> hits = jsonLines(run.out());
        assertFalse(hits.isEmpty());
        for (JsonNode hit : hits) {
            assertTrue(hit.get("text").asText().toLowerCase().contains("exploit"), hit.toString());
            for (String field : List.of("authority", "path", "page", "paragraph", "section", "score")) {
                assertTrue(hit.has(field), field + " missing in " + hit);
            }
        }
        assertTrue(hits.stream().anyMatch(h -> h.get("authority").asText().equals("Wealdmoor") && h.get("page").asInt() > 0));
    }

    @Test
    void searchTextShowsCitationsAndFacets() {
        Run run = sli("search", "\"care leavers\" accommodation", "--index", index.toString(), "--region", "South East");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("— "), run.out());
        assertTrue(run.out().contains("authority: "), run.out());
        assertTrue(run.out().contains("[[accommodation]]"), run.out());
    }

    @Test
    void malformedQueryIsAUsageErrorOnOneLine() {
        Run run = sli("search", "\"unclosed phrase AND (", "--index", index.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("cannot parse query"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void showPrintsSectionsParagraphsAndPages() {
        Path report = CORPUS.resolve("ilacs/eastmarsh/2024-01-16.pdf");
        Run run = sli("show", report.toString(), "--index", index.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("What needs to improve?"), run.out());
        assertTrue(run.out().contains("p. 2"), run.out());
    }

    @Test
    void missingIndexFailsWithExitOne() {
        Run run = sli("docs", "--index", shared.resolve("nowhere").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("run 'sli ingest' first"), run.err());
    }

    @Test
    void badFilesAreReportedAndTheRunGoesOn(@TempDir Path folder) throws IOException {
        Files.copy(CORPUS.resolve("ilacs/eastmarsh/2024-01-16.pdf"), folder.resolve("good.pdf"));
        Files.writeString(folder.resolve("error-page.pdf"), "<!DOCTYPE html><html><body><p>Not found</p></body></html>");
        Files.write(folder.resolve("truncated.pdf"), "%PDF-1.7\n1 0 obj broken".getBytes());
        Files.write(folder.resolve("nothing.txt"), new byte[0]);
        writeImageOnlyPdf(folder.resolve("scanned.pdf"));
        writeEncryptedPdf(folder.resolve("locked.pdf"));
        Path badIndex = folder.resolve("index"); // inside the ingested folder: must not be ingested itself

        Run run = sli("ingest", folder.toString(), "--index", badIndex.toString(), "--authorities", AUTHORITIES.toString());

        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("1 indexed, 0 unchanged, 1 empty, 4 failed"), run.err());
        assertTrue(run.err().contains("error-page.pdf: not a PDF: the content is text/html"), run.err());
        assertTrue(run.err().contains("nothing.txt: empty file"), run.err());
        assertTrue(run.err().contains("locked.pdf: encrypted"), run.err());
        assertTrue(run.err().contains("empty: " + folder.resolve("scanned.pdf").toAbsolutePath()), run.err());
        assertTrue(run.err().contains("truncated.pdf: cannot read"), run.err());
        assertEquals(1, jsonLines(sli("docs", "--index", badIndex.toString(), "--format", "json").out()).size());
    }

    @Test
    void pruneRemovesEntriesOfDeletedFiles(@TempDir Path folder) throws IOException {
        Path kept = folder.resolve("a.txt");
        Path gone = folder.resolve("b.txt");
        Files.writeString(kept, "Wealdmoor self-assessment\n\nWhat we do well\n\nOur family hubs reach most families early.\n");
        Files.writeString(gone, "A note\n\nThe front door responds quickly to contacts.\n");
        Path pruneIndex = folder.resolve("index");
        assertEquals(0, sli("ingest", kept.toString(), gone.toString(), "--index", pruneIndex.toString()).exitCode());
        Files.delete(gone);

        Run run = sli("ingest", kept.toString(), "--prune", "--index", pruneIndex.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("1 pruned"), run.err());
        assertEquals(1, jsonLines(sli("docs", "--index", pruneIndex.toString(), "--format", "json").out()).size());
    }

    @Test
    void mergeLeavesOneSegment(@TempDir Path folder) throws IOException {
        Path merged = folder.resolve("index");
        Run run = sli("ingest", CORPUS.toString(), "--authorities", AUTHORITIES.toString(), "--no-embed", "--merge",
                "--index", merged.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("merged the index into one segment"), run.err());
        try (FSDirectory dir = FSDirectory.open(merged); DirectoryReader reader = DirectoryReader.open(dir)) {
            assertEquals(1, reader.leaves().size());
        }
    }

    @Test
    void everyCommandTeachesItsUseWithHelp() {
        for (String command : List.of("ingest", "search", "docs", "show", "tag", "classify", "match", "themes", "report", "serve")) {
            Run run = sli(command, "--help");
            assertEquals(0, run.exitCode(), command + ": " + run.err());
            assertTrue(run.out().contains("Usage: sli " + command), run.out());
            assertTrue(run.out().contains("Examples:"), command + " --help shows no examples");
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, sli("ingest", "no/such/folder").exitCode());
        assertEquals(2, sli("search", "x", "--type", "memo", "--index", index.toString()).exitCode());
        assertEquals(2, sli("frobnicate").exitCode());
        Run unknown = sli("search", "x", "--la", "Atlantis", "--index", index.toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown authority 'Atlantis'"), unknown.err());
    }

    /** A page with no text at all, as a scan without OCR would be. */
    private static void writeImageOnlyPdf(Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(file.toFile());
        }
    }

    private static void writeEncryptedPdf(Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
            pdf.save(file.toFile());
        }
    }

    @Test
    void semanticSearchFindsAStatementWordedDifferently() throws IOException {
        Run run = sli("search", "--semantic", "young people who have left care have nowhere suitable to live",
                "--label", "strength", "--limit", "3", "--format", "json", "--index", index.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> hits = jsonLines(run.out());
        assertFalse(hits.isEmpty());
        assertEquals("care-leavers", hits.get(0).get("themes").get(0).asText(), run.out());
    }

    @Test
    void matchJsonCarriesTheContractFieldsAndNeverTheAuthorityItself() throws IOException {
        Run run = sli("match", "--la", "Wealdmoor", "--top", "3", "--format", "json", "--index", index.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> needs = jsonLines(run.out());
        assertFalse(needs.isEmpty());
        for (JsonNode need : needs) {
            for (String field : List.of("authority", "text", "themes", "path", "page")) {
                assertTrue(need.get("need").has(field), field + " missing in " + need);
            }
            assertEquals("Wealdmoor", need.get("need").get("authority").asText());
            JsonNode matches = need.get("matches");
            assertTrue(matches.size() >= 1 && matches.size() <= 3, need.toString());
            List<String> donors = new ArrayList<>();
            double previous = Double.MAX_VALUE;
            for (JsonNode match : matches) {
                for (String field : List.of("authority", "text", "score", "themes", "path", "page", "why")) {
                    assertTrue(match.has(field), field + " missing in " + match);
                }
                assertFalse(match.get("authority").asText().equals("Wealdmoor"), "self-match: " + match);
                assertFalse(donors.contains(match.get("authority").asText()), "two matches from one donor: " + need);
                donors.add(match.get("authority").asText());
                assertTrue(match.get("score").asDouble() <= previous, "not best first: " + need);
                previous = match.get("score").asDouble();
            }
        }
    }

    @Test
    void needsAreIssuesWithTheirSourceAndIncludeTheAuthoritysReflectionsInSharedNotes() throws IOException {
        Run run = sli("match", "--la", "Wealdmoor", "--since", "2025", "--format", "json", "--index", index.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> needs = jsonLines(run.out()).stream().map(n -> n.get("need")).toList();
        needs.forEach(need -> assertTrue(need.has("source") && need.has("evidence"), need.toString()));
        assertTrue(needs.stream().anyMatch(n -> n.get("source").asText().endsWith(", formal")), "no formal item: " + needs);
        // The regional plan's peer-challenge notes are no one council's document; Wealdmoor's reflections in
        // them are its needs, listed or evidencing the same issue in its inspection.
        List<JsonNode> statements = new ArrayList<>(needs);
        needs.forEach(need -> need.get("evidence").forEach(statements::add));
        assertTrue(statements.stream().anyMatch(n -> n.get("path").asText().endsWith("regional-improvement-plan-2025-26.txt")
                && n.get("authority").asText().equals("Wealdmoor")), "no need from Wealdmoor's reflection: "
                + statements.stream().map(n -> n.get("text").asText()).toList());
    }

    @Test
    void matchPeersNarrowToNeighboursOrARegionAndUnknownNamesAreUsageErrors() throws IOException {
        Run region = sli("match", "--la", "Wealdmoor", "--peers", "region", "--format", "json", "--index", index.toString());
        assertEquals(0, region.exitCode(), region.err());
        for (JsonNode need : jsonLines(region.out())) {
            need.get("matches").forEach(m -> assertFalse(m.get("authority").asText().equals("Saltford Bay"), m.toString()));
        }
        Run neighbours = sli("match", "--la", "Saltford Bay", "--peers", "neighbours", "--index", index.toString());
        assertEquals(0, neighbours.exitCode(), neighbours.err());
        Run unknown = sli("match", "--la", "Atlantis", "--index", index.toString());
        assertEquals(Sli.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown authority 'Atlantis'"), unknown.err());
    }

    @Test
    void matchOffersAndTheRegionMatrix() throws IOException {
        Run offers = sli("match", "--offers", "--la", "Ashcombe", "--format", "json", "--index", index.toString());
        assertEquals(0, offers.exitCode(), offers.err());
        List<JsonNode> strengths = jsonLines(offers.out());
        assertFalse(strengths.isEmpty());
        strengths.forEach(s -> assertEquals("strength", s.get("offer").get("label").asText()));
        assertTrue(strengths.stream().anyMatch(s -> s.get("matches").size() > 0));

        Run matrix = sli("match", "--matrix", "--region", "South East", "--format", "csv", "--index", index.toString());
        assertEquals(0, matrix.exitCode(), matrix.err());
        List<String> rows = matrix.out().lines().toList();
        assertEquals(5, rows.size(), matrix.out());
        assertTrue(rows.get(0).contains("Wealdmoor") && !rows.get(0).contains("Saltford Bay"), rows.get(0));
    }

    private static List<JsonNode> jsonLines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        try (Stream<String> lines = out.lines()) {
            for (String line : lines.filter(l -> !l.isBlank()).toList()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }
}
