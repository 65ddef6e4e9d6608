package uk.sli.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import uk.sli.report.MatchReport;
import uk.sli.report.OutputFormat;
import uk.sli.report.Terminal;
import uk.sli.report.XlsxBriefing;
import uk.sli.search.IndexReading;
import uk.sli.search.LiveIndex;

/**
 * {@code sli serve}: the pages and the JSON API over one index, read-only, on Javalin (Jetty). Every
 * request works on the snapshot of the index it started with; a background task opens ingest's newest
 * commit every {@link #REFRESH_SECONDS} seconds. Bad parameters get a 400 (JSON under /api, a page
 * elsewhere) naming the problem; unexpected failures a 500 without a stack trace. Requests compute in
 * two {@link Lane}s, quick lookups and slow analyses, each letting a few run at once; an analysis gives
 * way to queued lookups for up to {@link #ANALYSES_GIVE_WAY}.
 */
public final class WebServer implements AutoCloseable {

    static final int REFRESH_SECONDS = 2;
    /** Requests are queries: nothing legitimate sends a body larger than this. */
    static final long MAX_REQUEST_BYTES = 64 * 1024;
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    /**
     * How long an analysis, its turn come, waits for queued lookups to clear before it runs anyway:
     * under a crowd of searches a match then takes seconds longer, and the searches stay quick.
     */
    private static final Duration ANALYSES_GIVE_WAY = Duration.ofMillis(500);

    private final LiveIndex index;
    private final Pages pages = new Pages(TemplateEngine.createPrecompiled(ContentType.Html));
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "index-refresh");
        t.setDaemon(true);
        return t;
    });
    private final Javalin app;
    /** Searches, documents and lists: a few milliseconds each. */
    private final Lane lookups = new Lane(2 * CORES);
    /** Matches, theme analyses and exports: a tenth of a second to seconds each. */
    private final Lane analyses = new Lane(Math.max(1, CORES / 2), lookups, ANALYSES_GIVE_WAY);

    public WebServer(LiveIndex index) {
        this.index = index;
        this.app = Javalin.create(config -> {
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
            });
            config.routes.get("/", ctx -> withReading(ctx, lookups, pages::search));
            config.routes.get("/doc/{id}", ctx -> withReading(ctx, lookups, pages::document));
            config.routes.get("/authority/{name}", ctx -> withReading(ctx, analyses, pages::authority));
            config.routes.get("/authorities", ctx -> withReading(ctx, lookups, pages::authorities));
            config.routes.get("/match", ctx -> withReading(ctx, analyses, pages::match));
            config.routes.get("/themes", ctx -> withReading(ctx, analyses, pages::themes));
            config.routes.get("/api/search", ctx -> withReading(ctx, lookups, Api::search));
            config.routes.get("/api/docs", ctx -> withReading(ctx, lookups, Api::documents));
            config.routes.get("/api/docs/{id}", ctx -> withReading(ctx, lookups, Api::document));
            config.routes.get("/api/match", ctx -> withReading(ctx, analyses, Api::match));
            config.routes.get("/api/match.csv", ctx -> withReading(ctx, analyses, WebServer::matchCsv));
            config.routes.get("/api/match.xlsx", ctx -> withReading(ctx, analyses, WebServer::matchXlsx));
            config.routes.get("/api/themes", ctx -> withReading(ctx, analyses, Api::themes));
            config.routes.get("/api/tag", ctx -> lookups.run(() -> {
                Api.tag(ctx);
                return null;
            }));
            config.routes.get("/api/authorities", ctx -> withReading(ctx, lookups, Api::authorities));
            config.routes.exception(BadRequest.class, (e, ctx) -> fail(ctx, e.status(), e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                System.err.println("serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
                fail(ctx, 500, "internal error: the server log has the details");
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    fail(ctx, 404, "no page at " + ctx.path());
                }
            });
        });
    }

    /** Starts serving; {@code port} 0 picks a free one. */
    public WebServer start(String bind, int port) {
        app.start(bind, port);
        refresher.scheduleWithFixedDelay(this::refresh, REFRESH_SECONDS, REFRESH_SECONDS, TimeUnit.SECONDS);
        return this;
    }

    public int port() {
        return app.port();
    }

    private void refresh() {
        try {
            if (index.refresh()) {
                System.err.println("serve: the index changed; now serving its newest commit");
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("serve: could not refresh the index (still serving the previous one): " + e);
        }
    }

    interface Handler {
        void handle(Context ctx, Queries queries) throws Exception;
    }

    private void withReading(Context ctx, Lane lane, Handler handler) throws Exception {
        lane.run(() -> {
            IndexReading reading = index.acquire();
            try {
                handler.handle(ctx, new Queries(reading));
            } finally {
                index.release(reading);
            }
            return null;
        });
    }

    private static void matchCsv(Context ctx, Queries queries) throws IOException {
        StringWriter csv = new StringWriter();
        new MatchReport(new Terminal(false), Params.flag(ctx, "offers"))
                .write("", queries.match(ctx), OutputFormat.csv, new PrintWriter(csv));
        ctx.header("Content-Disposition", "attachment; filename=\"matches.csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(csv.toString());
    }

    private static void matchXlsx(Context ctx, Queries queries) throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        new XlsxBriefing().writeMatches(Map.of(Params.required(ctx, "la"), queries.match(ctx)), xlsx);
        ctx.header("Content-Disposition", "attachment; filename=\"matches.xlsx\"");
        ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").result(xlsx.toByteArray());
    }

    private void fail(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            try {
                Api.send(ctx, Api.error(message));
            } catch (IOException e) {
                ctx.result("{\"error\":\"internal error\"}");
            }
        } else {
            pages.error(ctx, status, message);
        }
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        app.stop();
    }
}
