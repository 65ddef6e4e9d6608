package uk.sli.themes;

import java.io.IOException;
import java.util.List;
import java.util.TreeSet;
import uk.sli.search.Filters;
import uk.sli.search.IndexReading;
import uk.sli.tag.Taxonomy;

/** Selects statements from the index and summarises their themes, emergent topics and peer-challenge events. */
public final class ThemeAnalysis {

    /**
     * What to summarise and how.
     *
     * @param documents ids or paths to keep to; empty for every document the filters allow
     * @param eventsOnly keep to the notes of peer-challenge events
     * @param part the name of a part of each document to keep to ("Appendix 3"), or null
     * @param examples representative statements per theme
     * @param emergent how many emergent topics to surface (0 for none)
     */
    public record Request(Filters filters, List<String> documents, boolean eventsOnly, String part,
                          ThemeSummariser.GroupBy by, int examples, int emergent) {

        public Request {
            documents = List.copyOf(documents);
        }
    }

    private final IndexReading index;
    private final Taxonomy taxonomy;

    public ThemeAnalysis(IndexReading index, Taxonomy taxonomy) {
        this.index = index;
        this.taxonomy = taxonomy;
    }

    public ThemeOverview run(Request request) throws IOException {
        return summarise(new StatementLoader(index).load(request.filters(), request.documents(), request.eventsOnly(), request.part()),
                request);
    }

    /** Summarises statements already loaded (the request's filters are not applied again). */
    public ThemeOverview summarise(List<ThemedStatement> statements, Request request) throws IOException {
        List<ThemeSummary> themes = new ThemeSummariser(taxonomy, request.examples(), request.eventsOnly()).summarise(statements, request.by());
        List<ThemeSummary> emergent = request.emergent() == 0 ? List.of()
                : new EmergentThemes(index.searcher(), taxonomy).find(statements, request.emergent(), request.examples());
        TreeSet<String> authorities = new TreeSet<>();
        statements.forEach(s -> authorities.addAll(s.authorities()));
        int documents = (int) statements.stream().map(ThemedStatement::docId).distinct().count();
        YearTally years = new YearTally();
        statements.forEach(years::add);
        return new ThemeOverview(statements.size(), documents, List.copyOf(authorities), themes, emergent,
                EventNotes.of(statements), years.counts());
    }
}
