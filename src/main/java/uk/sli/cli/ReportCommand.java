package uk.sli.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.sli.briefing.Briefing;
import uk.sli.briefing.BriefingAssembler;
import uk.sli.report.HtmlBriefing;
import uk.sli.report.MarkdownBriefing;
import uk.sli.report.XlsxBriefing;
import uk.sli.search.Filters;
import uk.sli.search.IndexNotFoundException;
import uk.sli.search.IndexReading;
import uk.sli.tag.Taxonomy;
import uk.sli.themes.ThemeAnalysis;
import uk.sli.themes.ThemeSummariser;

@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Write a briefing for a region, a triad or one authority: HTML, XLSX or Markdown.",
        description = {
            "Headline figures, the theme table and chart (strengths against needs), an authority x",
            "theme heatmap, trends by year, peer-challenge events, emergent topics, each authority's",
            "needs matched to its peers' strengths, representative statements with citations, and",
            "the documents. Peers are the region's authorities with --region, the chosen authorities",
            "with --authorities, and every indexed authority for one --la.",
            "The format follows the file name: .html is one self-contained page (inline CSS and SVG,",
            "nothing fetched when opened, prints well); .xlsx has sheets of themes, statements,",
            "matches and documents with filters and frozen headers; .md is for pasting into papers."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  sli report --region 'South East' --out south-east.html",
            "  sli report --region 'South East' --from 2022 --out south-east.xlsx",
            "  sli report --authorities 'Medway,Milton Keynes,Bracknell Forest' --out triad-4.md",
            "  sli report --la Kent --top 5 --out kent.html"})
final class ReportCommand implements Callable<Integer> {

    private static final int EMERGENT = 10;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOption index;

    @Mixin
    SelectionOptions selection;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "the briefing to write: FILE.html, FILE.xlsx or FILE.md")
    Path out;

    @Option(names = "--title", paramLabel = "TEXT", description = "what the briefing covers (default: from the filters)")
    String title;

    @Option(names = "--top", paramLabel = "K", defaultValue = "3",
            description = "peers matched per need; 0 for no matching (default: ${DEFAULT-VALUE})")
    int top;

    @Override
    public Integer call() throws IOException, IndexNotFoundException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        String format = name.substring(name.lastIndexOf('.') + 1);
        if (!List.of("html", "xlsx", "md").contains(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--out must end in .html, .xlsx or .md, not '" + out + "'");
        }
        if (top < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--top must be 0 or more");
        }
        long started = System.nanoTime();
        try (IndexReading reading = IndexReading.open(index.dir)) {
            ThemeAnalysis.Request request = selection.request(spec, reading, ThemeSummariser.GroupBy.theme, EMERGENT);
            Briefing briefing = new BriefingAssembler(reading, Taxonomy.standard())
                    .assemble(title != null ? title : scope(request.filters()), request, top);
            if (briefing.statements().isEmpty()) {
                System.err.println("report: no strengths or areas for improvement match the filters; writing an empty briefing");
            }
            write(briefing, format);
        }
        System.err.printf(Locale.ROOT, "report: wrote %s (%,d KB) in %.1f s%n", out, Files.size(out) / 1024,
                (System.nanoTime() - started) / 1e9);
        return Sli.OK;
    }

    /** Writes beside the target and moves into place, so a failed run never leaves half a file. */
    private void write(Briefing briefing, String format) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = parent.resolve("." + out.getFileName() + ".part");
        try {
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial))) {
                switch (format) {
                    case "xlsx" -> new XlsxBriefing().write(briefing, stream);
                    case "md" -> new MarkdownBriefing().write(briefing, writer(stream));
                    default -> new HtmlBriefing().write(briefing, writer(stream));
                }
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static PrintWriter writer(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }

    private static String scope(Filters f) {
        List<String> parts = new ArrayList<>();
        if (!f.authorities().isEmpty()) {
            parts.add(String.join(", ", f.authorities()));
        }
        if (f.region() != null) {
            parts.add(f.region());
        }
        if (f.type() != null) {
            parts.add(f.type());
        }
        if (f.fromYear() != null || f.toYear() != null) {
            parts.add((f.fromYear() == null ? "" : f.fromYear()) + "\u2013" + (f.toYear() == null ? "" : f.toYear()));
        }
        return parts.isEmpty() ? "all indexed documents" : String.join(", ", parts);
    }
}
