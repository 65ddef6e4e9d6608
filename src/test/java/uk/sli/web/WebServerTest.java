package uk.sli.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sli.cli.Sli;
import uk.sli.search.LiveIndex;
import uk.sli.testing.Chromium;

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
        assertTrue(body.get("facets").has("authority"), body.toString());
        assertTrue(JSON.readTree(get("/api/search?q=" + q("homes far away") + "&semantic=true").body()).get("total").asInt() > 0);
    }

    @Test
    void badRequestsAreJson400sNamingTheProblemWithoutStackTraces() throws Exception {
        for (String path : new String[] {"/api/search?q=" + q("\"unbalanced"), "/api/search", "/api/search?q=x&limit=5000",
            "/api/search?q=x&la=Atlantis", "/api/search?q=x&theme=astrology", "/api/search?q=x&from=abc",
            "/api/search?q=" + "x".repeat(600), "/api/match", "/api/themes?by=colour", "/api/tag"}) {
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
     * A user's tour in a real browser: search, open the cited paragraph of the first hit, open an
     * authority's profile, run a match from the form, look at the themes dashboard. The pages work
     * without script, so each step is the address the previous page's link or form leads to.
     */
    @Test
    void aBrowserTourOfTheMainPages() throws Exception {
        Chromium chromium = Chromium.require();
        String search = base + "/?q=" + q("care leavers") + "&semantic=true";
        chromium.screenshot(search, "web-search", 1400);
        String searchDom = chromium.dom(search);
        Matcher firstHit = Pattern.compile("href=\"(/doc/[0-9a-f]+#s-(\\d+))\"").matcher(searchDom);
        assertTrue(firstHit.find(), "the first hit links to its paragraph");
        assertTrue(searchDom.contains("<mark>"), "query terms are highlighted");

        String cited = base + firstHit.group(1);
        // Headless screenshots of a page scrolled to a fragment come out blank: the top of the page instead.
        chromium.screenshot(cited.substring(0, cited.indexOf('#')), "web-document", 1200);
        String documentDom = chromium.dom(cited);
        assertTrue(documentDom.contains("id=\"s-" + firstHit.group(2) + "\""), "the cited statement is on the page");
        assertTrue(documentDom.contains("class=\"s strength\"") && documentDom.contains("class=\"s improvement\""),
                "statements are coloured by label");

        Path profile = chromium.screenshot(base + "/authority/Wealdmoor", "web-authority", 1600);
        assertTrue(Chromium.pixels(profile, 0x1A7F4B) > 100, "the profile's theme chart is drawn");
        String profileDom = chromium.dom(base + "/authority/Wealdmoor");
        assertTrue(profileDom.contains("id=\"neighbours\"") && profileDom.contains("could learn from"), "matches and neighbours");

        String match = base + "/match?la=Eastmarsh&peers=all";
        chromium.screenshot(match, "web-match", 1400);
        String matchDom = chromium.dom(match);
        assertTrue(matchDom.contains("could learn from") && matchDom.contains("export CSV"), "needs with donors, and the export");

        Path themes = chromium.screenshot(base + "/themes?region=" + q("South East"), "web-themes", 1600);
        assertTrue(Chromium.pixels(themes, 0xC0392B) > 100, "the dashboard's chart shows needs");
        assertTrue(chromium.dom(base + "/themes").contains("id=\"theme-table\""));
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
