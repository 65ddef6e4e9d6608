package uk.sli.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.sli.match.AuthorityProfile;
import uk.sli.match.AuthorityProfiles;
import uk.sli.match.MatchScorer;
import uk.sli.match.Matcher;
import uk.sli.match.NeedMatches;
import uk.sli.model.Label;
import uk.sli.search.DocumentCatalog;
import uk.sli.search.DocumentRow;
import uk.sli.search.Filters;
import uk.sli.search.IndexReading;
import uk.sli.search.QuerySyntaxException;
import uk.sli.search.SearchResult;
import uk.sli.search.StatementSearcher;
import uk.sli.tag.Taxonomy;
import uk.sli.themes.ThemeAnalysis;
import uk.sli.themes.ThemeOverview;
import uk.sli.themes.ThemeSummariser;
import uk.sli.understand.Gazetteer;

/**
 * The questions the pages and the API ask of one snapshot of the index, with their parameters read
 * and checked: the same components as the command line, so the answers are the same.
 */
final class Queries {

    static final int MAX_RESULTS = 100;
    static final int MAX_TOP = 10;

    private final IndexReading index;

    Queries(IndexReading index) {
        this.index = index;
    }

    IndexReading index() {
        return index;
    }

    SearchResult search(Context ctx) throws IOException {
        String query = Params.required(ctx, "q");
        Filters filters = Params.filters(ctx, index).withStatements(label(ctx), theme(ctx), Params.text(ctx, "framework"));
        int limit = Params.integer(ctx, "limit", 20, 1, MAX_RESULTS);
        StatementSearcher searcher = new StatementSearcher(index);
        try {
            return Params.flag(ctx, "semantic") ? searcher.semanticSearch(query, filters, limit)
                    : searcher.search(query, filters, limit);
        } catch (QuerySyntaxException e) {
            throw new BadRequest("malformed query: " + e.getMessage());
        }
    }

    List<DocumentRow> documents(Context ctx) throws IOException {
        return new DocumentCatalog(index).list(Params.filters(ctx, index));
    }

    /** A document by its id only: paths never come from a request. */
    DocumentCatalog.DocumentView document(String id) throws IOException {
        if (!id.matches("[A-Za-z0-9_-]{1,80}")) {
            throw new BadRequest(404, "no document with id '" + id + "'");
        }
        DocumentCatalog.DocumentView view = new DocumentCatalog(index).show(id)
                .orElseThrow(() -> new BadRequest(404, "no document with id '" + id + "'"));
        if (!view.row().id().equals(id)) {
            throw new BadRequest(404, "no document with id '" + id + "'");
        }
        return view;
    }

    AuthorityProfiles profiles() {
        return index.derived(AuthorityProfiles.class, reading -> {
            try {
                return AuthorityProfiles.read(reading);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    Matcher matcher() {
        // The profiles first: a value derived from a reading must not derive another while it is computed.
        int newestYear = profiles().newestYear();
        return index.derived(Matcher.class, reading -> {
            try {
                return new Matcher(reading, new MatchScorer(newestYear), false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** An authority of the index by name, alias or code. */
    AuthorityProfile authority(String name) {
        return profiles().find(name, Gazetteer.standard())
                .orElseThrow(() -> new BadRequest(404, "no dated documents about '" + name + "' in the index"));
    }

    /** The authority's needs (or, with offers, its strengths) matched to its peers'. */
    List<NeedMatches> match(Context ctx) throws IOException {
        AuthorityProfile subject = authority(Params.required(ctx, "la"));
        String peers = Optional.ofNullable(Params.text(ctx, "peers")).orElse("all");
        int top = Params.integer(ctx, "top", 3, 1, MAX_TOP);
        List<AuthorityProfile> set;
        try {
            set = profiles().peers(subject, peers, Gazetteer.standard());
        } catch (IllegalArgumentException e) {
            throw new BadRequest(404, e.getMessage());
        }
        if (set.stream().noneMatch(p -> !p.name().equals(subject.name()))) {
            throw new BadRequest("no peers of " + subject.name() + " for peers=" + peers);
        }
        return Params.flag(ctx, "offers") ? matcher().offers(subject, set, null, top)
                : matcher().needs(subject, set, null, top);
    }

    /** Every member of a region: its needs (or strengths) matched to the other members', best-matched first. */
    Map<String, List<NeedMatches>> regionMatches(Context ctx, String region) throws IOException {
        String name = Gazetteer.standard().region(region).orElse(region);
        List<AuthorityProfile> members = profiles().inRegion(name);
        if (members.size() < 2) {
            throw new BadRequest("no two indexed authorities in region '" + region + "'");
        }
        int top = Params.integer(ctx, "top", 3, 1, MAX_TOP);
        boolean offers = Params.flag(ctx, "offers");
        Map<String, List<NeedMatches>> out = new LinkedHashMap<>();
        for (AuthorityProfile member : members) {
            List<NeedMatches> results = offers ? matcher().offers(member, members, null, top)
                    : matcher().needs(member, members, null, top);
            out.put(member.name(), NeedMatches.bestMatched(results, Integer.MAX_VALUE));
        }
        return out;
    }

    ThemeOverview themes(Context ctx) throws IOException {
        String by = Optional.ofNullable(Params.text(ctx, "by")).orElse("theme");
        ThemeSummariser.GroupBy groupBy;
        try {
            groupBy = ThemeSummariser.GroupBy.valueOf(by);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("by must be theme, la, year or type, not '" + by + "'");
        }
        ThemeAnalysis.Request request = new ThemeAnalysis.Request(Params.filters(ctx, index), List.of(),
                Params.flag(ctx, "events"), null, groupBy, Params.integer(ctx, "examples", 3, 0, 10),
                Params.integer(ctx, "emergent", 10, 0, 50));
        return new ThemeAnalysis(index, Taxonomy.standard()).run(request);
    }

    private static String label(Context ctx) {
        String label = Params.text(ctx, "label");
        if (label != null && Label.fromId(label).isEmpty()) {
            throw new BadRequest("label must be strength, improvement, mixed or neutral, not '" + label + "'");
        }
        return label;
    }

    private static String theme(Context ctx) {
        String theme = Params.text(ctx, "theme");
        if (theme != null && Taxonomy.standard().byId(theme).isEmpty()) {
            throw new BadRequest("unknown theme '" + theme + "'");
        }
        return theme;
    }
}
