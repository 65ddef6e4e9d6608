package uk.sli.cli;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.sli.match.AuthorityProfile;
import uk.sli.match.AuthorityProfiles;
import uk.sli.match.MatchMatrix;
import uk.sli.match.MatchScorer;
import uk.sli.match.Matcher;
import uk.sli.match.NeedMatches;
import uk.sli.report.MatchReport;
import uk.sli.report.OutputFormat;
import uk.sli.report.Terminal;
import uk.sli.search.IndexNotFoundException;
import uk.sli.search.IndexReading;
import uk.sli.understand.Gazetteer;

@Command(name = "match", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Match one authority's needs to other authorities' strengths, with evidence.",
        description = {
            "Takes the authority's current needs (the areas for improvement in its latest",
            "inspection and the documents after it; --since widens) and, for each, ranks the",
            "current strengths of its peers: the best statement of each peer, scored on",
            "meaning (sentence embeddings), shared themes, tagger confidence, the peer's",
            "latest Ofsted grade in the judgement area of the need, and recency. Each match",
            "is quoted, cited and explained (why). Never the authority itself.",
            "--offers turns it round: whom this authority could help, with its evidence.",
            "--matrix counts, for every pair of authorities in a region (or all), the needs of one",
            "that the other could help with, and the themes they fall under."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  sli match --la Medway",
            "  sli match --la Slough --peers neighbours --top 5 --format json",
            "  sli match --la Kent --peers region --since 2022 --format md > kent-matches.md",
            "  sli match --offers --la 'Isle of Wight' --peers 'Hampshire,Portsmouth,Southampton'",
            "  sli match --matrix --region 'South East' --format csv > south-east-matrix.csv"})
final class MatchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOption index;

    @Option(names = "--la", paramLabel = "NAME", description = "the authority: a name, alias or code")
    String authority;

    @Option(names = "--peers", paramLabel = "SET", defaultValue = "all",
            description = "whose strengths to consider: all, region (the authority's own), neighbours "
                    + "(its statistical neighbours) or a comma-separated list of authorities (default: ${DEFAULT-VALUE})")
    String peers;

    @Option(names = "--region", paramLabel = "NAME",
            description = "keep only peers in this region; with --matrix, the authorities to compare")
    String region;

    @Option(names = "--since", paramLabel = "YEAR",
            description = "widen to every document dated this year or later, not only the latest inspection and after")
    Integer since;

    @Option(names = "--top", paramLabel = "K", defaultValue = "3", description = "matches per need (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--offers", description = "the reverse: this authority's strengths and the peers that need them")
    boolean offers;

    @Option(names = "--matrix", description = "authority x authority counts of matched needs, for --region (or every authority)")
    boolean matrix;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json (one object per need), csv (one row per match) or md (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() throws IOException, IndexNotFoundException {
        if (top < 1) {
            throw usage("--top must be at least 1");
        }
        try (IndexReading reading = IndexReading.open(index.dir)) {
            AuthorityProfiles profiles = AuthorityProfiles.read(reading);
            Matcher matcher = new Matcher(reading, new MatchScorer(profiles.newestYear()));
            MatchReport report = new MatchReport(Terminal.detect(), offers);
            if (matrix) {
                return matrix(profiles, matcher, report);
            }
            if (authority == null) {
                throw usage("--la is required (or use --matrix)");
            }
            AuthorityProfile subject = find(profiles, authority, "--la");
            List<AuthorityProfile> peerSet = peerSet(profiles, subject);
            List<NeedMatches> results = offers ? matcher.offers(subject, peerSet, since, top)
                    : matcher.needs(subject, peerSet, since, top);
            String heading = String.format("%s: %d current %s (%s), matched against %d peers (%s)", subject.name(),
                    results.size(), offers ? "strengths" : "needs", scope(subject), peerSet.size() - 1, describePeers());
            if (results.isEmpty()) {
                System.err.printf("match: %s has no current %s with an embedding (an index built with --no-embed or "
                        + "--no-tag has none)%n", subject.name(), offers ? "strengths" : "needs");
            }
            report.write(heading, results, format, spec.commandLine().getOut());
            System.err.printf("match: %d %s of %s, %d matches%n", results.size(), offers ? "strengths" : "needs",
                    subject.name(), results.stream().mapToInt(r -> r.matches().size()).sum());
            return Sli.OK;
        }
    }

    private int matrix(AuthorityProfiles profiles, Matcher matcher, MatchReport report) throws IOException {
        String regionName = region == null ? "the index" : Gazetteer.standard().region(region).orElse(region);
        List<AuthorityProfile> members = region == null ? List.copyOf(profiles.all()) : profiles.inRegion(regionName);
        if (members.isEmpty()) {
            throw usage("no indexed authority is in region '" + region + "'");
        }
        List<MatchMatrix.Cell> cells = new MatchMatrix(matcher).build(members, since, top);
        report.matrix(members.stream().map(AuthorityProfile::name).toList(), cells, format, spec.commandLine().getOut());
        System.err.printf("match: matrix of %d authorities in %s, %d cells with matches%n", members.size(), regionName, cells.size());
        return Sli.OK;
    }

    private List<AuthorityProfile> peerSet(AuthorityProfiles profiles, AuthorityProfile subject) {
        List<AuthorityProfile> set;
        try {
            set = profiles.peers(subject, peers, Gazetteer.standard());
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage() + " (--peers)");
        }
        if (region != null) {
            String regionName = Gazetteer.standard().region(region).orElse(region);
            set = set.stream().filter(p -> regionName.equalsIgnoreCase(p.region())).toList();
        }
        if (set.stream().noneMatch(p -> !p.name().equals(subject.name()))) {
            throw usage("no peers of " + subject.name() + " in the index for --peers " + peers
                    + (region == null ? "" : " --region " + region));
        }
        return set;
    }

    /** An authority by name, alias or code, as the gazetteer knows it, or by its name in the index. */
    private AuthorityProfile find(AuthorityProfiles profiles, String name, String option) {
        return profiles.find(name, Gazetteer.standard())
                .orElseThrow(() -> usage("unknown authority '" + name + "' for " + option + ": no dated documents about it in the index"));
    }

    private String scope(AuthorityProfile subject) {
        if (since != null) {
            return "documents since " + since;
        }
        return subject.latestInspection().map(r -> "inspection of " + r.date() + " and after").orElse("all its documents");
    }

    private String describePeers() {
        return peers + (region == null ? "" : ", in " + region);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
