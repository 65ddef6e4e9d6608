package uk.sli.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Picks the statements that best show what a set of statements on one theme says: close to what
 * they have in common (their tf-idf centroid), confidently tagged, no two alike, from different
 * authorities and, when the set holds both, a strength and an area for improvement.
 */
final class RepresentativeStatements {

    /** Word-set overlap (Jaccard) from which two statements count as saying the same thing. */
    private static final double DUPLICATE_OVERLAP = 0.5;
    private static final int MIN_WORDS = 6;
    private static final int MAX_WORDS = 60;

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int total;

    /** @param all the statements the idf is computed over: the whole selection, not one theme */
    RepresentativeStatements(List<ThemedStatement> all) {
        for (ThemedStatement s : all) {
            for (String word : words(s.text())) {
                documentFrequency.merge(word, 1, Integer::sum);
            }
        }
        total = Math.max(1, all.size());
    }

    List<ThemeSummary.Example> pick(List<ThemedStatement> statements, int count) {
        List<ThemedStatement> pool = statements.stream().filter(RepresentativeStatements::isJudgement).toList();
        if (pool.isEmpty()) {
            pool = statements;
        }
        List<ThemedStatement> readable = pool.stream().filter(RepresentativeStatements::readableLength).toList();
        if (!readable.isEmpty()) {
            pool = readable;
        }
        Map<String, Double> centroid = centroid(pool);
        List<Scored> ranked = new ArrayList<>();
        for (ThemedStatement s : pool) {
            Set<String> words = words(s.text());
            ranked.add(new Scored(s, words, cosine(words, centroid) * (0.5 + 0.5 * s.confidence())));
        }
        ranked.sort(Comparator.comparingDouble(Scored::score).reversed());

        List<Scored> chosen = new ArrayList<>();
        boolean bothLabels = pool.stream().anyMatch(ThemedStatement::isStrength)
                && pool.stream().anyMatch(ThemedStatement::isImprovement);
        // Strict first (new authority, the other label when due), then relaxed, so the count is met when it can be.
        for (boolean strict : new boolean[] {true, false}) {
            for (Scored candidate : ranked) {
                if (chosen.size() == count) {
                    break;
                }
                if (!chosen.contains(candidate) && fits(candidate, chosen, strict && bothLabels, strict)) {
                    chosen.add(candidate);
                }
            }
        }
        return chosen.stream().map(c -> ThemeSummary.Example.of(c.statement())).toList();
    }

    private static boolean fits(Scored candidate, List<Scored> chosen, boolean alternateLabels, boolean newAuthority) {
        for (Scored c : chosen) {
            if (jaccard(c.words(), candidate.words()) >= DUPLICATE_OVERLAP) {
                return false;
            }
            if (newAuthority && !c.statement().authorities().isEmpty()
                    && c.statement().authorities().equals(candidate.statement().authorities())) {
                return false;
            }
        }
        if (alternateLabels && chosen.size() == 1) {
            return !chosen.get(0).statement().label().equals(candidate.statement().label());
        }
        return true;
    }

    private static boolean isJudgement(ThemedStatement s) {
        return s.isStrength() || s.isImprovement() || "mixed".equals(s.label());
    }

    private static boolean readableLength(ThemedStatement s) {
        int words = s.text().split("\\s+").length;
        return words >= MIN_WORDS && words <= MAX_WORDS;
    }

    private Map<String, Double> centroid(List<ThemedStatement> statements) {
        Map<String, Double> sum = new HashMap<>();
        for (ThemedStatement s : statements) {
            for (String word : words(s.text())) {
                sum.merge(word, idf(word), Double::sum);
            }
        }
        return sum;
    }

    private double cosine(Set<String> words, Map<String, Double> centroid) {
        double dot = 0;
        double norm = 0;
        for (String word : words) {
            double weight = idf(word);
            dot += weight * centroid.getOrDefault(word, 0.0);
            norm += weight * weight;
        }
        return norm == 0 ? 0 : dot / Math.sqrt(norm);
    }

    private double idf(String word) {
        return Math.log((double) total / documentFrequency.getOrDefault(word, 1)) + 1;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / union.size();
    }

    /** Lower-case content words: what two statements share that says they are about the same thing. */
    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
            if (token.length() > 2 && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(token)) {
                words.add(token);
            }
        }
        return words;
    }

    private record Scored(ThemedStatement statement, Set<String> words, double score) {
    }
}
