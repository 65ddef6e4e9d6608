package uk.sli.search;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import uk.sli.index.Schema;

/**
 * Restrictions shared by {@code search} and {@code docs}; null means "any".
 *
 * @param authorities canonical authority names; matches a document about any of them, or a section that
 *     mentions one (an alias can name several, e.g. a trust serving two councils); empty means any
 * @param region region name
 * @param type document type id
 * @param fromYear first year, inclusive
 * @param toYear last year, inclusive
 * @param label statement label id (statements only)
 * @param theme theme id, primary or secondary (statements only)
 * @param framework framework code such as O3 or E2 (statements only)
 * @param grade the overall-effectiveness grade of the document, as printed ("requires improvement")
 */
public record Filters(List<String> authorities, String region, String type, Integer fromYear, Integer toYear,
                      String label, String theme, String framework, String grade) {

    public static final Filters NONE = new Filters(List.of(), null, null, null, null, null, null, null, null);

    public Filters {
        authorities = List.copyOf(authorities);
    }

    /** The same document filters, narrowed to statements with this label, theme and framework code (null: any). */
    public Filters withStatements(String label, String theme, String framework) {
        return new Filters(authorities, region, type, fromYear, toYear, label, theme, framework, grade);
    }

    /** Adds these filters, as non-scoring clauses, to a query for one kind of Lucene document. */
    public Query apply(Query query, String kind) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (kind != null) {
            builder.add(new TermQuery(new Term(Schema.KIND, kind)), Occur.FILTER);
        }
        if (!authorities.isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String authority : authorities) {
                String key = Schema.key(authority);
                any.add(new TermQuery(new Term(Schema.AUTHORITY_KEY, key)), Occur.SHOULD)
                        .add(new TermQuery(new Term(Schema.MENTIONS_KEY, key)), Occur.SHOULD);
            }
            builder.add(any.build(), Occur.FILTER);
        }
        if (region != null) {
            builder.add(new TermQuery(new Term(Schema.REGION_KEY, Schema.key(region))), Occur.FILTER);
        }
        if (type != null) {
            builder.add(new TermQuery(new Term(Schema.TYPE, type)), Occur.FILTER);
        }
        addTerm(builder, Schema.LABEL, label);
        addTerm(builder, Schema.THEMES, theme);
        addTerm(builder, Schema.FRAMEWORK, framework);
        addTerm(builder, Schema.GRADE, grade);
        if (fromYear != null || toYear != null) {
            int from = fromYear == null ? Integer.MIN_VALUE : fromYear;
            int to = toYear == null ? Integer.MAX_VALUE : toYear;
            builder.add(IntPoint.newRangeQuery(Schema.YEAR, from, to), Occur.FILTER);
        }
        return builder.build();
    }

    /**
     * As {@link #apply} to statements, leaving the kind out when the query implies it: only statements
     * have text, so a query that needs a word of text matches statements alone, and intersecting every
     * hit with the list of all statements (most of the index) was a third of a search's cost.
     */
    public Query applyToStatements(Query query) {
        return apply(query, needsText(query) ? null : Schema.KIND_STATEMENT);
    }

    /** Whether every entry the query matches has a term in the statement text. */
    static boolean needsText(Query query) {
        if (query instanceof BoostQuery boost) {
            return needsText(boost.getQuery());
        }
        if (query instanceof BooleanQuery bool) {
            List<BooleanClause> required = bool.clauses().stream().filter(BooleanClause::isRequired).toList();
            if (!required.isEmpty()) {
                return required.stream().anyMatch(c -> needsText(c.getQuery()));
            }
            // With nothing required, an entry must match one of the optional clauses.
            List<BooleanClause> optional = bool.clauses().stream().filter(c -> c.getOccur() == Occur.SHOULD).toList();
            return !optional.isEmpty() && optional.stream().allMatch(c -> needsText(c.getQuery()));
        }
        String field = query instanceof TermQuery term ? term.getTerm().field()
                : query instanceof PhraseQuery phrase ? phrase.getField()
                : query instanceof MultiTermQuery multi ? multi.getField()
                : null;
        return Schema.TEXT.equals(field);
    }

    private static void addTerm(BooleanQuery.Builder builder, String field, String value) {
        if (value != null) {
            builder.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }
}
