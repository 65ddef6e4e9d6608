package uk.sli.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import uk.sli.index.Schema;
import uk.sli.model.Label;
import uk.sli.search.IndexReading;

/**
 * Matches one authority's current needs (its improvement statements) to other authorities'
 * current strengths, or the reverse. For each statement the nearest candidates by embedding among
 * the peers' current statements are scored ({@link MatchScorer}), and the best of each other
 * authority kept, so that one prolific report cannot fill the list.
 */
public final class Matcher {

    /** Nearest statements considered per need; enough to leave several authorities after grouping. */
    static final int CANDIDATES = 60;
    /**
     * Of those, how many of one authority's are read and scored: beyond its few nearest, the other
     * parts of the score (the same authority's grade and, mostly, the same report) rarely reorder them.
     */
    static final int PER_AUTHORITY = 3;
    private static final int POOLS_KEPT = 4;
    /**
     * Statements scored in one pass over the candidates when matching in parallel: a few MB of
     * similarities, and work for several cores. A server scores them all in one pass, reading the
     * candidates (tens of MB) through the cache once rather than once a batch, for the searches' sake.
     */
    private static final int BATCH = 16;

    private final TermAlignment alignment;
    private final IndexReading index;
    /** Stored-field readers are not thread-safe, and statements are matched in parallel. */
    private final ThreadLocal<EvidenceReader> readers;
    private final MatchScorer scorer;
    /** A command matches one authority's statements in parallel; a server's requests are parallel already. */
    private final boolean parallel;
    /** The last few pools: a profile page asks for strengths and needs in turn, a matrix for one pool many times. */
    private final Map<List<Object>, CandidatePool> pools = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, CandidatePool> eldest) {
            return size() > POOLS_KEPT;
        }
    };

    public Matcher(IndexReading index, MatchScorer scorer) throws IOException {
        this(index, scorer, true);
    }

    /**
     * @param parallel false where many requests run at once (a server): nested parallel streams would
     *     all queue on the one shared fork-join pool, and each request would wait for the others' work
     */
    public Matcher(IndexReading index, MatchScorer scorer, boolean parallel) throws IOException {
        this.index = index;
        this.parallel = parallel;
        this.readers = ThreadLocal.withInitial(() -> {
            try {
                return new EvidenceReader(index);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        this.scorer = scorer;
        this.alignment = new TermAlignment(index.reader());
    }

    /** The authority's current needs, each with the best strength of up to {@code top} peers. */
    public List<NeedMatches> needs(AuthorityProfile authority, List<AuthorityProfile> peers, Integer sinceYear, int top)
            throws IOException {
        return needs(authority, peers, pool(peers, Label.STRENGTH, sinceYear), sinceYear, top);
    }

    /** As {@link #needs}, drawing on a pool of the peers' strengths loaded once for several authorities. */
    List<NeedMatches> needs(AuthorityProfile authority, List<AuthorityProfile> peers, CandidatePool strengths,
                            Integer sinceYear, int top) throws IOException {
        return match(authority, Label.IMPROVEMENT, peers, strengths, sinceYear, top);
    }

    /** The authority's current strengths, each with the needs of up to {@code top} peers it could meet. */
    public List<NeedMatches> offers(AuthorityProfile authority, List<AuthorityProfile> peers, Integer sinceYear, int top)
            throws IOException {
        return match(authority, Label.STRENGTH, peers, pool(peers, Label.IMPROVEMENT, sinceYear), sinceYear, top);
    }

    /**
     * The current statements with this label of these authorities, embeddings in memory. Recent
     * pools are kept: successive matches against the same peers (a server, a matrix) load each once;
     * concurrent requests (the server) wait for one load rather than each loading it.
     */
    synchronized CandidatePool pool(List<AuthorityProfile> authorities, Label label, Integer sinceYear) throws IOException {
        List<Object> key = List.of(label, String.valueOf(sinceYear), authorities.stream().map(AuthorityProfile::name).toList());
        CandidatePool pool = pools.get(key);
        if (pool == null) {
            pool = loadPool(authorities, label, sinceYear);
            pools.put(key, pool);
        }
        return pool;
    }

    private CandidatePool loadPool(List<AuthorityProfile> authorities, Label label, Integer sinceYear) throws IOException {
        Map<String, Set<String>> documents = new LinkedHashMap<>();
        for (AuthorityProfile authority : authorities) {
            documents.put(authority.name(), authority.currentDocumentIds(sinceYear));
        }
        return CandidatePool.load(index, documents, label);
    }

    /** The authority's current statements with this label, embedded, in document order, each text once. */
    public List<Evidence> statements(AuthorityProfile authority, Label label, Integer sinceYear) throws IOException {
        Query query = statementsOf(List.of(authority), label, sinceYear);
        ScoreDoc[] hits = index.searcher().search(query, Math.max(1, index.searcher().count(query))).scoreDocs;
        int[] docs = Arrays.stream(hits).mapToInt(h -> h.doc).sorted().toArray();
        Set<String> seen = new HashSet<>();
        List<Evidence> statements = new ArrayList<>();
        for (int doc : docs) {
            Evidence evidence = readers.get().read(doc, true);
            if (evidence.embedding() != null && seen.add(evidence.text())) {
                statements.add(evidence);
            }
        }
        return statements;
    }

    private List<NeedMatches> match(AuthorityProfile authority, Label ownLabel, List<AuthorityProfile> peers,
                                    CandidatePool candidates, Integer sinceYear, int top) throws IOException {
        Map<String, AuthorityProfile> byName = new LinkedHashMap<>();
        peers.stream().filter(p -> !p.name().equals(authority.name())).forEach(p -> byName.put(p.name(), p));
        List<Evidence> statements = statements(authority, ownLabel, sinceYear);
        // Needs are matched as issues (each named once, with its evidence); offers one statement each.
        List<NeedIssues.Issue> issues = ownLabel == Label.IMPROVEMENT ? NeedIssues.group(statements)
                : statements.stream().map(s -> new NeedIssues.Issue(s, List.of(), false)).toList();
        // A batch of issues is scored against the candidates in one pass; batches run in parallel, results in order.
        int size = parallel ? BATCH : Math.max(1, issues.size());
        IntStream batches = IntStream.range(0, (issues.size() + size - 1) / size);
        try {
            return (parallel ? batches.parallel() : batches).mapToObj(b -> {
                List<NeedIssues.Issue> batch = issues.subList(b * size, Math.min(issues.size(), (b + 1) * size));
                List<List<CandidatePool.Neighbour>> nearest = candidates.nearest(
                        batch.stream().map(issue -> issue.head().embedding()).toList(), CANDIDATES, authority.name());
                List<NeedMatches> matched = new ArrayList<>(batch.size());
                for (int i = 0; i < batch.size(); i++) {
                    NeedIssues.Issue issue = batch.get(i);
                    try {
                        matched.add(new NeedMatches(issue.head(), issue.evidence(),
                                best(issue.head(), ownLabel, nearest.get(i), byName, authority, top)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return matched;
            }).flatMap(List::stream).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private List<Match> best(Evidence own, Label ownLabel, List<CandidatePool.Neighbour> nearest,
                             Map<String, AuthorityProfile> peers, AuthorityProfile authority, int top) throws IOException {
        if (peers.isEmpty()) {
            return List.of();
        }
        Map<String, Candidate> bestPerAuthority = new LinkedHashMap<>();
        Map<String, Integer> read = new HashMap<>();
        Set<String> ownTerms = alignment.terms(own.text());
        for (CandidatePool.Neighbour neighbour : nearest) {
            if (bestPerAuthority.size() >= top && scorer.ceiling(neighbour.similarity()) < kthBest(bestPerAuthority, top)) {
                break; // neighbours come most similar first: none further on can reach the top
            }
            AuthorityProfile peer = peers.get(neighbour.authority());
            if (peer == null || read.merge(neighbour.authority(), 1, Integer::sum) > PER_AUTHORITY) {
                continue;
            }
            Evidence other = readers.get().read(neighbour.doc(), false);
            Set<String> otherTerms = alignment.terms(other.text());
            // Always the share of the need's wording that the strength covers.
            double aligned = ownLabel == Label.IMPROVEMENT ? alignment.coverage(ownTerms, otherTerms)
                    : alignment.coverage(otherTerms, ownTerms);
            Candidate candidate = new Candidate(other, peer, neighbour.similarity(), aligned, ownLabel == Label.IMPROVEMENT
                    ? scorer.score(own, other, peer, neighbour.similarity(), aligned)
                    : scorer.score(other, own, authority, neighbour.similarity(), aligned));
            bestPerAuthority.merge(other.authority(), candidate, (a, b) -> a.score() >= b.score() ? a : b);
        }
        return bestPerAuthority.values().stream()
                .sorted(Comparator.comparingDouble(Candidate::score).reversed())
                .limit(top)
                .map(c -> {
                    // Reasons are written only for the matches kept.
                    Match match = ownLabel == Label.IMPROVEMENT
                            ? scorer.match(own, c.statement(), c.peer(), c.similarity(), c.alignment())
                            : scorer.match(c.statement(), own, authority, c.similarity(), c.alignment());
                    return new Match(c.statement(), match.score(), match.grade(), match.why());
                })
                .toList();
    }

    /** A scored statement of one peer, before its reasons are written. */
    private record Candidate(Evidence statement, AuthorityProfile peer, double similarity, double alignment, double score) {
    }

    private static double kthBest(Map<String, Candidate> candidates, int k) {
        return candidates.values().stream().mapToDouble(Candidate::score).map(score -> -score).sorted()
                .skip(k - 1).findFirst().orElse(Double.NEGATIVE_INFINITY) * -1;
    }

    /**
     * Matchable statements with this label in the current documents of these authorities, and in
     * their current reflections in notes that many authorities share (a peer challenge's "RBWM would
     * like to improve ...": the notes are no one authority's document, the reflection is its own).
     */
    private static Query statementsOf(List<AuthorityProfile> authorities, Label label, Integer sinceYear) {
        List<BytesRef> docIds = new ArrayList<>();
        BooleanQuery.Builder whose = new BooleanQuery.Builder();
        for (AuthorityProfile profile : authorities) {
            profile.currentDocumentIds(sinceYear).forEach(id -> docIds.add(new BytesRef(id)));
            String from = profile.currentFrom(sinceYear);
            BooleanQuery.Builder reflections = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Schema.SPEAKER_KEY, Schema.key(profile.name()))), Occur.FILTER);
            if (!from.isEmpty()) {
                reflections.add(IntPoint.newRangeQuery(Schema.YEAR, Integer.parseInt(from.substring(0, 4)), Integer.MAX_VALUE),
                        Occur.FILTER);
            }
            whose.add(reflections.build(), Occur.SHOULD);
        }
        whose.add(new TermInSetQuery(Schema.DOC_ID, docIds), Occur.SHOULD);
        return new BooleanQuery.Builder()
                .add(Matchable.statements(label), Occur.FILTER)
                .add(whose.build(), Occur.FILTER)
                .build();
    }
}
