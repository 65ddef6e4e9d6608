package uk.sli.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sli.cli.Sli;
import uk.sli.search.LiveIndex;
import uk.sli.testing.Chromium;
import uk.sli.testing.DevTools;

/** The web app over the sample corpus and one hostile document: pages, API contracts, bad requests, live refresh. */
class WebServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String HOSTILE = "Leaders <script>alert('sli')</script> review the safeguarding audit every month.";

    @TempDir
    static Path shared;
    static LiveIndex index;
    static WebServer server;
    static String base;

    @BeforeAll
    static void serveTheSampleCorpus() throws Exception {
        Path hostile = shared.resolve("extra/hostile-notes.txt");
        Files.createDirectories(hostile.getParent());
        Files.writeString(hostile, "Notes on the audit programme\n\n" + HOSTILE + "\n");
        Path dir = shared.resolve("index");
        assertEquals(0, Sli.commandLine().execute("ingest", "corpus/documents", hostile.toString(),
                "--authorities", "corpus/authorities.csv", "--index", dir.toString()));
        index = LiveIndex.open(dir);
        server = new WebServer(index).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        index.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void searchApiMirrorsTheCommandLinesJson() throws Exception {
        HttpResponse<String> response = get("/api/search?q=" + q("care leavers") + "&la=Wealdmoor&limit=5");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("content-type").orElse("").startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertTrue(body.get("total").asInt() > 0);
        assertEquals(5, body.get("hits").size());
        for (JsonNode hit : body.get("hits")) {
            assertTrue(hit.has("text") && hit.has("path") && hit.has("page") && hit.has("doc_id"), hit.toString());
        }
        assertTrue(body.get("facets").has("authority") && body.get("facets").get("grade").size() > 0, body.toString());
        JsonNode good = JSON.readTree(get("/api/search?q=" + q("care leavers") + "&grade=good&limit=100").body());
        assertTrue(good.get("total").asInt() > 0 && good.get("total").asInt() < JSON.readTree(
                get("/api/search?q=" + q("care leavers")).body()).get("total").asInt(), "the grade filter narrows");
        assertTrue(JSON.readTree(get("/api/search?q=" + q("homes far away") + "&semantic=true").body()).get("total").asInt() > 0);
    }

    @Test
    void badRequestsAreJson400sNamingTheProblemWithoutStackTraces() throws Exception {
        for (String path : new String[] {"/api/search?q=" + q("\"unbalanced"), "/api/search", "/api/search?q=x&limit=5000",
            "/api/search?q=x&la=Atlantis", "/api/search?q=x&theme=astrology", "/api/search?q=x&from=abc",
            "/api/search?q=" + "x".repeat(600), "/api/search?q=x&grade=superb", "/api/match", "/api/themes?by=colour", "/api/tag"}) {
            HttpResponse<String> response = get(path);
            assertEquals(400, response.statusCode(), path + ": " + response.body());
            JsonNode body = JSON.readTree(response.body());
            assertFalse(body.get("error").asText().isBlank(), path);
            assertFalse(response.body().contains("Exception") || response.body().contains("at uk."), response.body());
        }
    }

    @Test
    void documentsAreServedByIdOnly() throws Exception {
        JsonNode docs = JSON.readTree(get("/api/docs?la=Wealdmoor").body());
        String id = docs.get(0).get("id").asText();
        JsonNode document = JSON.readTree(get("/api/docs/" + id).body());
        assertEquals(id, document.get("id").asText());
        assertTrue(document.get("sections").size() > 0);
        assertEquals(200, get("/doc/" + id).statusCode());
        for (String path : new String[] {"/api/docs/..%2F..%2Fetc%2Fpasswd", "/doc/..%2F..%2Fetc%2Fpasswd",
            "/doc/%2Fetc%2Fpasswd", "/api/docs/" + q(docs.get(0).get("path").asText()), "/no/such/page"}) {
            HttpResponse<String> response = get(path);
            assertEquals(404, response.statusCode(), path);
            assertFalse(response.body().contains("root:"), path);
        }
    }

    @Test
    void documentTextIsEscapedOnEveryPage() throws Exception {
        JsonNode hits = JSON.readTree(get("/api/search?q=" + q("safeguarding audit every month")).body()).get("hits");
        assertEquals(HOSTILE, hits.get(0).get("text").asText(), "indexed as text");
        String search = get("/?q=" + q("safeguarding audit every month")).body();
        String document = get("/doc/" + hits.get(0).get("doc_id").asText()).body();
        for (String page : new String[] {search, document}) {
            assertFalse(page.contains("<script>alert"), "a script in a document never reaches a page");
            assertTrue(page.contains("&lt;script&gt;alert"), "it shows as text");
        }
    }

    @Test
    void everyPageRenders() throws Exception {
        for (String path : new String[] {"/", "/?q=" + q("early help") + "&label=strength", "/authorities",
            "/authority/Wealdmoor", "/match", "/match?la=Wealdmoor&peers=region", "/themes", "/themes?region=" + q("South East"),
            "/themes?events=true", "/static/app.css"}) {
            HttpResponse<String> response = get(path);
            assertEquals(200, response.statusCode(), path + ": " + response.body());
        }
        assertTrue(get("/themes").body().contains("id=\"theme-chart\""));
        assertTrue(get("/match?la=Wealdmoor").body().contains("could learn from"));
        String region = get("/match?region=" + q("South East")).body();
        assertTrue(region.contains("<h2>Wealdmoor:") && region.contains("<h2>Eastmarsh:"), "a region lists each member's needs");
        assertFalse(region.contains("<h2>Saltford Bay:"), "only the region's members");
        assertEquals(404, get("/authority/Atlantis").statusCode());
    }

    @Test
    void matchThemesAndTagApisKeepTheirContracts() throws Exception {
        JsonNode needs = JSON.readTree(get("/api/match?la=Wealdmoor&top=2").body());
        assertTrue(needs.size() > 0);
        for (JsonNode need : needs) {
            assertTrue(need.has("need") && need.get("matches").size() <= 2, need.toString());
            need.get("matches").forEach(m -> assertFalse(m.get("authority").asText().equals("Wealdmoor")));
        }
        String csv = get("/api/match.csv?la=Wealdmoor").body();
        assertTrue(csv.startsWith("need_authority,need_text"), csv);
        HttpResponse<byte[]> xlsx = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/match.xlsx?la=Wealdmoor")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertTrue(workbook.getSheet("Matches").getLastRowNum() > 0, "the XLSX export has the matches");
        }
        JsonNode themes = JSON.readTree(get("/api/themes?region=" + q("South East")).body());
        for (JsonNode theme : themes) {
            for (String field : new String[] {"theme", "strengths", "improvements", "statements", "authorities", "examples"}) {
                assertTrue(theme.has(field), field + " in " + theme);
            }
        }
        JsonNode tags = JSON.readTree(get("/api/tag?text=" + q("Too many children wait too long for an assessment.")).body());
        assertEquals("improvement", tags.get(0).get("label").asText());
        assertTrue(JSON.readTree(get("/api/authorities").body()).size() >= 5);
    }

    /**
     * A user's tour in a real browser, driven over Chromium's DevTools protocol: search from the form,
     * follow the first citation to its paragraph, open an authority from the list, run a match from
     * the form, filter the themes dashboard. Each page is checked and its screenshot kept.
     */
    @Test
    void aBrowserTourOfTheMainPages() throws Exception {
        try (DevTools browser = DevTools.start(Chromium.require().binary(), 1200, 1400)) {
            browser.open(base + "/");
            browser.follow("document.querySelector('input[name=q]').value = 'care leavers';"
                    + "document.querySelector('input[name=semantic]').checked = true;"
                    + "document.querySelector('form.filters').submit()");
            assertTrue(browser.evaluate("document.querySelectorAll('article.hit').length").asInt() > 0, "hits listed");
            assertTrue(browser.evaluate("document.querySelectorAll('.snippet mark').length").asInt() > 0, "terms highlighted");
            assertTrue(browser.evaluate("document.querySelectorAll('#facets a').length").asInt() > 0, "facets to narrow");
            assertSeen(browser.screenshot("web-search"));

            browser.follow("document.querySelector('p.cite a').click()");
            assertTrue(browser.evaluate("location.pathname.startsWith('/doc/') && location.hash.startsWith('#s-')").asBoolean());
            assertTrue(browser.evaluate("(() => { const r = document.querySelector(location.hash).getBoundingClientRect();"
                    + " return r.bottom > 0 && r.top < window.innerHeight; })()").asBoolean(), "the cited statement is in view");
            assertTrue(browser.evaluate("document.querySelectorAll('.s.strength').length > 0"
                    + " && document.querySelectorAll('.s.improvement').length > 0").asBoolean(), "statements coloured by label");
            assertSeen(browser.screenshot("web-document"));

            browser.open(base + "/authorities");
            browser.follow("[...document.querySelectorAll('#authorities a')].find(a => a.textContent === 'Wealdmoor').click()");
            assertEquals("Wealdmoor", browser.evaluate("document.querySelector('h1').textContent").asText());
            assertTrue(browser.evaluate("document.querySelector('#theme-chart') !== null"
                    + " && document.querySelectorAll('#neighbours a').length > 0"
                    + " && document.querySelectorAll('table.matches .donor').length > 0").asBoolean());
            assertSeen(browser.screenshot("web-authority"));

            browser.open(base + "/match");
            browser.follow("document.querySelector('select[name=la]').value = 'Eastmarsh';"
                    + "document.querySelector('form.filters').submit()");
            assertTrue(browser.evaluate("document.querySelectorAll('table.matches tbody tr').length").asInt() > 0, "needs listed");
            assertTrue(browser.evaluate("[...document.querySelectorAll('.donor b')].every(b => b.textContent !== 'Eastmarsh')")
                    .asBoolean(), "never the authority itself");
            assertTrue(browser.evaluate("document.querySelector('a[href^=\"/api/match.xlsx\"]') !== null").asBoolean());
            assertSeen(browser.screenshot("web-match"));

            browser.open(base + "/themes");
            browser.follow("document.querySelector('input[name=region]').value = 'South East';"
                    + "document.querySelector('form.filters').submit()");
            assertTrue(browser.evaluate("document.querySelectorAll('#theme-table tbody tr').length").asInt() >= 10);
            Path themes = browser.screenshot("web-themes");
            assertSeen(themes);
            assertTrue(Chromium.pixels(themes, 0xC0392B) > 100, "the dashboard's chart shows needs");
        }
    }

    private static void assertSeen(Path screenshot) throws IOException {
        assertTrue(Chromium.pixels(screenshot, 0x1D3B5A) > 100, "the page header is drawn in " + screenshot);
    }

    @Test
    void theServerPicksUpWhatIngestAddsWithoutRestarting() throws Exception {
        int before = JSON.readTree(get("/api/docs").body()).size();
        Path added = shared.resolve("later/new-notes.txt");
        Files.createDirectories(added.getParent());
        Files.writeString(added, "Later notes\n\nThe fostering panel now meets weekly and approves carers quickly.\n");
        assertEquals(0, Sli.commandLine().execute("ingest", added.toString(), "--no-embed",
                "--index", shared.resolve("index").toString()));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int after = before;
        while (after == before && System.nanoTime() < deadline) {
            Thread.sleep(250);
            after = JSON.readTree(get("/api/docs").body()).size();
        }
        assertEquals(before + 1, after, "the new document is served after ingest commits");
    }
}
