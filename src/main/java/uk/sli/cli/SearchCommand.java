package uk.sli.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import uk.sli.report.OutputFormat;
import uk.sli.report.SearchReport;
import uk.sli.report.Terminal;
import uk.sli.search.Filters;
import uk.sli.search.IndexNotFoundException;
import uk.sli.search.IndexReading;
import uk.sli.search.QuerySyntaxException;
import uk.sli.search.SearchResult;
import uk.sli.search.StatementSearcher;

@Command(name = "search", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Full-text search over statements, with filters, citations and facets.",
        description = {
            "Finds statements (sentences) by BM25 full-text search, Lucene syntax:",
            "  words (any may match; best first), \"exact phrases\", +required,",
            "  -excluded, AND, OR, NOT, wildcards (plan*); words are stemmed.",
            "With --semantic, also finds statements that say the same in other",
            "words (sentence embeddings; strengths, improvements and mixed only)",
            "and fuses both rankings by reciprocal rank.",
            "Each hit is cited (file, page, paragraph number, section); text output",
            "ends with facet counts. A malformed query is a usage error (exit 2)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  sli search '\"care leavers\" accommodation' --la Kent",
            "  sli search 'supervision AND (\"management oversight\" OR audit)' --region 'South East' --from 2022",
            "  sli search 'neglect -domestic' --type ilacs-standard --limit 5 --format json",
            "  sli search --semantic 'young people leaving care have nowhere safe to live' --label strength"})
final class SearchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOption index;

    @Mixin
    FilterOptions filters;

    @Mixin
    StatementFilterOptions statementFilters;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "the query (several words are joined with spaces)")
    List<String> query;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "hits to show (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--semantic", description = "hybrid search: BM25 and sentence-embedding similarity, fused")
    boolean semantic;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json (one object per line) or csv (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() throws IOException, IndexNotFoundException {
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        String text = String.join(" ", query);
        try (IndexReading reading = IndexReading.open(index.dir)) {
            StatementSearcher searcher = new StatementSearcher(reading);
            Filters narrowed = statementFilters.narrow(filters.toFilters(spec, reading), spec);
            SearchResult result = semantic ? searcher.semanticSearch(text, narrowed, limit) : searcher.search(text, narrowed, limit);
            new SearchReport(Terminal.detect()).write(result, format, spec.commandLine().getOut());
            return Sli.OK;
        } catch (QuerySyntaxException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
