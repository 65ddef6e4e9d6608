package uk.sli.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Drives headless Chromium over its DevTools protocol, as a user would: open a page, type into a
 * form, click, wait for the next page to load, read the page, take a screenshot. Just the few
 * protocol methods the browser tests need (Page, Runtime, Emulation), over Java's own WebSocket.
 */
public final class DevTools implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final long TIMEOUT_SECONDS = 60;

    private final Process browser;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    private DevTools(Process browser, Path profile, WebSocket socket) {
        this.browser = browser;
        this.profile = profile;
        this.socket = socket;
    }

    /** Starts Chromium (the binary {@link Chromium#require} found) with a page of the given size. */
    public static DevTools start(String binary, int width, int height) throws Exception {
        Path profile = Files.createTempDirectory("sli-chromium");
        Process browser = new ProcessBuilder(binary, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--no-first-run", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String browserSocket = null;
        BufferedReader err = new BufferedReader(new InputStreamReader(browser.getErrorStream()));
        for (String line = err.readLine(); line != null && browserSocket == null; line = err.readLine()) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                browserSocket = m.group(1);
            }
        }
        if (browserSocket == null) {
            throw new IOException("chromium did not open its DevTools port");
        }
        Thread drain = new Thread(() -> err.lines().forEach(line -> { }));
        drain.setDaemon(true);
        drain.start();
        URI browserUri = URI.create(browserSocket);
        HttpClient http = HttpClient.newHttpClient();
        JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(
                URI.create("http://" + browserUri.getAuthority() + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String pageSocket = null;
        for (JsonNode target : targets) {
            if ("page".equals(target.get("type").asText())) {
                pageSocket = target.get("webSocketDebuggerUrl").asText();
            }
        }
        if (pageSocket == null) {
            throw new IOException("chromium has no page to drive");
        }
        DevTools[] self = new DevTools[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    self[0].receive(message.toString());
                    message.setLength(0);
                }
                ws.request(1);
                return null;
            }
        }).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        self[0] = new DevTools(browser, profile, socket);
        self[0].call("Page.enable", JSON.createObjectNode());
        self[0].call("Emulation.setDeviceMetricsOverride", JSON.createObjectNode()
                .put("width", width).put("height", height).put("deviceScaleFactor", 1).put("mobile", false));
        return self[0];
    }

    private void receive(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            if (message.has("id")) {
                CompletableFuture<JsonNode> waiting = pending.remove(message.get("id").asInt());
                if (waiting != null) {
                    waiting.complete(message);
                }
            } else if ("Page.loadEventFired".equals(message.path("method").asText())) {
                loaded.complete(null);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        JsonNode reply = answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IOException(method + ": " + reply.get("error"));
        }
        return reply.get("result");
    }

    /** Opens the address and waits until the page has loaded. */
    public void open(String url) throws Exception {
        awaitLoad(() -> call("Page.navigate", JSON.createObjectNode().put("url", url)));
    }

    /** Runs a script that leads to another page (a click, a form submitted) and waits until it has loaded. */
    public void follow(String script) throws Exception {
        awaitLoad(() -> evaluate(script));
    }

    /** The value of a JavaScript expression on the page. */
    public JsonNode evaluate(String expression) throws Exception {
        JsonNode result = call("Runtime.evaluate", JSON.createObjectNode()
                .put("expression", expression).put("returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IOException("script failed: " + expression + ": " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** A screenshot of what the page shows, saved under {@link Chromium#SCREENSHOTS}. */
    public Path screenshot(String name) throws Exception {
        String data = call("Page.captureScreenshot", JSON.createObjectNode().put("format", "png")).get("data").asText();
        Files.createDirectories(Chromium.SCREENSHOTS);
        Path png = Chromium.SCREENSHOTS.resolve(name + ".png").toAbsolutePath();
        Files.write(png, Base64.getDecoder().decode(data));
        return png;
    }

    private interface Step {
        void run() throws Exception;
    }

    private void awaitLoad(Step step) throws Exception {
        loaded = new CompletableFuture<>();
        step.run();
        loaded.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        browser.destroy();
        try {
            browser.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
