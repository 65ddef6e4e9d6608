package uk.sli.cli;

import java.io.IOException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import uk.sli.search.FilterResolver;
import uk.sli.search.Filters;
import uk.sli.search.IndexReading;
import uk.sli.understand.Gazetteer;

/** The document filters {@code search}, {@code docs}, {@code themes} and {@code report} share. */
final class FilterOptions {

    @Option(names = "--la", paramLabel = "NAME",
            description = "local authority: a name, alias or code (e.g. Kent, RBWM, 'Brighton & Hove', 886)")
    String authority;

    @Option(names = "--authorities", paramLabel = "A,B,C", split = ",",
            description = "several authorities, e.g. a triad: 'Medway,Milton Keynes,Bracknell Forest'")
    List<String> group = List.of();

    @Option(names = "--region", paramLabel = "NAME", description = "region, e.g. 'South East', London")
    String region;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "document type: ilacs-standard, ilacs-short, sif, focused-visit, monitoring-visit, jtai, "
                    + "send-area, self-assessment, improvement-plan, peer-challenge, newsletter, other")
    String type;

    @Option(names = "--grade", paramLabel = "GRADE",
            description = "documents of inspections with this overall grade: outstanding, good, 'requires improvement', inadequate")
    String grade;

    @Option(names = "--from", paramLabel = "YEAR", description = "documents dated this year or later")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "documents dated this year or earlier")
    Integer to;

    Filters toFilters(CommandSpec spec, IndexReading index) throws IOException {
        if (authority != null && !group.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --la or --authorities, not both");
        }
        try {
            return new FilterResolver(index, Gazetteer.standard())
                    .resolve(authority == null ? group : List.of(authority), region, type, from, to, grade);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
