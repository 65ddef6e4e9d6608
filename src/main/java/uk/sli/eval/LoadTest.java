package uk.sli.eval;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives {@code sli serve} with concurrent clients for a fixed time and reports, per endpoint,
 * requests, errors, throughput and latency percentiles. Clients are closed-loop (each sends its next
 * request when the last is answered), so the figures are what one busy office would see.
 * Usage: LoadTest BASE_URL CLIENTS SECONDS MATCH_CLIENTS AUTHORITY...
 */
public final class LoadTest {

    private static final int PRINTED_ERRORS = 5;

    /** Queries an analyst might type: phrases, Boolean operators, wildcards, with and without filters. */
    private static final List<String> QUERIES = List.of("care leavers accommodation", "\"pathway plans\"",
            "neglect AND \"pre-proceedings\"", "early help", "supervision -agency", "exploitation missing",
            "foster* recruitment", "\"corporate parenting\"", "edge of care", "disabled children transitions",
            "MASH thresholds", "life story", "workforce stability caseloads", "independent reviewing officers",
            "special guardianship", "domestic abuse", "virtual school attendance", "unaccompanied children",
            "quality assurance audit", "voice of the child");

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: LoadTest BASE_URL CLIENTS SECONDS MATCH_CLIENTS AUTHORITY...");
            System.exit(2);
        }
        String base = args[0];
        int clients = Integer.parseInt(args[1]);
        Duration length = Duration.ofSeconds(Long.parseLong(args[2]));
        int matchClients = Integer.parseInt(args[3]);
        List<String> authorities = Arrays.asList(args).subList(4, args.length);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ConcurrentHashMap<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        long end = System.nanoTime() + length.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            boolean matching = c < matchClients;
            int client = c;
            Thread thread = new Thread(() -> {
                int n = client;
                while (System.nanoTime() < end) {
                    String endpoint = matching ? "/api/match" : "/api/search";
                    String query = matching ? "la=" + encode(authorities.get(n % authorities.size())) + "&top=3"
                            : "q=" + encode(QUERIES.get(n % QUERIES.size())) + (n % 3 == 0
                            ? "&la=" + encode(authorities.get(n % authorities.size())) : "") + "&limit=20";
                    n++;
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + endpoint + "?" + query))
                                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            failed(errors, endpoint, response.statusCode() + " for " + endpoint + "?" + query);
                        }
                    } catch (Exception e) {
                        failed(errors, endpoint, e + " for " + endpoint + "?" + query);
                    }
                    latencies.computeIfAbsent(endpoint, e -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - start);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.printf("%d clients (%d on /api/match) for %d s against %s%n", clients, matchClients,
                length.toSeconds(), base);
        System.out.printf("%-12s %9s %7s %9s %8s %8s %8s%n", "endpoint", "requests", "errors", "req/s", "p50 ms", "p99 ms", "max ms");
        int totalErrors = 0;
        for (String endpoint : List.of("/api/search", "/api/match")) {
            long[] sorted = latencies.getOrDefault(endpoint, new ConcurrentLinkedQueue<>()).stream()
                    .mapToLong(Long::longValue).sorted().toArray();
            int failed = errors.getOrDefault(endpoint, new AtomicInteger()).get();
            totalErrors += failed;
            if (sorted.length == 0) {
                continue;
            }
            System.out.printf(Locale.ROOT, "%-12s %9d %7d %9.1f %8.1f %8.1f %8.1f%n", endpoint, sorted.length, failed,
                    sorted.length / (double) length.toSeconds(), ms(sorted, 0.50), ms(sorted, 0.99),
                    sorted[sorted.length - 1] / 1e6);
        }
        System.exit(totalErrors == 0 ? 0 : 1);
    }

    /** Counts a failure; the first few are printed, the rest only counted. */
    private static void failed(ConcurrentHashMap<String, AtomicInteger> errors, String endpoint, String what) {
        int n = errors.computeIfAbsent(endpoint, e -> new AtomicInteger()).incrementAndGet();
        if (n <= PRINTED_ERRORS) {
            System.err.println("load: " + what);
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
