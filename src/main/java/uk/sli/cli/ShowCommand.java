package uk.sli.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import uk.sli.report.DocumentReport;
import uk.sli.report.OutputFormat;
import uk.sli.report.Terminal;
import uk.sli.search.DocumentCatalog;
import uk.sli.search.IndexNotFoundException;
import uk.sli.search.IndexReading;

@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Show one document's structure as understood, to check it by eye.",
        description = {
            "Shows one indexed document as sli understood it: metadata, grades,",
            "sections, paragraphs (printed numbers, pages) and sentences."},
        footerHeading = "%nExamples:%n",
        footer = {"  sli show corpus/documents/ilacs/wealdmoor/2025-05-06.pdf", "  sli show 3f9a1c0de4b2a718 --format json"})
final class ShowCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOption index;

    @Parameters(paramLabel = "DOC", description = "a document's path or its id (both listed by 'sli docs')")
    String document;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() throws IOException, IndexNotFoundException {
        try (IndexReading reading = IndexReading.open(index.dir)) {
            DocumentCatalog catalog = new DocumentCatalog(reading);
            Optional<DocumentCatalog.DocumentView> view = DocumentLookup.find(catalog, document);
            if (view.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "no indexed document with path or id '" + document + "' (see 'sli docs')");
            }
            new DocumentReport(Terminal.detect()).show(view.get(), format, spec.commandLine().getOut());
            return Sli.OK;
        }
    }
}
