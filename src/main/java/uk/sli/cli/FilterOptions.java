package uk.sli.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import uk.sli.model.Authority;
import uk.sli.model.DocumentType;
import uk.sli.search.Filters;
import uk.sli.understand.Gazetteer;

/** The filters {@code search} and {@code docs} share. */
final class FilterOptions {

    @Option(names = "--la", paramLabel = "NAME",
            description = "local authority: a name, alias or code (e.g. Kent, RBWM, 'Brighton & Hove', 886)")
    String authority;

    @Option(names = "--region", paramLabel = "NAME", description = "region, e.g. 'South East', London")
    String region;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "document type: ilacs-standard, ilacs-short, sif, focused-visit, monitoring-visit, jtai, "
                    + "send-area, self-assessment, improvement-plan, peer-challenge, newsletter, other")
    String type;

    @Option(names = "--from", paramLabel = "YEAR", description = "documents dated this year or later")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "documents dated this year or earlier")
    Integer to;

    Filters toFilters(CommandSpec spec) {
        Gazetteer gazetteer = Gazetteer.standard();
        List<String> authorities = List.of();
        if (authority != null) {
            List<Authority> known = gazetteer.resolveAll(authority);
            if (known.isEmpty()) {
                known = gazetteer.byCode(authority).map(List::of).orElse(List.of());
            }
            // Authorities outside the gazetteer (e.g. the sample corpus's fictional councils) match by name.
            authorities = known.isEmpty() ? List.of(authority) : known.stream().map(Authority::name).toList();
        }
        String regionName = region == null ? null : gazetteer.region(region).orElse(region);
        if (type != null && DocumentType.fromId(type).isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown --type '" + type + "'");
        }
        if (from != null && to != null && from > to) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        return new Filters(authorities, regionName, type, from, to);
    }
}
