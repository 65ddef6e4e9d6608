package uk.sli.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.sli.report.DocumentReport;
import uk.sli.report.OutputFormat;
import uk.sli.report.Terminal;
import uk.sli.search.DocumentCatalog;
import uk.sli.search.IndexNotFoundException;
import uk.sli.search.IndexReading;

@Command(name = "docs", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "List indexed documents with their metadata and grades.",
        description = "Lists the indexed documents with their metadata: date, type, authority, grades, path.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  sli docs --region 'South East' --from 2023",
            "  sli docs --la Medway --format json"})
final class DocsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOption index;

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json (one object per line) or csv (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() throws IOException, IndexNotFoundException {
        try (IndexReading reading = IndexReading.open(index.dir)) {
            new DocumentReport(Terminal.detect()).list(new DocumentCatalog(reading).list(filters.toFilters(spec, reading)),
                    format, spec.commandLine().getOut());
            return Sli.OK;
        }
    }
}
