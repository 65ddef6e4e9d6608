package uk.sli.match;

import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import uk.sli.index.Schema;
import uk.sli.model.Label;

/**
 * Which statements can be a need or an offer: those the tagger labelled with confidence, and that
 * say what practice or problem they are about without the sentences around them. A doubtful label
 * or a sentence that leans on its neighbours ("This has led to drift.") would be a need nobody can
 * act on, or an offer nobody can follow.
 */
public final class Matchable {

    /**
     * The least label confidence of a need or an offer. On the Ofsted dev set, strengths and
     * improvements labelled with at least this confidence are right 0.97 of the time (against 0.61-0.77
     * between 0.6 and 0.9), and the improvements among them that stand alone are improvements or
     * mixed 0.985 of the time (0.964 from 0.6); most labels are this confident, so few needs are lost.
     */
    public static final double MIN_CONFIDENCE = 0.9;

    private Matchable() {
    }

    /** The statements with this label that can be matched. */
    static Query statements(Label label) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_STATEMENT)), Occur.FILTER)
                .add(new TermQuery(new Term(Schema.LABEL, label.id())), Occur.FILTER)
                .add(DoublePoint.newRangeQuery(Schema.CONFIDENCE, MIN_CONFIDENCE, Double.POSITIVE_INFINITY), Occur.FILTER)
                .add(new TermQuery(new Term(Schema.LEANS, Schema.YES)), Occur.MUST_NOT)
                .build();
    }
}
