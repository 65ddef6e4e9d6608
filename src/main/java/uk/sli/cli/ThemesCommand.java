package uk.sli.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.sli.report.OutputFormat;
import uk.sli.report.Terminal;
import uk.sli.report.ThemesReport;
import uk.sli.search.IndexNotFoundException;
import uk.sli.search.IndexReading;
import uk.sli.tag.Taxonomy;
import uk.sli.themes.ThemeAnalysis;
import uk.sli.themes.ThemeOverview;
import uk.sli.themes.ThemeSummariser;

@Command(name = "themes", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Summarise the themes of a region, a triad, an authority or a set of documents.",
        description = {
            "Counts, per theme of the taxonomy, the strengths and areas for improvement (and all",
            "statements) and the authorities with each, shows the trend by year, and quotes 2-3",
            "representative statements with citations (distinct, from different authorities).",
            "Emergent topics are key phrases outside the taxonomy that these statements use far",
            "more than the whole index does, raised by several authorities or sessions.",
            "--events keeps to the notes of peer-challenge events (triads, quartets) found in",
            "plans and notes: each event's authorities, their reflections and the themes common",
            "to all, then how many sessions raised each theme."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  sli themes --region 'South East' --from 2022",
            "  sli themes --authorities 'Medway,Milton Keynes,Bracknell Forest' --by la --format md",
            "  sli themes --events --doc ../shared/corpus/seslip/regional-improvement-plan-2024-25.txt",
            "  sli themes --doc regional-improvement-plan-2025-26.txt --part 'Appendix 3'",
            "  sli themes --type sif --by year --format csv > themes-by-year.csv",
            "  sli themes --la Kent --format json | jq '.theme, .strengths'"})
final class ThemesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOption index;

    @Mixin
    SelectionOptions selection;

    @Option(names = "--by", paramLabel = "DIM", defaultValue = "theme",
            description = "break the counts down by theme (no breakdown), la, year or type (default: ${DEFAULT-VALUE})")
    ThemeSummariser.GroupBy by;

    @Option(names = "--emergent", paramLabel = "N", defaultValue = "10",
            description = "emergent topics to surface; 0 for none (default: ${DEFAULT-VALUE})")
    int emergent;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json (one object per theme), csv (one row per theme) or md (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() throws IOException, IndexNotFoundException {
        if (emergent < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--emergent must be 0 or more");
        }
        try (IndexReading reading = IndexReading.open(index.dir)) {
            ThemeAnalysis.Request request = selection.request(spec, reading, by, emergent);
            ThemeOverview overview = new ThemeAnalysis(reading, Taxonomy.standard()).run(request);
            if (overview.statements() == 0) {
                System.err.println("themes: no statements match the selection");
            }
            String heading = String.format("Themes of %,d statements in %d documents about %d authorities%s",
                    overview.statements(), overview.documents(), overview.authorities().size(),
                    request.eventsOnly() ? ", from " + overview.events().size() + " peer-challenge events" : "");
            new ThemesReport(Terminal.detect()).write(heading, overview, format, spec.commandLine().getOut());
            System.err.printf("themes: %d themes, %d emergent topics, %d events%n", overview.themes().size(),
                    overview.emergent().size(), overview.events().size());
            return Sli.OK;
        }
    }
}
