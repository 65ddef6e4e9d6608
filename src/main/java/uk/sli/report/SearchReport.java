package uk.sli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.sli.search.FacetCount;
import uk.sli.search.Hit;
import uk.sli.search.SearchResult;
import uk.sli.search.StatementSearcher;

/** Writes search hits with their citations. */
public final class SearchReport {

    private static final String[] CSV_HEADER =
            {"score", "authority", "type", "date", "path", "page", "paragraph", "section", "text"};

    private final Terminal terminal;

    public SearchReport(Terminal terminal) {
        this.terminal = terminal;
    }

    public void write(SearchResult result, OutputFormat format, PrintWriter out) throws IOException {
        switch (format) {
            case json -> result.hits().forEach(hit -> out.println(Json.line(json(hit))));
            case csv -> csv(result.hits(), out);
            case text -> text(result, out);
            case md -> markdown(result.hits(), out);
        }
        out.flush();
    }

    /** One hit as {@code sli search --format json} and the web API write it. */
    public static ObjectNode json(Hit hit) {
        ObjectNode node = Json.object();
        node.put("text", hit.text());
        node.put("snippet", hit.snippet().replace(StatementSearcher.MARK_START, "**").replace(StatementSearcher.MARK_END, "**"));
        node.put("authority", hit.authority());
        node.put("type", hit.type());
        node.put("date", hit.date());
        node.put("path", hit.path());
        if (hit.page() > 0) {
            node.put("page", hit.page());
        } else {
            node.putNull("page");
        }
        node.put("paragraph", hit.paragraph());
        node.put("section", hit.section());
        node.put("score", Math.round(hit.score() * 1000) / 1000.0);
        node.put("label", hit.label());
        node.put("confidence", hit.confidence());
        ArrayNode themes = node.putArray("themes");
        hit.themes().forEach(themes::add);
        ArrayNode framework = node.putArray("framework");
        hit.framework().forEach(framework::add);
        node.put("doc_id", hit.docId());
        node.put("ordinal", hit.ordinal());
        return node;
    }

    private static void csv(List<Hit> hits, PrintWriter out) throws IOException {
        CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get().print(out);
        for (Hit hit : hits) {
            printer.printRecord(String.format("%.3f", hit.score()), hit.authority(), hit.type(), hit.date(), hit.path(),
                    hit.page() > 0 ? hit.page() : "", hit.paragraph(), hit.section(), hit.text());
        }
        printer.flush();
    }

    private void text(SearchResult result, PrintWriter out) {
        out.printf("%,d matching statements%s%n%n", result.totalHits(),
                result.hits().size() < result.totalHits() ? ", best " + result.hits().size() + " shown" : "");
        int rank = 1;
        for (Hit hit : result.hits()) {
            String tag = hit.label() == null ? "" : " · " + hit.label()
                    + (hit.themes().isEmpty() ? "" : " [" + String.join(", ", hit.themes()) + "]");
            out.printf("%2d. %s%n", rank++, terminal.bold(orUnknown(hit.authority())) + terminal.dim(
                    " · " + hit.type() + (hit.date() == null ? "" : " · " + hit.date())
                            + String.format(" · score %.2f", hit.score()) + tag));
            out.println("    " + highlighted(hit.snippet()));
            out.println("    " + terminal.dim("— " + Citation.of(hit.path(), hit.page(), hit.paragraph(), hit.section())));
        }
        if (!result.facets().isEmpty() && result.totalHits() > 0) {
            out.println();
            result.facets().forEach((dimension, counts) -> {
                if (!counts.isEmpty()) {
                    out.println(terminal.bold(dimension) + ": " + facetLine(counts));
                }
            });
        }
    }

    private static void markdown(List<Hit> hits, PrintWriter out) {
        int rank = 1;
        for (Hit hit : hits) {
            out.printf("%d. **%s** (%s%s): %s  %n   _%s_%n", rank++, orUnknown(hit.authority()), hit.type(),
                    hit.date() == null ? "" : ", " + hit.date(), Markdown.quote(hit.text()),
                    Markdown.escape(Citation.of(hit.path(), hit.page(), hit.paragraph(), hit.section())));
        }
    }

    private String highlighted(String snippet) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        while (true) {
            int start = snippet.indexOf(StatementSearcher.MARK_START, at);
            int end = start < 0 ? -1 : snippet.indexOf(StatementSearcher.MARK_END, start);
            if (end < 0) {
                sb.append(snippet.substring(at));
                return sb.toString();
            }
            sb.append(snippet, at, start).append(terminal.highlight(snippet.substring(start + 1, end)));
            at = end + 1;
        }
    }

    private static String facetLine(List<FacetCount> counts) {
        return counts.stream().map(c -> c.value() + " (" + c.count() + ")").collect(Collectors.joining(", "));
    }

    static String orUnknown(String value) {
        return value == null ? "(authority unknown)" : value;
    }
}
