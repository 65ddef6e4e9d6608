package uk.sli.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.junit.jupiter.api.Test;

class ReciprocalRankFusionTest {

    private static TopDocs ranking(int... docs) {
        ScoreDoc[] scoreDocs = Arrays.stream(docs).mapToObj(d -> new ScoreDoc(d, 1f)).toArray(ScoreDoc[]::new);
        return new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), scoreDocs);
    }

    @Test
    void aDocumentBothRankingsPlaceWellBeatsOneThatOnlyOneRanksFirst() {
        ScoreDoc[] fused = ReciprocalRankFusion.fuse(List.of(ranking(1, 2, 3), ranking(2, 4, 1)), 4);
        assertArrayEquals(new int[] {2, 1, 4, 3}, Arrays.stream(fused).mapToInt(d -> d.doc).toArray());
    }

    @Test
    void keepsOnlyTheLimit() {
        assertArrayEquals(new int[] {7}, Arrays.stream(ReciprocalRankFusion.fuse(List.of(ranking(7, 8)), 1))
                .mapToInt(d -> d.doc).toArray());
    }
}
