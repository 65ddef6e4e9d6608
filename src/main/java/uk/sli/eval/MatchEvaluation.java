package uk.sli.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * latency per authority; and precision@5 against hand judgements (need and donor by file and
 * sentence hash). {@code scripts/eval-match.sh} runs this.
 *
 * <p>With {@code --sample OUT}, it instead writes the top-5 matches of a spread of needs, with
 * their text, for someone to judge (keep that file outside the project: it holds real sentences).
 */
public final class MatchEvaluation {

    static final int TOP = 5;
    static final int GRADE_TOP = 3;

    private final AuthorityProfiles profiles;
    private final Matcher matcher;
    private final Path corpus;

    MatchEvaluation(IndexReading index, Path corpus) throws IOException {
        this.profiles = AuthorityProfiles.read(index);
        this.matcher = new Matcher(index, new MatchScorer(profiles.newestYear()));
        this.corpus = corpus.toAbsolutePath().normalize();
    }

    /** Usage: MatchEvaluation INDEX CORPUS_DIR JUDGEMENTS_TSV [--sample OUT_TSV PER_AUTHORITY] AUTHORITY... */
    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: MatchEvaluation INDEX CORPUS_DIR JUDGEMENTS_TSV [--sample OUT_TSV PER_AUTHORITY] AUTHORITY...");
            System.exit(2);
        }
        try (IndexReading index = IndexReading.open(Path.of(args[0]))) {
            MatchEvaluation evaluation = new MatchEvaluation(index, Path.of(args[1]));
            if (args[3].equals("--sample")) {
                List<String> authorities = List.of(args).subList(6, args.length);
                evaluation.sample(authorities, Integer.parseInt(args[5]), Path.of(args[4]));
                return;
            }
            boolean ok = evaluation.run(List.of(args).subList(3, args.length), Judgements.read(Path.of(args[2])), System.out);
            System.exit(ok ? 0 : 1);
        }
    }

    boolean run(List<String> authorities, Judgements judgements, PrintStream out) throws IOException {
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
        return unmatched == 0 && uncited == 0 && selfMatches == 0;
    }

    /** Writes, for {@code perAuthority} needs of each authority spread through its list, the top-5 matches with their text. */
    void sample(List<String> authorities, int perAuthority, Path out) throws IOException {
        List<AuthorityProfile> peers = List.copyOf(profiles.all());
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            writer.println(String.join("\t", "need_file", "need_hash", "need_authority", "need_themes", "need_text",
                    "rank", "donor_authority", "donor_file", "donor_hash", "donor_themes", "donor_text", "score", "judgement"));
            for (String name : authorities) {
                AuthorityProfile authority = profiles.byName(name).orElseThrow(() -> new IOException("not in the index: " + name));
                List<NeedMatches> results = matcher.needs(authority, peers, null, TOP);
                for (int i = 0; i < perAuthority && i < results.size(); i++) {
                    NeedMatches result = results.get(i * results.size() / perAuthority);
                    Evidence need = result.statement();
                    int rank = 1;
                    for (Match match : result.matches()) {
                        Evidence donor = match.statement();
                        writer.println(String.join("\t", relative(need.path()), SentenceHash.of(need.text()), need.authority(),
                                String.join(",", need.themes()), need.text(), Integer.toString(rank++), donor.authority(),
                                relative(donor.path()), SentenceHash.of(donor.text()), String.join(",", donor.themes()),
                                donor.text(), String.format(Locale.ROOT, "%.3f", match.score()), ""));
                    }
                }
            }
        }
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

    /** Hand judgements: need file and hash, donor file and hash, relevant / partly / not. */
    record Judgements(Map<String, Map<String, String>> byNeed) {

        static Judgements read(Path file) throws IOException {
            Map<String, Map<String, String>> byNeed = new HashMap<>();
            if (!Files.exists(file)) {
                return new Judgements(byNeed);
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("need_file\t")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 5 || !List.of("relevant", "partly", "not").contains(cols[4])) {
                    throw new IOException(file + ": expected need_file, need_hash, donor_file, donor_hash, "
                            + "relevant|partly|not: " + line);
                }
                byNeed.computeIfAbsent(cols[0] + "\t" + cols[1], k -> new HashMap<>()).put(cols[2] + "\t" + cols[3], cols[4]);
            }
            return new Judgements(byNeed);
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
}
