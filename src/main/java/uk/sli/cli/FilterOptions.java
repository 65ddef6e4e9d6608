package uk.sli.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import uk.sli.model.Authority;
import uk.sli.index.Schema;
import uk.sli.model.DocumentType;
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

    @Option(names = "--from", paramLabel = "YEAR", description = "documents dated this year or later")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "documents dated this year or earlier")
    Integer to;

    Filters toFilters(CommandSpec spec, IndexReading index) throws IOException {
        Gazetteer gazetteer = Gazetteer.standard();
        if (authority != null && !group.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --la or --authorities, not both");
        }
        List<String> authorities = new ArrayList<>();
        for (String name : authority == null ? group : List.of(authority)) {
            authorities.addAll(resolve(spec, index, gazetteer, name.strip()));
        }
        String regionName = region == null ? null : gazetteer.region(region).orElse(region);
        if (type != null && DocumentType.fromId(type).isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown --type '" + type + "'");
        }
        if (from != null && to != null && from > to) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        return new Filters(authorities, regionName, type, from, to, null, null, null);
    }

    private static List<String> resolve(CommandSpec spec, IndexReading index, Gazetteer gazetteer, String name)
            throws IOException {
        List<Authority> known = gazetteer.resolveAll(name);
        if (known.isEmpty()) {
            known = gazetteer.byCode(name).map(List::of).orElse(List.of());
        }
        // Authorities outside the gazetteer (e.g. the sample corpus's fictional councils) match by name.
        if (known.isEmpty() && !isIndexed(index, name)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown authority '" + name + "': not in the gazetteer nor in the index");
        }
        return known.isEmpty() ? List.of(name) : known.stream().map(Authority::name).toList();
    }

    private static boolean isIndexed(IndexReading index, String authority) throws IOException {
        String key = Schema.key(authority);
        return index.reader().docFreq(new Term(Schema.AUTHORITY_KEY, key)) > 0
                || index.reader().docFreq(new Term(Schema.MENTIONS_KEY, key)) > 0;
    }
}
