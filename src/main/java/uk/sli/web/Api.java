package uk.sli.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import uk.sli.match.AuthorityProfile;
import uk.sli.match.NeedMatches;
import uk.sli.model.Grade;
import uk.sli.model.Judgement;
import uk.sli.report.DocumentReport;
import uk.sli.report.MatchReport;
import uk.sli.report.SearchReport;
import uk.sli.report.TagReport;
import uk.sli.report.Terminal;
import uk.sli.report.ThemesReport;
import uk.sli.search.DocumentCatalog;
import uk.sli.search.FacetCount;
import uk.sli.search.SearchResult;
import uk.sli.tag.StatementContext;
import uk.sli.tag.StatementTagger;
import uk.sli.themes.ThemeOverview;

/**
 * The JSON API under {@code /api}: the command line's JSON contracts (the same objects as
 * {@code --format json} writes, one per line there), gathered into arrays or objects here.
 */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_TAG_STATEMENTS = 50;

    private Api() {
    }

    static void send(Context ctx, Object body) throws IOException {
        ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsBytes(body));
    }

    static ObjectNode error(String message) {
        return JSON.createObjectNode().put("error", message);
    }

    /** {@code /api/search?q=...}: {total, hits: [search hit], facets: {dimension: [{value, count}]}}. */
    static void search(Context ctx, Queries queries) throws IOException {
        SearchResult result = queries.search(ctx);
        ObjectNode body = JSON.createObjectNode();
        body.put("total", result.totalHits());
        ArrayNode hits = body.putArray("hits");
        result.hits().forEach(hit -> hits.add(SearchReport.json(hit)));
        ObjectNode facets = body.putObject("facets");
        result.facets().forEach((dimension, counts) -> {
            ArrayNode values = facets.putArray(dimension);
            for (FacetCount count : counts) {
                values.addObject().put("value", count.value()).put("count", count.count());
            }
        });
        send(ctx, body);
    }

    /** {@code /api/docs}: [document], as {@code sli docs --format json}. */
    static void documents(Context ctx, Queries queries) throws IOException {
        ArrayNode rows = JSON.createArrayNode();
        queries.documents(ctx).forEach(row -> rows.add(DocumentReport.json(row)));
        send(ctx, rows);
    }

    /** {@code /api/docs/{id}}: the document with its sections, paragraphs and sentences. */
    static void document(Context ctx, Queries queries) throws IOException {
        DocumentCatalog.DocumentView view = queries.document(ctx.pathParam("id"));
        ObjectNode body = DocumentReport.json(view.row());
        body.set("sections", JSON.valueToTree(view.sections()));
        send(ctx, body);
    }

    /** {@code /api/match?la=...}: [need with matches], as {@code sli match --format json}. */
    static void match(Context ctx, Queries queries) throws IOException {
        List<NeedMatches> results = queries.match(ctx);
        MatchReport report = new MatchReport(new Terminal(false), Params.flag(ctx, "offers"));
        ArrayNode body = JSON.createArrayNode();
        results.forEach(r -> body.add(report.json(r)));
        send(ctx, body);
    }

    /** {@code /api/themes}: [theme], as {@code sli themes --format json}, emergent topics last. */
    static void themes(Context ctx, Queries queries) throws IOException {
        ThemeOverview overview = queries.themes(ctx);
        ArrayNode body = JSON.createArrayNode();
        overview.themes().forEach(t -> body.add(ThemesReport.json(t)));
        overview.emergent().forEach(t -> body.add(ThemesReport.json(t)));
        send(ctx, body);
    }

    /** {@code /api/tag?text=...} (repeatable): [tagged statement], as {@code sli classify --format json}. */
    static void tag(Context ctx) throws IOException {
        List<String> texts = ctx.queryParams("text").stream().filter(t -> !t.isBlank()).toList();
        if (texts.isEmpty()) {
            throw new BadRequest("text is required");
        }
        if (texts.size() > MAX_TAG_STATEMENTS || texts.stream().anyMatch(t -> t.length() > Params.MAX_TEXT)) {
            throw new BadRequest("at most " + MAX_TAG_STATEMENTS + " texts of " + Params.MAX_TEXT + " characters each");
        }
        StatementTagger tagger = StatementTagger.forThisThread();
        ArrayNode body = JSON.createArrayNode();
        for (String text : texts) {
            body.add(TagReport.json(text, tagger.tag(text, StatementContext.NONE, false)));
        }
        send(ctx, body);
    }

    /** {@code /api/authorities}: [{name, code, region, overall_effectiveness, documents}]. */
    static void authorities(Context ctx, Queries queries) throws IOException {
        ArrayNode body = JSON.createArrayNode();
        for (AuthorityProfile p : queries.profiles().all()) {
            body.addObject().put("name", p.name()).put("code", p.code()).put("region", p.region())
                    .put("overall_effectiveness", p.grade(Judgement.OVERALL_EFFECTIVENESS).map(Grade::label).orElse(null))
                    .put("documents", p.documents().size());
        }
        send(ctx, body);
    }

}
