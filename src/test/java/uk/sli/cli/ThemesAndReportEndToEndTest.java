package uk.sli.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sli.tag.Taxonomy;
import uk.sli.testing.Chromium;
import uk.sli.tag.Theme;

/** sli themes and sli report on the sample corpus, and the HTML briefing rendered in headless Chromium. */
class ThemesAndReportEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLAN = "corpus/documents/sector/regional-improvement-plan-2025-26.txt";

    @TempDir
    static Path shared;
    static Path index;

    @BeforeAll
    static void ingestSampleCorpus() {
        index = shared.resolve("index");
        SliEndToEndTest.Run run = SliEndToEndTest.sli("ingest", "corpus/documents", "--authorities",
                "corpus/authorities.csv", "--index", index.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    private static SliEndToEndTest.Run sli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--index", index.toString()));
        return SliEndToEndTest.sli(all.toArray(String[]::new));
    }

    @Test
    void themesJsonCarriesTheContractFields() throws IOException {
        SliEndToEndTest.Run run = sli("themes", "--region", "South East", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> themes = jsonLines(run.out());
        Set<String> ids = new HashSet<>(Taxonomy.standard().themes().stream().map(Theme::id).toList());
        assertTrue(themes.size() >= 10, run.out());
        for (JsonNode theme : themes) {
            String id = theme.get("theme").asText();
            assertTrue(ids.contains(id) || id.startsWith("emergent:"), id);
            int strengths = theme.get("strengths").asInt();
            int improvements = theme.get("improvements").asInt();
            assertTrue(theme.get("statements").asInt() >= strengths + improvements, theme.toString());
            assertTrue(theme.get("authorities").asInt() >= 0, theme.toString());
            for (JsonNode example : theme.get("examples")) {
                assertFalse(example.get("text").asText().isBlank(), example.toString());
                assertTrue(example.has("authority") && example.has("page"), example.toString());
                assertTrue(Files.exists(Path.of(example.get("path").asText())), example.toString());
            }
        }
        JsonNode top = themes.get(0);
        assertTrue(top.get("examples").size() >= 2, "the most raised theme has examples: " + top);
        assertTrue(top.get("authorities").asInt() >= 3, top.toString());
    }

    @Test
    void themesOfPeerChallengeNotesListTheEventAndItsReflections() throws IOException {
        SliEndToEndTest.Run text = sli("themes", "--events", "--doc", PLAN);
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("authorities: Wealdmoor, Eastmarsh, Kingsbrook"), text.out());
        assertTrue(text.out().contains("Wealdmoor reflected on:"), text.out());
        assertTrue(text.out().contains("common to all:"), text.out());
        List<JsonNode> themes = jsonLines(sli("themes", "--events", "--doc", PLAN, "--format", "json").out());
        assertFalse(themes.isEmpty());
        themes.stream().filter(t -> !t.get("theme").asText().startsWith("emergent:"))
                .forEach(t -> assertEquals(1, t.get("sessions").asInt(), t.toString()));
    }

    @Test
    void themesBreakDownByAuthorityForATriadAndRejectUnknownNames() {
        SliEndToEndTest.Run csv = sli("themes", "--authorities", "Wealdmoor,Eastmarsh,Kingsbrook", "--by", "la",
                "--format", "csv", "--emergent", "0");
        assertEquals(0, csv.exitCode(), csv.err());
        List<String> rows = csv.out().lines().toList();
        assertTrue(rows.get(0).startsWith("group,theme,name,strengths"), rows.get(0));
        Set<String> groups = new HashSet<>();
        rows.subList(1, rows.size()).forEach(r -> groups.add(r.substring(0, r.indexOf(','))));
        assertTrue(groups.containsAll(List.of("Wealdmoor", "Eastmarsh", "Kingsbrook")), groups.toString());
        assertFalse(groups.contains("Ashcombe"), groups.toString());

        SliEndToEndTest.Run unknown = sli("themes", "--authorities", "Wealdmoor,Atlantis");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown authority 'Atlantis'"), unknown.err());
        assertEquals(2, sli("themes", "--doc", "no/such/file.txt").exitCode());
    }

    @Test
    void reportWritesMarkdownAndAnXlsxWithFilteredFrozenSheets() throws IOException {
        Path md = shared.resolve("south-east.md");
        SliEndToEndTest.Run run = sli("report", "--region", "South East", "--out", md.toString());
        assertEquals(0, run.exitCode(), run.err());
        String markdown = Files.readString(md);
        for (String heading : List.of("# Briefing: South East", "## Themes", "## Trends by year", "## Matches",
                "## Representative statements")) {
            assertTrue(markdown.contains(heading), heading);
        }

        Path xlsx = shared.resolve("south-east.xlsx");
        assertEquals(0, sli("report", "--region", "South East", "--out", xlsx.toString()).exitCode());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (String name : List.of("Themes", "Statements", "Matches", "Documents")) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertTrue(sheet != null && sheet.getLastRowNum() > 0, name + " has rows");
                assertTrue(sheet.getPaneInformation().isFreezePane(), name + " header frozen");
                assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), name + " has filters");
            }
            Sheet statements = workbook.getSheet("Statements");
            assertEquals("authority", statements.getRow(0).getCell(0).getStringCellValue());
        }
        assertEquals(2, sli("report", "--region", "South East", "--out", shared.resolve("x.pdf").toString()).exitCode());
    }

    @Test
    void aBriefingOnPeerChallengeNotesListsTheEvent() throws IOException {
        Path md = shared.resolve("triad.md");
        SliEndToEndTest.Run run = sli("report", "--events", "--doc", PLAN, "--top", "0", "--out", md.toString());
        assertEquals(0, run.exitCode(), run.err());
        String markdown = Files.readString(md);
        assertTrue(markdown.contains("## Peer-challenge events"), markdown);
        assertTrue(markdown.contains("(Wealdmoor, Eastmarsh, Kingsbrook)"), markdown);
        assertFalse(markdown.contains("## Matches"), "--top 0: no matching");
    }

    @Test
    void htmlBriefingRendersInHeadlessChromiumWithTablesAndCharts() throws Exception {
        Path html = shared.resolve("south-east.html");
        SliEndToEndTest.Run run = sli("report", "--region", "South East", "--out", html.toString());
        assertEquals(0, run.exitCode(), run.err());
        String page = Files.readString(html);
        assertFalse(page.contains("<script") || page.contains("<link") || page.contains("src=\"http")
                || page.contains("url(http"), "self-contained: no script, nothing fetched");

        Chromium chromium = Chromium.require();
        Path png = chromium.screenshot(html.toUri().toString(), "briefing-south-east", 2400);
        String dom = chromium.dom(html.toUri().toString());
        for (String id : List.of("theme-chart", "theme-table", "heatmap-table", "trend-chart", "match-table")) {
            assertTrue(dom.contains("id=\"" + id + "\""), "rendered page has #" + id);
        }
        int green = Chromium.pixels(png, 0x1A7F4B);
        assertTrue(green > 100, "the strengths bars are drawn: " + green + " green pixels");
    }

    private static List<JsonNode> jsonLines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.lines().filter(l -> !l.isBlank()).toList()) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }
}
