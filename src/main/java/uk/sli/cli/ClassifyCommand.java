package uk.sli.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.sli.report.OutputFormat;
import uk.sli.report.TagReport;
import uk.sli.report.Terminal;
import uk.sli.tag.StatementContext;
import uk.sli.tag.StatementTagger;

@Command(name = "classify", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Tag statements given as arguments or one per line on stdin.",
        description = {
            "Labels each statement strength, improvement, mixed or neutral, with",
            "confidence, themes and national framework codes. Without TEXT, reads one",
            "statement per line from stdin and answers one line per input line, in order."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  sli classify 'Too many children wait too long for an assessment.'",
            "  cut -f3 statements.tsv | sli classify --format json"})
final class ClassifyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "TEXT", description = "statements to tag (default: stdin, one per line)")
    List<String> texts;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (one object per input; default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        StatementTagger tagger = StatementTagger.forThisThread();
        TagReport report = new TagReport(Terminal.detect());
        if (texts != null && !texts.isEmpty()) {
            for (String text : texts) {
                report.statement(text, tagger.tag(text, StatementContext.NONE), format, spec.commandLine().getOut());
            }
            return Sli.OK;
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                report.statement(line, tagger.tag(line, StatementContext.NONE), format, spec.commandLine().getOut());
            }
        }
        return Sli.OK;
    }
}
