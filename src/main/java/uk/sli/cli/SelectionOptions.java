package uk.sli.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import uk.sli.search.DocumentCatalog;
import uk.sli.search.IndexReading;
import uk.sli.themes.ThemeAnalysis;
import uk.sli.themes.ThemeSummariser;

/** Which statements {@code themes} and {@code report} summarise: the document filters, then documents, parts, events. */
final class SelectionOptions {

    @Mixin
    FilterOptions filters;

    @Option(names = "--doc", paramLabel = "DOC", description = "keep to this document (path or id, as `sli docs` lists); repeatable")
    List<String> documents = new ArrayList<>();

    @Option(names = "--part", paramLabel = "HEADING",
            description = "keep to a part of each document: from the section headed HEADING ('Appendix 3') "
                    + "to the next heading of its kind ('Appendix 4')")
    String part;

    @Option(names = "--events", description = "keep to the notes of peer-challenge events, and list the events")
    boolean events;

    @Option(names = "--examples", paramLabel = "N", defaultValue = "3",
            description = "representative statements per theme (default: ${DEFAULT-VALUE})")
    int examples;

    ThemeAnalysis.Request request(CommandSpec spec, IndexReading index, ThemeSummariser.GroupBy by, int emergent)
            throws IOException {
        if (examples < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--examples must be 0 or more");
        }
        List<String> ids = DocumentLookup.ids(spec, new DocumentCatalog(index), documents);
        return new ThemeAnalysis.Request(filters.toFilters(spec, index), ids, events, part, by, examples, emergent);
    }
}
