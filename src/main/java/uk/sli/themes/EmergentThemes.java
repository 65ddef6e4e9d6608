package uk.sli.themes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import uk.sli.index.Schema;
import uk.sli.nlp.NounPhrases;
import uk.sli.tag.Taxonomy;
import uk.sli.tag.Theme;
import uk.sli.tag.Words;

/**
 * Topics the fixed taxonomy does not name (national reforms, political change, AI, regional
 * commissioning): key phrases of one to three words that the selected statements use far more than
 * the whole index does (Dunning's log-likelihood), raised by several authorities or sessions, and
 * not themselves a cue phrase of a taxonomy theme.
 */
public final class EmergentThemes {

    private static final int MAX_WORDS = 3;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}'-]+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^['-]+|['-]+$");
    /** Phrases counted against the whole index: the most frequent in the selection. */
    private static final int CANDIDATES = 400;
    /** At most this many of the most frequent phrases are tagged for parts of speech. */
    private static final int TAGGED = 1500;
    private static final int MIN_STATEMENTS = 2;
    private static final double LONGER_SHARE = 0.7;
    /** G2 above 10.83 has p < 0.001 (chi-squared, one degree of freedom). */
    private static final double SIGNIFICANT = 10.83;
    /** Used at least three times as often as in the index at large. */
    private static final double MIN_LIFT = 3;
    /** In a selection of several documents, phrases most of them use are the genre's vocabulary. */
    private static final int MIN_DOCUMENTS_FOR_GENRE = 4;
    private static final double GENRE_SHARE = 0.5;
    /** Who rather than what: the bodies every sector document names, and the calendar. */
    private static final Set<String> GENERIC = Set.of("la", "las", "dcs", "dfe", "ofsted", "lga", "adcs", "csc",
            "nhs", "se", "uk", "cllr", "ceo", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private final IndexSearcher searcher;
    private final Set<List<String>> cuePhrases = new HashSet<>();
    private final QueryBuilder phrases = new QueryBuilder(new EnglishAnalyzer());

    public EmergentThemes(IndexSearcher searcher, Taxonomy taxonomy) {
        this.searcher = searcher;
        for (Theme theme : taxonomy.themes()) {
            cuePhrases.addAll(theme.cues());
        }
    }

    /** The most distinctive phrases, most distinctive first, each summarised like a theme. */
    public List<ThemeSummary> find(List<ThemedStatement> statements, int limit, int examples) throws IOException {
        Set<String> names = new HashSet<>();
        for (ThemedStatement s : statements) {
            s.authorities().forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
            s.eventAuthorities().forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
        }
        long indexSize = searcher.count(new TermQuery(new Term(Schema.KIND, Schema.KIND_STATEMENT)));
        int sampleSize = statements.size();

        // Pass 1 counts every phrase; only candidates get occurrence lists (pass 2).
        Map<String, int[]> counts = new HashMap<>();
        for (ThemedStatement s : statements) {
            for (String phrase : phrasesOf(s.text())) {
                counts.computeIfAbsent(phrase, p -> new int[1])[0]++;
            }
        }
        Map<String, Occurrences> found = new HashMap<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            String phrase = e.getKey();
            if (e.getValue()[0] >= MIN_STATEMENTS && !GENERIC.contains(phrase)
                    && names.stream().noneMatch(n -> overlaps(n, phrase)) && !isCue(phrase)) {
                found.put(phrase, new Occurrences());
            }
        }
        counts.clear();
        for (ThemedStatement s : statements) {
            for (String phrase : phrasesOf(s.text())) {
                Occurrences o = found.get(phrase);
                if (o != null) {
                    o.add(s);
                }
            }
        }
        // The part-of-speech test last, most frequent first: tagging is the cost.
        long documents = statements.stream().map(ThemedStatement::docId).distinct().count();
        List<Map.Entry<String, Occurrences>> candidates = found.entrySet().stream()
                .filter(e -> e.getValue().spread() >= 2)
                .filter(e -> documents < MIN_DOCUMENTS_FOR_GENRE || e.getValue().documents.size() <= GENRE_SHARE * documents)
                .sorted(Comparator.comparingInt((Map.Entry<String, Occurrences> e) -> e.getValue().statements.size())
                        .reversed().thenComparing(Map.Entry::getKey))
                .toList();
        List<Map.Entry<String, Occurrences>> topics = new ArrayList<>();
        for (Map.Entry<String, Occurrences> e : candidates.subList(0, Math.min(TAGGED, candidates.size()))) {
            if (topics.size() == CANDIDATES) {
                break;
            }
            if (NounPhrases.forThisThread().isTopicIn(e.getValue().statements.get(0).text(), e.getKey())) {
                topics.add(e);
            }
        }
        Map<String, Keyness> ranked = new LinkedHashMap<>();
        for (Map.Entry<String, Occurrences> e : topics) {
            Occurrences o = e.getValue();
            int inSample = o.statements.size();
            long background = Math.max(inSample, countInIndex(e.getKey()));
            double g2 = logLikelihood(inSample, sampleSize, background, indexSize);
            if (g2 >= SIGNIFICANT && lift(inSample, sampleSize, background, indexSize) >= MIN_LIFT) {
                ranked.put(e.getKey(), new Keyness(e.getKey(), o, g2 * Math.log1p(o.spread())));
            }
        }
        List<Keyness> order = new ArrayList<>(ranked.values());
        order.sort(Comparator.comparingDouble(Keyness::score).reversed().thenComparing(Keyness::phrase));

        RepresentativeStatements picker = new RepresentativeStatements(statements);
        List<ThemeSummary> out = new ArrayList<>();
        List<String> chosen = new ArrayList<>();
        for (Keyness best : order) {
            if (out.size() == limit) {
                break;
            }
            Keyness k = longestVariant(best, ranked.values());
            if (chosen.stream().anyMatch(c -> overlaps(c, k.phrase()))) {
                continue;
            }
            chosen.add(k.phrase());
            ThemeCounter counter = new ThemeCounter();
            k.occurrences().statements.forEach(counter::add);
            out.add(counter.summary(ThemeSummary.EMERGENT_PREFIX + k.phrase(), k.phrase(), null,
                    picker.pick(counter.statements, examples)));
        }
        return out;
    }

    /** "serious case reviews" rather than "serious case" when the longer phrase has most of the shorter one's statements. */
    private static Keyness longestVariant(Keyness phrase, Iterable<Keyness> all) {
        Keyness longest = phrase;
        for (Keyness other : all) {
            if (other.phrase().length() > longest.phrase().length() && overlaps(other.phrase(), phrase.phrase())
                    && other.occurrences().statements.size() >= LONGER_SHARE * phrase.occurrences().statements.size()) {
                longest = other;
            }
        }
        return longest;
    }

    private static double lift(long inSample, long sampleSize, long inIndex, long indexSize) {
        return ((double) inSample / sampleSize) / ((double) inIndex / indexSize);
    }

    /** Word n-grams that neither start nor end with a stop word and hold no number. */
    static Set<String> phrasesOf(String text) {
        List<String> words = new ArrayList<>();
        for (String token : NON_WORD.split(text.replace('\u2019', '\''))) {
            String word = EDGE_PUNCTUATION.matcher(token).replaceAll("");
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        boolean[] edge = new boolean[words.size()];
        boolean[] number = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            edge[i] = usableEdge(words.get(i));
            number[i] = words.get(i).chars().anyMatch(Character::isDigit);
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            for (int n = 1; n <= MAX_WORDS && i + n <= words.size() && !number[i + n - 1]; n++) {
                if (edge[i] && edge[i + n - 1]) {
                    out.add(String.join(" ", words.subList(i, i + n)).toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** A phrase may start or end with a content word of three letters or more, or an acronym ("AI", "ICB"). */
    private static boolean usableEdge(String word) {
        boolean acronym = word.length() >= 2 && word.chars().allMatch(Character::isUpperCase);
        String lower = word.toLowerCase(Locale.ROOT);
        return (acronym || word.length() > 2) && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(lower)
                && !COMMON.contains(lower);
    }

    /** Words too general to name a topic on their own or to end a phrase. */
    private static final Set<String> COMMON = Set.of("also", "all", "any", "been", "both", "can", "could", "each",
            "from", "had", "has", "have", "how", "its", "may", "more", "most", "much", "must", "other", "our",
            "over", "should", "some", "than", "very", "well", "were", "what", "when", "where", "which", "while",
            "who", "whom", "why", "will", "would", "they", "them", "their", "these", "those", "within");

    /**
     * True when the taxonomy already names the phrase: it is a cue phrase or part of one ("door" of "front
     * door"), or holds a cue phrase of several words. A one-word cue inside it ("political" in "political
     * change") leaves it a topic of its own.
     */
    private boolean isCue(String phrase) {
        List<String> stems = Words.forThisThread().stems(phrase);
        return cuePhrases.stream().anyMatch(cue -> Collections.indexOfSubList(cue, stems) >= 0
                || (cue.size() > 1 && Collections.indexOfSubList(stems, cue) >= 0));
    }

    private long countInIndex(String phrase) throws IOException {
        Query text = phrases.createPhraseQuery(Schema.TEXT, phrase);
        if (text == null) {
            return 0;
        }
        return searcher.count(new BooleanQuery.Builder()
                .add(text, Occur.MUST)
                .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_STATEMENT)), Occur.FILTER)
                .build());
    }

    /** Dunning's G2 for a phrase in a sample of the index; 0 when the sample uses it no more than the index does. */
    static double logLikelihood(long inSample, long sampleSize, long inIndex, long indexSize) {
        long restWith = Math.max(0, inIndex - inSample);
        long restSize = Math.max(1, indexSize - sampleSize);
        if ((double) inSample / sampleSize <= (double) restWith / restSize) {
            return 0;
        }
        double expectedSample = sampleSize * (double) (inSample + restWith) / (sampleSize + restSize);
        double expectedRest = restSize * (double) (inSample + restWith) / (sampleSize + restSize);
        return 2 * (term(inSample, expectedSample) + term(restWith, expectedRest));
    }

    private static double term(long observed, double expected) {
        return observed == 0 ? 0 : observed * Math.log(observed / expected);
    }

    private static boolean overlaps(String a, String b) {
        return (" " + a + " ").contains(" " + b + " ") || (" " + b + " ").contains(" " + a + " ");
    }

    /** Where a phrase occurs: statements, authorities, sessions. */
    private static final class Occurrences {
        final List<ThemedStatement> statements = new ArrayList<>();
        final Set<String> authorities = new HashSet<>();
        final Set<String> events = new HashSet<>();

        void add(ThemedStatement s) {
            statements.add(s);
            authorities.addAll(s.authorities());
            documents.add(s.docId());
            if (s.event() != null) {
                events.add(s.eventKey());
            }
        }

        final Set<String> documents = new HashSet<>();

        /** How widely the phrase is raised: in how many sessions, authorities or documents, whichever is most. */
        int spread() {
            return Math.max(events.size(), Math.max(authorities.size(), documents.size()));
        }
    }

    private record Keyness(String phrase, Occurrences occurrences, double score) {
    }

}
