package uk.sli.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): each ranking gives a document
 * 1 / (k + rank). It needs no score calibration between BM25 and cosine similarity, which live on
 * different scales, and k = 60 is the value the paper found robust.
 */
public final class ReciprocalRankFusion {

    static final int K = 60;

    private ReciprocalRankFusion() {
    }

    /** The best {@code limit} documents of the fused rankings, with their fused scores; ties keep first-seen order. */
    public static ScoreDoc[] fuse(List<TopDocs> rankings, int limit) {
        Map<Integer, Float> scores = new LinkedHashMap<>();
        for (TopDocs ranking : rankings) {
            for (int rank = 0; rank < ranking.scoreDocs.length; rank++) {
                scores.merge(ranking.scoreDocs[rank].doc, 1f / (K + rank + 1), Float::sum);
            }
        }
        List<ScoreDoc> fused = new ArrayList<>();
        scores.forEach((doc, score) -> fused.add(new ScoreDoc(doc, score)));
        fused.sort(Comparator.comparingDouble((ScoreDoc d) -> d.score).reversed());
        return fused.subList(0, Math.min(limit, fused.size())).toArray(ScoreDoc[]::new);
    }
}
