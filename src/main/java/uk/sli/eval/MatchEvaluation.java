package uk.sli.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import uk.sli.tag.SentenceHash;
import uk.sli.match.AuthorityProfile;
import uk.sli.match.AuthorityProfiles;
import uk.sli.match.Evidence;
import uk.sli.match.JudgementAreas;
import uk.sli.match.Match;
import uk.sli.match.MatchScorer;
import uk.sli.match.Matcher;
import uk.sli.match.NeedMatches;
import uk.sli.model.Grade;
import uk.sli.model.Judgement;
import uk.sli.search.IndexReading;

/**
 * Measures {@code sli match} on an index of the shared corpus, for a list of authorities (peers:
 * all): every current need matched, each match cited, no self-matches; of the top-3 donors for
 * needs whose theme falls under an Ofsted judgement area, the share with a good or outstanding
 * latest grade there, beside the base rate among all authorities graded in that area; warm
 * latency per authority; precision@5 against the first hand judgements; and, against blind
 * judgements of needs and pooled donors, need precision, relevant@3 and relevant-or-partly@3 of the
 * standard scorer beside the scorer without term alignment, gated by {@code eval/match/expected.properties}.
 * {@code scripts/eval-match.sh} runs this.
 *
 * <p>With {@code --sample OUT}, it instead writes a spread of needs, each with the union of both
 * scorers' top-3 donors in an order that does not tell them apart, for someone to judge blind (keep
 * that file outside the project: it holds real sentences).
 */
public final class MatchEvaluation {

    static final int TOP = 5;
    static final int GRADE_TOP = 3;
    /** Donors a programme reads per need: the judged depth. */
    static final int JUDGED_TOP = 3;

    private final AuthorityProfiles profiles;
    private final Matcher matcher;
    /** The same matcher scoring without term alignment: the baseline the judged metrics are printed beside. */
    private final Matcher baseline;
    private final Path corpus;

    MatchEvaluation(IndexReading index, Path corpus) throws IOException {
        this.profiles = AuthorityProfiles.read(index);
        this.matcher = new Matcher(index, new MatchScorer(profiles.newestYear()));
        this.baseline = new Matcher(index, new MatchScorer(profiles.newestYear(), MatchScorer.Weights.WITHOUT_ALIGNMENT));
        this.corpus = corpus.toAbsolutePath().normalize();
    }

    /**
     * Usage: MatchEvaluation INDEX CORPUS_DIR JUDGED_DIR [--sample OUT_TSV PER_AUTHORITY] AUTHORITY...
     * JUDGED_DIR holds judgements.tsv (pairs), needs.tsv (need verdicts) and expected.properties.
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: MatchEvaluation INDEX CORPUS_DIR JUDGED_DIR [--sample OUT_TSV PER_AUTHORITY] AUTHORITY...");
            System.exit(2);
        }
        try (IndexReading index = IndexReading.open(Path.of(args[0]))) {
            MatchEvaluation evaluation = new MatchEvaluation(index, Path.of(args[1]));
            if (args[3].equals("--sample")) {
                List<String> authorities = List.of(args).subList(6, args.length);
                evaluation.sample(authorities, Integer.parseInt(args[5]), Path.of(args[4]));
                return;
            }
            Path judged = Path.of(args[2]);
            boolean ok = evaluation.run(List.of(args).subList(3, args.length), Judgements.read(judged.resolve("judgements.tsv")),
                    NeedVerdicts.read(judged.resolve("needs.tsv")), new Expectations(judged.resolve("expected.properties")),
                    System.out);
            System.exit(ok ? 0 : 1);
        }
    }

    boolean run(List<String> authorities, Judgements judgements, NeedVerdicts verdicts, Expectations expectations,
                PrintStream out) throws IOException {
        List<AuthorityProfile> peers = List.copyOf(profiles.all());
        int needs = 0;
        int unmatched = 0;
        int uncited = 0;
        int selfMatches = 0;
        int areaDonors = 0;
        int goodDonors = 0;
        double baseRate = 0;
        int areaNeeds = 0;
        int useful = 0;
        int relevant = 0;
        int judged = 0;
        int unjudged = 0;
        out.printf("%-22s %6s %9s %10s%n", "authority", "needs", "matched", "warm ms");
        for (String name : authorities) {
            AuthorityProfile authority = profiles.byName(name).orElseThrow(() -> new IOException("not in the index: " + name));
            matcher.needs(authority, peers, null, TOP); // warm-up: the first run pays for loading and JIT
            long start = System.nanoTime();
            List<NeedMatches> results = matcher.needs(authority, peers, null, TOP);
            long millis = (System.nanoTime() - start) / 1_000_000;
            int matched = 0;
            for (NeedMatches result : results) {
                needs++;
                matched += result.matches().isEmpty() ? 0 : 1;
                unmatched += result.matches().isEmpty() ? 1 : 0;
                for (Match match : result.matches()) {
                    uncited += match.statement().path() == null ? 1 : 0;
                    selfMatches += match.statement().authority().equals(authority.name()) ? 1 : 0;
                }
                Optional<Judgement> area = Optional.ofNullable(result.statement().primaryTheme()).flatMap(JudgementAreas::of);
                if (area.isPresent()) {
                    areaNeeds++;
                    baseRate += goodShare(peers, authority, area.get());
                    for (Match match : result.matches().subList(0, Math.min(GRADE_TOP, result.matches().size()))) {
                        AuthorityProfile donor = profiles.byName(match.statement().authority()).orElseThrow();
                        areaDonors++;
                        goodDonors += donor.grade(area.get()).filter(MatchEvaluation::goodOrBetter).isPresent() ? 1 : 0;
                    }
                }
                String needKey = key(result.statement());
                if (judgements.hasNeed(needKey)) {
                    for (Match match : result.matches()) {
                        Optional<String> judgement = judgements.of(needKey, key(match.statement()));
                        if (judgement.isPresent()) {
                            judged++;
                            useful += judgement.get().equals("not") ? 0 : 1;
                            relevant += judgement.get().equals("relevant") ? 1 : 0;
                        } else {
                            unjudged++;
                        }
                    }
                }
            }
            out.printf("%-22s %6d %9d %10d%n", authority.name(), results.size(), matched, millis);
        }
        out.println();
        out.printf("needs %d, without a match %d, matches without a citation %d, self-matches %d%n",
                needs, unmatched, uncited, selfMatches);
        out.printf(Locale.ROOT, "top-%d donors with a good or outstanding latest grade in the need's area: %d of %d (%.1f%%); "
                        + "base rate among all graded authorities %.1f%%%n", GRADE_TOP, goodDonors, areaDonors,
                100.0 * goodDonors / Math.max(1, areaDonors), 100 * baseRate / Math.max(1, areaNeeds));
        out.printf(Locale.ROOT, "precision@%d over %d judged matches of %d judged needs: relevant or partly %.3f, "
                        + "relevant %.3f (%d current matches not judged)%n", TOP, judged, judgements.needs(),
                (double) useful / Math.max(1, judged), (double) relevant / Math.max(1, judged), unjudged);
        boolean ok = unmatched == 0 && uncited == 0 && selfMatches == 0;
        out.println();
        out.printf("blind judgements: %d needs, %d pairs%n", verdicts.size(), judgements.pairs());
        out.printf("%-26s %9s %9s%n", "metric", "standard", "baseline");
        JudgedQuality standard = judgedQuality(matcher, authorities, judgements, verdicts);
        JudgedQuality without = judgedQuality(baseline, authorities, judgements, verdicts);
        for (String metric : List.of("need_precision", "relevant_at3", "useful_at3", "judged_share")) {
            out.printf(Locale.ROOT, "%-26s %9.3f %9.3f   %s%n", metric, standard.get(metric), without.get(metric),
                    expectations.verdict("match." + metric, standard.get(metric)));
            ok &= expectations.passes("match." + metric, standard.get(metric));
        }
        out.println("(need_precision: current needs with a verdict that are real needs; relevant_at3 and useful_at3: of their"
                + " top-3 donors with a judgement, relevant, and relevant or partly; judged_share: top-3 donors with one)");
        return ok;
    }

    /** Judged metrics of one matcher: the current needs with a verdict, and their judged top-3 donors. */
    private JudgedQuality judgedQuality(Matcher scorer, List<String> authorities, Judgements judgements,
                                        NeedVerdicts verdicts) throws IOException {
        List<AuthorityProfile> peers = List.copyOf(profiles.all());
        int needs = 0;
        int real = 0;
        int donors = 0;
        int judged = 0;
        int relevant = 0;
        int useful = 0;
        for (String name : authorities) {
            AuthorityProfile authority = profiles.byName(name).orElseThrow(() -> new IOException("not in the index: " + name));
            for (NeedMatches result : scorer.needs(authority, peers, null, JUDGED_TOP)) {
                String needKey = key(result.statement());
                Optional<Boolean> verdict = verdicts.of(needKey);
                if (verdict.isEmpty()) {
                    continue;
                }
                needs++;
                if (!verdict.get()) {
                    continue;
                }
                real++;
                for (Match match : result.matches()) {
                    donors++;
                    Optional<String> judgement = judgements.of(needKey, key(match.statement()));
                    if (judgement.isPresent()) {
                        judged++;
                        relevant += judgement.get().equals("relevant") ? 1 : 0;
                        useful += judgement.get().equals("not") ? 0 : 1;
                    }
                }
            }
        }
        return new JudgedQuality(Map.of("need_precision", (double) real / Math.max(1, needs),
                "relevant_at3", (double) relevant / Math.max(1, judged), "useful_at3", (double) useful / Math.max(1, judged),
                "judged_share", (double) judged / Math.max(1, donors)));
    }

    private record JudgedQuality(Map<String, Double> metrics) {
        double get(String metric) {
            return metrics.get(metric);
        }
    }

    /**
     * Writes, for {@code perAuthority} needs of each authority spread through its list, the need (with
     * its list's lead-in) and the union of both scorers' top-3 donors, ordered by hash so that neither
     * rank nor scorer shows.
     */
    void sample(List<String> authorities, int perAuthority, Path out) throws IOException {
        List<AuthorityProfile> peers = List.copyOf(profiles.all());
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            writer.println(String.join("\t", "need_file", "need_hash", "need_authority", "need_text",
                    "donor_authority", "donor_file", "donor_hash", "donor_text"));
            for (String name : authorities) {
                AuthorityProfile authority = profiles.byName(name).orElseThrow(() -> new IOException("not in the index: " + name));
                List<NeedMatches> results = matcher.needs(authority, peers, null, JUDGED_TOP);
                Map<String, NeedMatches> baselineResults = new HashMap<>();
                baseline.needs(authority, peers, null, JUDGED_TOP).forEach(r -> baselineResults.put(key(r.statement()), r));
                for (int i = 0; i < perAuthority && i < results.size(); i++) {
                    NeedMatches result = results.get(i * results.size() / perAuthority);
                    Evidence need = result.statement();
                    Map<String, Evidence> pooled = new TreeMap<>();
                    List<Match> donors = new ArrayList<>(result.matches());
                    Optional.ofNullable(baselineResults.get(key(need))).ifPresent(r -> donors.addAll(r.matches()));
                    donors.forEach(m -> pooled.put(SentenceHash.of(m.statement().text()), m.statement()));
                    for (Evidence donor : pooled.values()) {
                        writer.println(String.join("\t", relative(need.path()), SentenceHash.of(need.text()), need.authority(),
                                withLeadIn(need), donor.authority(), relative(donor.path()), SentenceHash.of(donor.text()),
                                withLeadIn(donor)));
                    }
                }
            }
        }
    }

    private static String withLeadIn(Evidence e) {
        return e.leadIn() == null ? e.text() : e.leadIn() + " ... " + e.text();
    }

    private double goodShare(List<AuthorityProfile> peers, AuthorityProfile except, Judgement area) {
        int graded = 0;
        int good = 0;
        for (AuthorityProfile peer : peers) {
            Optional<Grade> grade = peer == except ? Optional.empty() : peer.grade(area);
            if (grade.isPresent()) {
                graded++;
                good += goodOrBetter(grade.get()) ? 1 : 0;
            }
        }
        return graded == 0 ? 0 : (double) good / graded;
    }

    private static boolean goodOrBetter(Grade grade) {
        return grade == Grade.GOOD || grade == Grade.OUTSTANDING;
    }

    private String key(Evidence evidence) {
        return relative(evidence.path()) + "\t" + SentenceHash.of(evidence.text());
    }

    private String relative(String path) {
        Path file = Path.of(path).toAbsolutePath().normalize();
        return file.startsWith(corpus) ? corpus.relativize(file).toString() : path;
    }

    /** The rows of a judged file, split at tabs: no comments, header or blank lines; none when the file is missing. */
    private static List<String[]> dataRows(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("need_file\t"))
                .map(line -> line.split("\t", -1))
                .toList();
    }

    /** Hand judgements: need file and hash, donor file and hash, relevant / partly / not. */
    record Judgements(Map<String, Map<String, String>> byNeed) {

        static Judgements read(Path file) throws IOException {
            Map<String, Map<String, String>> byNeed = new HashMap<>();
            for (String[] cols : dataRows(file)) {
                if (cols.length < 5 || !List.of("relevant", "partly", "not").contains(cols[4])) {
                    throw new IOException(file + ": expected need_file, need_hash, donor_file, donor_hash, "
                            + "relevant|partly|not: " + String.join("\t", cols));
                }
                byNeed.computeIfAbsent(cols[0] + "\t" + cols[1], k -> new HashMap<>()).put(cols[2] + "\t" + cols[3], cols[4]);
            }
            return new Judgements(byNeed);
        }

        int pairs() {
            return byNeed.values().stream().mapToInt(Map::size).sum();
        }

        boolean hasNeed(String need) {
            return byNeed.containsKey(need);
        }

        int needs() {
            return byNeed.size();
        }

        /** relevant, partly or not; empty when this pair was not judged. */
        Optional<String> of(String need, String donor) {
            return Optional.ofNullable(byNeed.getOrDefault(need, Map.of()).get(donor));
        }
    }

    /** Blind verdicts on needs: need file and hash, then need (a real need a programme could act on) or not. */
    record NeedVerdicts(Map<String, Boolean> byNeed) {

        static NeedVerdicts read(Path file) throws IOException {
            Map<String, Boolean> byNeed = new HashMap<>();
            for (String[] cols : dataRows(file)) {
                if (cols.length < 3 || !List.of("need", "not").contains(cols[2])) {
                    throw new IOException(file + ": expected need_file, need_hash, need|not: " + String.join("\t", cols));
                }
                byNeed.put(cols[0] + "\t" + cols[1], cols[2].equals("need"));
            }
            return new NeedVerdicts(byNeed);
        }

        int size() {
            return byNeed.size();
        }

        Optional<Boolean> of(String need) {
            return Optional.ofNullable(byNeed.get(need));
        }
    }
}
