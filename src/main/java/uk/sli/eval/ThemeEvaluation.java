package uk.sli.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.sli.model.DocumentType;
import uk.sli.search.DocumentCatalog;
import uk.sli.search.DocumentRow;
import uk.sli.search.Filters;
import uk.sli.search.IndexReading;
import uk.sli.tag.Taxonomy;
import uk.sli.themes.StatementLoader;
import uk.sli.themes.ThemeSummariser;
import uk.sli.themes.ThemeSummary;
import uk.sli.themes.ThemedStatement;

/**
 * Sets what {@code sli themes} finds beside what the South East programme wrote by hand:
 * <ol>
 *   <li>the themes of the 2024-25 plan's triad notes (Appendix 1) against the headlines its section 4
 *       drew from them: at least 6 of the 7 must be among the top 10 themes;</li>
 *   <li>the themes of the 2025-26 plan's summary of its events (Appendix 3) against its headings;</li>
 *   <li>themes found as strengths, and as areas for improvement, in several South East authorities in
 *       the reports published from 2015 to 7 March 2019, against the 2019-20 plan's lists (2.7, 2.8).</li>
 * </ol>
 * The expected lists are in {@code eval/themes/}. Exit 0 when check 1 passes, 1 when it fails.
 */
public final class ThemeEvaluation {

    static final int TOP = 10;
    static final int PEER_CHALLENGE_TARGET = 6;
    /** The 2019-20 plan's review used reports published up to its data date. */
    static final String REVIEW_FROM = "2015-01-01";
    static final String REVIEW_TO = "2019-03-07";
    /**
     * A theme is a strength of an authority when it has at least this many strength statements on it and
     * they are at least this share of its judgements on the theme; an area for improvement likewise.
     */
    static final int MIN_STATEMENTS = 3;
    static final double STRENGTH_SHARE = 0.8;
    static final double IMPROVEMENT_SHARE = 0.5;

    private final IndexReading index;
    private final Path corpus;
    private final Taxonomy taxonomy = Taxonomy.standard();

    ThemeEvaluation(IndexReading index, Path corpus) {
        this.index = index;
        this.corpus = corpus.toAbsolutePath().normalize();
    }

    /** Usage: ThemeEvaluation INDEX CORPUS_DIR EXPECTED_DIR */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: ThemeEvaluation INDEX CORPUS_DIR EXPECTED_DIR   (eval/themes)");
            System.exit(2);
        }
        try (IndexReading index = IndexReading.open(Path.of(args[0]))) {
            ThemeEvaluation evaluation = new ThemeEvaluation(index, Path.of(args[1]));
            Path expected = Path.of(args[2]);
            PrintStream out = System.out;
            Expected headlines = Expected.read(expected.resolve("peer-challenge-2024-25.tsv"));
            int found = evaluation.peerChallenge2024(headlines, out);
            evaluation.appendix2025(Expected.read(expected.resolve("peer-challenge-2025-26.tsv")), out);
            evaluation.replication(Expected.read(expected.resolve("replication-2019-20.tsv")), out);
            out.printf("%ncheck: 2024-25 triad notes, %d of %d headlines in the top %d: %s%n", found,
                    headlines.rows("heading").size(), TOP, found >= PEER_CHALLENGE_TARGET ? "OK" : "FAIL (target " + PEER_CHALLENGE_TARGET + ")");
            System.exit(found >= PEER_CHALLENGE_TARGET ? 0 : 1);
        }
    }

    /** The number of the plan's headlines found among the top themes of its triad notes. */
    int peerChallenge2024(Expected expected, PrintStream out) throws IOException {
        String plan = seslip("regional-improvement-plan-2024-25.txt");
        List<ThemedStatement> notes = new StatementLoader(index).load(Filters.NONE, List.of(plan), true, null);
        List<ThemeSummary> themes = new ThemeSummariser(taxonomy, 0, true).summarise(notes, ThemeSummariser.GroupBy.theme);
        out.printf("1. 2024-25 plan, Appendix 1: %d statements from %d events%n", notes.size(),
                notes.stream().map(ThemedStatement::event).distinct().count());
        return compare(expected.rows("heading"), top(themes), themes, out);
    }

    int appendix2025(Expected expected, PrintStream out) throws IOException {
        String plan = seslip("regional-improvement-plan-2025-26.txt");
        List<ThemedStatement> part = new StatementLoader(index).load(Filters.NONE, List.of(plan), false, "Appendix 3");
        List<ThemeSummary> themes = new ThemeSummariser(taxonomy, 0, false).summarise(part, ThemeSummariser.GroupBy.theme);
        out.printf("%n2. 2025-26 plan, Appendix 3: %d statements%n", part.size());
        return compare(expected.rows("heading"), top(themes), themes, out);
    }

    void replication(Expected expected, PrintStream out) throws IOException {
        Filters southEast = new Filters(List.of(), "South East", null, 2015, 2019, null, null, null, null);
        Set<String> reviewed = new DocumentCatalog(index).list(southEast).stream()
                .filter(row -> row.date() != null && row.date().compareTo(REVIEW_FROM) >= 0 && row.date().compareTo(REVIEW_TO) <= 0)
                .filter(row -> DocumentType.fromId(row.type()).map(ThemeEvaluation::isInspection).orElse(false))
                .map(DocumentRow::id)
                .collect(Collectors.toSet());
        List<ThemedStatement> statements = new StatementLoader(index).load(southEast, List.copyOf(reviewed), false, null);
        out.printf("%n3. South East inspection reports published %s to %s: %d reports, %d statements, %d authorities%n",
                REVIEW_FROM, REVIEW_TO, reviewed.size(), statements.size(),
                statements.stream().flatMap(s -> s.authorities().stream()).distinct().count());
        out.printf("   (a theme is an authority's strength with >= %d strengths making >= %.0f%% of its judgements on it; "
                + "an area for improvement with >= %d improvements making >= %.0f%%)%n",
                MIN_STATEMENTS, 100 * STRENGTH_SHARE, MIN_STATEMENTS, 100 * IMPROVEMENT_SHARE);
        Map<String, int[]> counts = new HashMap<>();
        for (ThemedStatement s : statements) {
            if (s.primaryTheme() != null && (s.isStrength() || s.isImprovement())) {
                for (String authority : s.authorities()) {
                    int[] c = counts.computeIfAbsent(authority + "\t" + s.primaryTheme(), k -> new int[2]);
                    c[s.isStrength() ? 0 : 1]++;
                }
            }
        }
        Map<String, Integer> strengthAuthorities = new HashMap<>();
        Map<String, Integer> improvementAuthorities = new HashMap<>();
        counts.forEach((key, c) -> {
            String theme = key.substring(key.indexOf('\t') + 1);
            int total = c[0] + c[1];
            if (c[0] >= MIN_STATEMENTS && c[0] >= STRENGTH_SHARE * total) {
                strengthAuthorities.merge(theme, 1, Integer::sum);
            }
            if (c[1] >= MIN_STATEMENTS && c[1] >= IMPROVEMENT_SHARE * total) {
                improvementAuthorities.merge(theme, 1, Integer::sum);
            }
        });
        overlap("strengths (2.7)", expected.themesOf("strength"), strengthAuthorities, out);
        overlap("areas for improvement (2.8)", expected.themesOf("improvement"), improvementAuthorities, out);
    }

    private void overlap(String list, Set<String> planned, Map<String, Integer> byAuthorities, PrintStream out) {
        List<String> ranked = byAuthorities.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        List<String> top = ranked.subList(0, Math.min(planned.size(), ranked.size()));
        Set<String> shared = top.stream().filter(planned::contains).collect(Collectors.toCollection(LinkedHashSet::new));
        double chance = (double) planned.size() * planned.size() / taxonomy.themes().size();
        out.printf("   %s: the plan's %d themes %s%n", list, planned.size(), planned);
        out.printf("     ours, top %d by authorities: %s%n", top.size(), top.stream()
                .map(t -> t + " (" + byAuthorities.get(t) + ")").collect(Collectors.joining(", ")));
        out.printf("     overlap %d of %d (%.0f%%); by chance about %.1f%n", shared.size(), planned.size(),
                100.0 * shared.size() / planned.size(), chance);
    }

    private static int compare(List<Expected.Row> headings, List<String> top, List<ThemeSummary> themes, PrintStream out) {
        out.println("   our top " + TOP + ": " + themes.stream().limit(TOP)
                .map(t -> t.theme() + (t.sessions() > 0 ? " (" + t.sessions() + " sessions)" : " (" + t.statements() + ")"))
                .collect(Collectors.joining(", ")));
        int found = 0;
        for (Expected.Row heading : headings) {
            List<String> hits = heading.themes().stream().filter(top::contains).toList();
            found += hits.isEmpty() ? 0 : 1;
            out.printf("   %-4s %-60s %s%n", hits.isEmpty() ? "miss" : "hit", heading.label(),
                    hits.isEmpty() ? "(" + String.join(" or ", heading.themes()) + ": rank "
                            + rank(themes, heading.themes()) + ")" : String.join(", ", hits));
        }
        out.printf("   %d of %d headings found in the top %d%n", found, headings.size(), TOP);
        return found;
    }

    private static String rank(List<ThemeSummary> themes, List<String> wanted) {
        for (int i = 0; i < themes.size(); i++) {
            if (wanted.contains(themes.get(i).theme())) {
                return Integer.toString(i + 1);
            }
        }
        return "absent";
    }

    private static List<String> top(List<ThemeSummary> themes) {
        return themes.stream().limit(TOP).map(ThemeSummary::theme).toList();
    }

    private static boolean isInspection(DocumentType type) {
        return type.isFullInspection() || type == DocumentType.FOCUSED_VISIT || type == DocumentType.MONITORING_VISIT
                || type == DocumentType.JTAI || type == DocumentType.SEND_AREA;
    }

    private String seslip(String file) throws IOException {
        Path path = corpus.resolve("seslip").resolve(file);
        if (!Files.exists(path)) {
            throw new IOException("not found: " + path);
        }
        return path.toString();
    }

    /** An expected list: rows of a kind ("heading", "strength", "improvement"), a label and theme ids. */
    record Expected(List<Row> all) {

        record Row(String kind, String label, List<String> themes) {
        }

        static Expected read(Path tsv) throws IOException {
            List<Row> rows = new ArrayList<>();
            for (String line : Files.readAllLines(tsv)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                // Heading files have two columns (label, themes); the replication file three (list, item, themes).
                rows.add(f.length == 2 ? new Row("heading", f[0], List.of(f[1].split(",")))
                        : new Row(f[0], f[1], List.of(f[2].split(","))));
            }
            return new Expected(rows);
        }

        List<Row> rows(String kind) {
            return all.stream().filter(r -> r.kind().equals(kind)).toList();
        }

        /** The themes of a list, each once, in order of first mention; an item's first theme stands for it. */
        Set<String> themesOf(String kind) {
            return rows(kind).stream().map(r -> r.themes().get(0)).collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }
}
