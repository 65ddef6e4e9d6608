package uk.sli.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sli} command: subcommands as verbs, each a thin layer over one pipeline component. */
@Command(name = "sli",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "SLI Toolkit: reads children's services documents (Ofsted reports,",
            "self-assessments, improvement plans, peer-challenge notes), indexes them",
            "and finds the evidence in them.",
            ""},
        subcommands = {IngestCommand.class, SearchCommand.class, DocsCommand.class, ShowCommand.class,
                TagCommand.class, ClassifyCommand.class, MatchCommand.class, ThemesCommand.class, ReportCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  success",
            "  1  the run stopped: an unexpected error (message on stderr)",
            "  2  usage error: a bad option, argument or query",
            "  3  finished, but some input files failed (listed on stderr)",
            "",
            "Data goes to stdout; progress, warnings and errors to stderr.",
            "Run 'sli help COMMAND' for a command's options and examples."})
public final class Sli implements Runnable {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int PARTLY_FAILED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // No subcommand: teach rather than fail silently.
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed (see the list above)");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call this with their own writers. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Sli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("sli: error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            err.flush();
            return FAILED;
        });
        return cli;
    }
}
