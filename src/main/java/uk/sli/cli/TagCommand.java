package uk.sli.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.sli.extract.ExtractionException;
import uk.sli.extract.ExtractionLimits;
import uk.sli.extract.TextExtractor;
import uk.sli.ingest.Ingester;
import uk.sli.model.Document;
import uk.sli.report.OutputFormat;
import uk.sli.report.TagReport;
import uk.sli.report.Terminal;
import uk.sli.tag.DocumentTagger;
import uk.sli.understand.DocumentReader;
import uk.sli.understand.Gazetteer;

@Command(name = "tag", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Tag every statement of one document (no index needed).",
        description = {
            "Reads one document and labels each statement strength, improvement, mixed",
            "or neutral, with confidence, themes, national framework codes and the cue",
            "that decided. Text output is colour-coded on a terminal."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  sli tag corpus/documents/self-assessments/kingsbrook/2025-01-20.docx",
            "  sli tag report.pdf --format json | jq 'select(.label==\"improvement\")'"})
final class TagCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the document (PDF, DOCX, HTML, TXT...)")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (one object per statement; default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Option(names = "--authorities", paramLabel = "CSV", description = "extra authorities, as for ingest")
    Path extraAuthorities;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
        }
        Gazetteer gazetteer = extraAuthorities == null ? Gazetteer.standard() : Gazetteer.withExtra(extraAuthorities);
        Path path = file.toAbsolutePath().normalize();
        Document document;
        try {
            document = new DocumentReader(gazetteer).read(Ingester.documentId(path), path.toString(), "",
                    new TextExtractor(ExtractionLimits.DEFAULT).extract(path));
        } catch (ExtractionException e) {
            spec.commandLine().getErr().println("sli: failed: " + file + ": " + e.getMessage());
            return Sli.FAILED;
        }
        new TagReport(Terminal.detect()).document(new DocumentTagger().tag(document), format, spec.commandLine().getOut());
        return Sli.OK;
    }
}
