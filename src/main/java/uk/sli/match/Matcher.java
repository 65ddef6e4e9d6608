package uk.sli.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
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
 * current strengths, or the reverse. For each statement the nearest candidates by embedding are
 * fetched within the peers' current documents, scored ({@link MatchScorer}), and the best of each
 * other authority kept, so that one prolific report cannot fill the list.
 */
public final class Matcher {

    /** Nearest statements fetched per need before scoring; enough to leave several authorities after grouping. */
    static final int CANDIDATES = 60;

    private final IndexReading index;
    private final EvidenceReader reader;
    private final MatchScorer scorer;

    public Matcher(IndexReading index, MatchScorer scorer) throws IOException {
        this.index = index;
        this.reader = new EvidenceReader(index);
        this.scorer = scorer;
    }

    /** The authority's current needs, each with the best strength of up to {@code top} peers. */
    public List<NeedMatches> needs(AuthorityProfile authority, List<AuthorityProfile> peers, Integer sinceYear, int top)
            throws IOException {
        return match(authority, Label.IMPROVEMENT, peers, Label.STRENGTH, sinceYear, top);
    }

    /** The authority's current strengths, each with the needs of up to {@code top} peers it could meet. */
    public List<NeedMatches> offers(AuthorityProfile authority, List<AuthorityProfile> peers, Integer sinceYear, int top)
            throws IOException {
        return match(authority, Label.STRENGTH, peers, Label.IMPROVEMENT, sinceYear, top);
    }

    /** The authority's current statements with this label, embedded, in document order, each text once. */
    public List<Evidence> statements(AuthorityProfile authority, Label label, Integer sinceYear) throws IOException {
        Query query = statementsOf(List.of(authority), label, sinceYear);
        ScoreDoc[] hits = index.searcher().search(query, Math.max(1, index.reader().maxDoc())).scoreDocs;
        int[] docs = Arrays.stream(hits).mapToInt(h -> h.doc).sorted().toArray();
        Set<String> seen = new HashSet<>();
        List<Evidence> statements = new ArrayList<>();
        for (int doc : docs) {
            Evidence evidence = reader.read(doc);
            if (evidence.embedding() != null && seen.add(evidence.text())) {
                statements.add(evidence);
            }
        }
        return statements;
    }

    private List<NeedMatches> match(AuthorityProfile authority, Label ownLabel, List<AuthorityProfile> peers,
                                    Label peerLabel, Integer sinceYear, int top) throws IOException {
        List<AuthorityProfile> others = peers.stream().filter(p -> !p.name().equals(authority.name())).toList();
        Query candidates = statementsOf(others, peerLabel, sinceYear);
        Map<String, AuthorityProfile> byName = new LinkedHashMap<>();
        others.forEach(p -> byName.put(p.name(), p));
        List<NeedMatches> results = new ArrayList<>();
        for (Evidence own : statements(authority, ownLabel, sinceYear)) {
            results.add(new NeedMatches(own, best(own, ownLabel, candidates, byName, authority, top)));
        }
        return results;
    }

    private List<Match> best(Evidence own, Label ownLabel, Query candidates, Map<String, AuthorityProfile> peers,
                             AuthorityProfile authority, int top) throws IOException {
        if (peers.isEmpty()) {
            return List.of();
        }
        ScoreDoc[] nearest = index.searcher().search(
                new KnnFloatVectorQuery(Schema.EMBEDDING, own.embedding(), CANDIDATES, candidates), CANDIDATES).scoreDocs;
        Map<String, Match> bestPerAuthority = new LinkedHashMap<>();
        for (ScoreDoc hit : nearest) {
            Evidence other = reader.read(hit.doc);
            AuthorityProfile peer = peers.get(other.authority());
            if (peer == null) {
                continue;
            }
            // Lucene scores a dot-product neighbour (1 + cosine) / 2.
            double similarity = 2 * hit.score - 1;
            Match match = ownLabel == Label.IMPROVEMENT
                    ? scorer.score(own, other, peer, similarity)
                    : scorer.score(other, own, authority, similarity);
            Match offered = new Match(other, match.score(), match.grade(), match.why());
            bestPerAuthority.merge(other.authority(), offered, (a, b) -> a.score() >= b.score() ? a : b);
        }
        List<Match> ranked = new ArrayList<>(bestPerAuthority.values());
        ranked.sort(Comparator.comparingDouble(Match::score).reversed());
        return ranked.subList(0, Math.min(top, ranked.size()));
    }

    /** Embedded statements with this label in the current documents of these authorities. */
    private static Query statementsOf(List<AuthorityProfile> authorities, Label label, Integer sinceYear) {
        List<BytesRef> docIds = new ArrayList<>();
        for (AuthorityProfile profile : authorities) {
            profile.currentDocumentIds(sinceYear).forEach(id -> docIds.add(new BytesRef(id)));
        }
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_STATEMENT)), Occur.FILTER)
                .add(new TermQuery(new Term(Schema.LABEL, label.id())), Occur.FILTER)
                .add(new TermInSetQuery(Schema.DOC_ID, docIds), Occur.FILTER)
                .build();
    }
}
