package uk.sli.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.sli.match.AuthorityProfile;
import uk.sli.match.Evidence;
import uk.sli.match.Match;
import uk.sli.match.NeedMatches;
import uk.sli.model.Paragraph;
import uk.sli.model.Section;
import uk.sli.model.Sentence;
import uk.sli.report.Citation;
import uk.sli.report.Html;
import uk.sli.report.SvgCharts;
import uk.sli.search.DocumentCatalog;
import uk.sli.search.DocumentRow;
import uk.sli.search.Filters;
import uk.sli.search.Hit;
import uk.sli.search.SearchResult;
import uk.sli.search.StatementSearcher;
import uk.sli.tag.Taxonomy;
import uk.sli.themes.StatementLoader;
import uk.sli.themes.ThemeOverview;
import uk.sli.themes.ThemeSummariser;
import uk.sli.themes.ThemeSummary;
import uk.sli.themes.ThemedStatement;

/**
 * The HTML pages: each handler gathers a view (plain records, text not yet escaped) and a jte
 * template renders it; the templates escape everything but the SVG charts drawn by {@link SvgCharts}
 * and snippets whose only markup is the {@code <mark>} added here after escaping.
 */
public final class Pages {

    private static final int NEEDS_SHOWN = 10;
    private static final int PROFILE_MATCHES = 5;
    /** Needs shown per authority when a whole region is matched: its best-matched. */
    private static final int REGION_NEEDS = 5;

    private final TemplateEngine templates;

    Pages(TemplateEngine templates) {
        this.templates = templates;
    }

    // --- view models ------------------------------------------------------------------------------

    public record Link(String text, String href) {
    }

    public record HitView(String snippetHtml, String authority, String date, String type, String label, String themes,
                   String citation, String href) {
    }

    public record FacetView(String dimension, List<Link> links) {
    }

    public record SearchView(Map<String, String> form, boolean semantic, boolean searched, long total, List<HitView> hits,
                      List<FacetView> facets) {
    }

    public record SentenceView(int ordinal, String text, String label, String themes, String cue) {
    }

    public record ParagraphView(String marker, String page, List<SentenceView> sentences) {
    }

    public record SectionView(String heading, int level, String event, List<ParagraphView> paragraphs) {
    }

    public record DocumentPage(DocumentRow row, List<Link> grades, String authorityHref, List<SectionView> sections) {
    }

    public record MatchItem(String authority, String authorityHref, String text, String score, String grade, String why,
                     String citation, String href) {
    }

    public record NeedView(String text, String label, String citation, String href, List<MatchItem> matches) {
    }

    public record AuthorityNeeds(String authority, List<NeedView> needs) {
    }

    public record MatchView(Map<String, String> form, List<String> authorities, List<String> regions, boolean offers,
                            List<AuthorityNeeds> groups, String csvHref, String xlsxHref) {
    }

    public record AuthorityView(AuthorityProfile profile, List<Link> documents, String themeChart, List<ThemeSummary> themes,
                         List<NeedView> needs, List<NeedView> offers, List<Link> neighbours, String matchHref) {
    }

    public record ThemesView(Map<String, String> form, boolean events, String themeChart, String trendChart,
                      List<ThemeSummary> themes, List<ThemeSummary> emergent, int statements, int documents) {
    }

    // --- handlers ---------------------------------------------------------------------------------

    void search(Context ctx, Queries queries) throws IOException {
        Map<String, String> form = form(ctx, "q", "la", "region", "type", "from", "to", "label", "theme", "grade");
        boolean searched = form.get("q") != null && !form.get("q").isEmpty();
        SearchResult result = searched ? queries.search(ctx) : null;
        List<HitView> hits = new ArrayList<>();
        List<FacetView> facets = new ArrayList<>();
        if (result != null) {
            for (Hit hit : result.hits()) {
                hits.add(new HitView(snippet(hit.snippet()), hit.authority(), hit.date(), hit.type(), hit.label(),
                        String.join(", ", hit.themes()), Citation.of(hit.path(), hit.page(), hit.paragraph(), hit.section()),
                        documentHref(hit.docId(), hit.ordinal())));
            }
            result.facets().forEach((dimension, counts) -> facets.add(new FacetView(dimension, counts.stream()
                    .map(c -> new Link(c.value() + " (" + c.count() + ")", refine(ctx, facetParameter(dimension), c.value())))
                    .toList())));
        }
        render(ctx, "search.jte", new SearchView(form, Params.flag(ctx, "semantic"), searched,
                result == null ? 0 : result.totalHits(), hits, facets));
    }

    void document(Context ctx, Queries queries) throws IOException {
        DocumentCatalog.DocumentView view = queries.document(ctx.pathParam("id"));
        Map<Integer, DocumentCatalog.StatementTags> tags = new DocumentCatalog(queries.index()).tags(view.row().id());
        List<SectionView> sections = new ArrayList<>();
        int ordinal = 0;
        for (Section section : view.sections()) {
            List<ParagraphView> paragraphs = new ArrayList<>();
            for (Paragraph paragraph : section.paragraphs()) {
                List<SentenceView> sentences = new ArrayList<>();
                for (Sentence sentence : paragraph.sentences()) {
                    DocumentCatalog.StatementTags tag = tags.get(ordinal);
                    sentences.add(new SentenceView(ordinal++, sentence.text(), tag == null ? "neutral" : tag.label(),
                            tag == null ? "" : String.join(", ", tag.themes()), tag == null || tag.cue() == null ? "" : tag.cue()));
                }
                String marker = switch (paragraph.kind()) {
                    case NUMBERED -> paragraph.number() + ".";
                    case BULLET -> "•";
                    case TEXT -> "";
                };
                paragraphs.add(new ParagraphView(marker, paragraph.page() > 0 ? "p. " + paragraph.page() : "", sentences));
            }
            String event = section.peerChallenge() == null ? null : section.peerChallenge().event()
                    + (section.peerChallenge().hasSpeaker() ? ": reflections of " + section.peerChallenge().speaker() : "");
            sections.add(new SectionView(section.heading(), Math.max(1, Math.min(4, section.level())), event, paragraphs));
        }
        List<Link> grades = view.row().grades().entrySet().stream()
                .map(e -> new Link(e.getKey().replace('_', ' ') + ": " + e.getValue(), "")).toList();
        String authorityHref = view.row().authority() == null ? null : "/authority/" + encode(view.row().authority());
        render(ctx, "document.jte", new DocumentPage(view.row(), grades, authorityHref, sections));
    }

    void authority(Context ctx, Queries queries) throws IOException {
        AuthorityProfile profile = queries.authority(ctx.pathParam("name"));
        List<Link> documents = new ArrayList<>();
        List<DocumentRow> newestFirst = new ArrayList<>(profile.documents());
        Collections.reverse(newestFirst);
        for (DocumentRow row : newestFirst) {
            String grades = row.grades().isEmpty() ? "" : " · " + row.grades().entrySet().stream()
                    .map(e -> e.getKey().replace('_', ' ') + ": " + e.getValue()).collect(Collectors.joining(", "));
            documents.add(new Link(row.date() + " · " + row.type() + grades, "/doc/" + row.id()));
        }
        Filters own = new Filters(List.of(profile.name()), null, null, null, null, null, null, null, null);
        List<ThemedStatement> statements = new StatementLoader(queries.index()).load(own, List.of(), false, null);
        List<ThemeSummary> themes = new ThemeSummariser(Taxonomy.standard(), 0, false)
                .summarise(statements, ThemeSummariser.GroupBy.theme);
        List<AuthorityProfile> everyone = new ArrayList<>(queries.profiles().all());
        List<NeedView> needs = needViews(queries.matcher().needs(profile, everyone, null, 2), PROFILE_MATCHES);
        List<NeedView> offers = needViews(queries.matcher().offers(profile, everyone, null, 2), PROFILE_MATCHES);
        List<Link> neighbours = queries.profiles().neighbours(profile).stream()
                .filter(p -> !p.name().equals(profile.name()))
                .map(p -> new Link(p.name(), "/authority/" + encode(p.name()))).toList();
        render(ctx, "authority.jte", new AuthorityView(profile, documents, SvgCharts.themeBars(themes), themes, needs,
                offers, neighbours, "/match?la=" + encode(profile.name())));
    }

    void match(Context ctx, Queries queries) throws IOException {
        Map<String, String> form = form(ctx, "la", "region", "peers", "top");
        List<String> authorities = queries.profiles().all().stream().map(AuthorityProfile::name).sorted().toList();
        List<String> regions = queries.profiles().all().stream().map(AuthorityProfile::region)
                .filter(r -> r != null && !r.isBlank()).distinct().sorted().toList();
        List<AuthorityNeeds> groups = new ArrayList<>();
        String csv = null;
        String xlsx = null;
        if (!form.get("la").isEmpty()) {
            groups.add(new AuthorityNeeds(queries.authority(form.get("la")).name(),
                    needViews(queries.match(ctx), Integer.MAX_VALUE)));
            csv = "/api/match.csv?" + ctx.queryString();
            xlsx = "/api/match.xlsx?" + ctx.queryString();
        } else if (!form.get("region").isEmpty()) {
            // A region: each member's best-matched needs, with its fellow members as peers.
            queries.regionMatches(ctx, form.get("region"))
                    .forEach((authority, needs) -> groups.add(new AuthorityNeeds(authority, needViews(needs, REGION_NEEDS))));
        }
        render(ctx, "match.jte", new MatchView(form, authorities, regions, Params.flag(ctx, "offers"), groups, csv, xlsx));
    }

    void themes(Context ctx, Queries queries) throws IOException {
        Map<String, String> form = form(ctx, "la", "authorities", "region", "type", "from", "to");
        ThemeOverview overview = queries.themes(ctx);
        render(ctx, "themes.jte", new ThemesView(form, Params.flag(ctx, "events"), SvgCharts.themeBars(overview.themes()),
                overview.years().isEmpty() ? "" : SvgCharts.yearColumns(overview.years()), overview.themes(), overview.emergent(),
                overview.statements(), overview.documents()));
    }

    void authorities(Context ctx, Queries queries) {
        List<Link> links = queries.profiles().all().stream().map(AuthorityProfile::name).sorted()
                .map(name -> new Link(name, "/authority/" + encode(name))).toList();
        render(ctx, "authorities.jte", links);
    }

    void error(Context ctx, int status, String message) {
        ctx.status(status);
        render(ctx, "error.jte", message);
    }

    // --- helpers ----------------------------------------------------------------------------------

    private void render(Context ctx, String template, Object view) {
        StringOutput out = new StringOutput();
        templates.render(template, view, out);
        ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }

    private static List<NeedView> needViews(List<NeedMatches> results, int limit) {
        List<NeedView> views = new ArrayList<>();
        for (NeedMatches result : results.subList(0, Math.min(limit, results.size()))) {
            Evidence need = result.statement();
            List<MatchItem> items = new ArrayList<>();
            for (Match m : result.matches()) {
                Evidence e = m.statement();
                items.add(new MatchItem(e.authority(), "/authority/" + encode(e.authority()), e.text(),
                        String.format(Locale.ROOT, "%.2f", m.score()), m.grade() == null ? "" : m.grade().label(), m.why(),
                        Citation.of(e.path(), e.page(), e.paragraph(), e.section()), documentHref(e.docId(), e.ordinal())));
            }
            views.add(new NeedView(need.text(), need.label(), Citation.of(need.path(), need.page(), need.paragraph(),
                    need.section()), documentHref(need.docId(), need.ordinal()), items));
        }
        return views;
    }

    /** The snippet escaped, then its query-term marks turned into {@code <mark>}: no other markup survives. */
    static String snippet(String marked) {
        return Html.escape(marked).replace(StatementSearcher.MARK_START, "<mark>").replace(StatementSearcher.MARK_END, "</mark>");
    }

    static String documentHref(String id, int ordinal) {
        return "/doc/" + id + "#s-" + ordinal;
    }

    private static String facetParameter(String dimension) {
        return switch (dimension) {
            case "authority" -> "la";
            case "year" -> "from";
            default -> dimension;
        };
    }

    /** This page's address with one more filter; a year facet narrows to that year. */
    private static String refine(Context ctx, String parameter, String value) {
        Map<String, String> query = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> query.put(k, v.isEmpty() ? "" : v.get(0)));
        query.put(parameter, value);
        if (parameter.equals("from")) {
            query.put("to", value);
        }
        return "/?" + query.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    }

    private static Map<String, String> form(Context ctx, String... names) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String name : names) {
            String value = Params.text(ctx, name);
            form.put(name, value == null ? "" : value);
        }
        return form;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
