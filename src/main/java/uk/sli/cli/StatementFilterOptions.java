package uk.sli.cli;

import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import uk.sli.model.Label;
import uk.sli.search.Filters;
import uk.sli.tag.Taxonomy;

/** Filters on what the tagger said of a statement: only {@code search} has them. */
final class StatementFilterOptions {

    @Option(names = "--label", paramLabel = "LABEL", description = "statements labelled strength, improvement, mixed or neutral")
    String label;

    @Option(names = "--theme", paramLabel = "THEME", description = "statements on a theme (primary or not), e.g. care-leavers")
    String theme;

    @Option(names = "--framework", paramLabel = "CODE",
            description = "statements bearing on a national framework outcome or enabler: O1..O4, E1..E3")
    String framework;

    Filters narrow(Filters filters, CommandSpec spec) {
        if (label != null && Label.fromId(label).isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown --label '" + label + "'");
        }
        if (theme != null && Taxonomy.standard().byId(theme).isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown --theme '" + theme + "'");
        }
        if (framework != null && !framework.matches("(?i)O[1-4]|E[1-3]")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown --framework '" + framework + "' (O1..O4, E1..E3)");
        }
        return filters.withStatements(label == null ? null : label.toLowerCase(Locale.ROOT), theme,
                framework == null ? null : framework.toUpperCase(Locale.ROOT));
    }
}
