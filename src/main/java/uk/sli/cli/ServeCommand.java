package uk.sli.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.sli.search.IndexReading;
import uk.sli.search.LiveIndex;
import uk.sli.web.WebServer;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Serve the index to a browser: search, documents, authorities, matches, themes.",
        description = {
            "A local, read-only web app over the index, with a JSON API under /api (search, docs,",
            "match, themes, tag, authorities; the same objects as the commands' --format json).",
            "Binds 127.0.0.1 unless told otherwise. It keeps serving while 'sli ingest' adds to the",
            "index, and picks up each commit within seconds. Ctrl-C stops it."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  sli serve                      then open http://127.0.0.1:7070/",
            "  sli serve --index ~/sli-index --port 8080",
            "  curl 'http://127.0.0.1:7070/api/search?q=neglect&la=Kent&limit=5'"})
final class ServeCommand implements Callable<Integer> {

    private static final int MANY_SEGMENTS = 5;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOption index;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String bind;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be from 0 to 65535");
        }
        try (LiveIndex live = LiveIndex.open(index.dir); WebServer server = new WebServer(live).start(bind, port)) {
            System.err.printf("serve: http://%s:%d/ over %s (Ctrl-C stops)%n", bind, server.port(),
                    index.dir.toAbsolutePath().normalize());
            adviseMerging(live);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
            return Sli.OK;
        }
    }

    /** Every search visits every segment: on the shared corpus, 20 of them cost a third of the throughput. */
    private static void adviseMerging(LiveIndex live) throws IOException {
        IndexReading reading = live.acquire();
        try {
            int segments = reading.reader().leaves().size();
            if (segments > MANY_SEGMENTS) {
                System.err.printf("serve: the index has %d segments; searches are faster on one: 'sli ingest "
                        + "PATH... --merge' (unchanged files are skipped; this server picks up the result)%n", segments);
            }
        } finally {
            live.release(reading);
        }
    }
}
