package uk.sli.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import uk.sli.index.Schema;

/** BM25 search over statements, with Lucene query syntax, filters, highlighted snippets and facet counts. */
public final class StatementSearcher {

    public static final String MARK_START = "\u0002";
    public static final String MARK_END = "\u0003";
    private static final String[] FACET_DIMENSIONS = {Schema.FACET_AUTHORITY, Schema.FACET_REGION, Schema.FACET_TYPE,
        Schema.FACET_YEAR, Schema.FACET_LABEL, Schema.FACET_THEME, Schema.FACET_FRAMEWORK};
    private static final int FACET_VALUES = 10;

    private final IndexReading index;
    private final Analyzer analyzer = Schema.analyzer();

    public StatementSearcher(IndexReading index) {
        this.index = index;
    }

    public SearchResult search(String queryText, Filters filters, int limit) throws QuerySyntaxException, IOException {
        Query query = filters.apply(parse(queryText), Schema.KIND_STATEMENT);
        IndexSearcher searcher = index.searcher();
        FacetsCollectorManager.FacetsResult result =
                FacetsCollectorManager.search(searcher, query, Math.max(1, limit), new FacetsCollectorManager());
        TopDocs top = result.topDocs();
        String[] snippets = highlighter(searcher).highlight(Schema.TEXT, query, top, 1);
        StoredFields stored = index.reader().storedFields();
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc scoreDoc = top.scoreDocs[i];
            Document doc = stored.document(scoreDoc.doc);
            String text = doc.get(Schema.TEXT);
            hits.add(new Hit(text, snippets[i] == null ? text : snippets[i], doc.get(Schema.AUTHORITY),
                    doc.get(Schema.TYPE), doc.get(Schema.DATE), doc.get(Schema.PATH),
                    doc.getField(Schema.PAGE).numericValue().intValue(), doc.get(Schema.PARAGRAPH),
                    doc.get(Schema.SECTION), scoreDoc.score, doc.get(Schema.LABEL), confidence(doc),
                    List.of(doc.getValues(Schema.THEMES)), List.of(doc.getValues(Schema.FRAMEWORK))));
        }
        return new SearchResult(top.totalHits.value, hits, facets(result));
    }

    private Query parse(String queryText) throws QuerySyntaxException {
        if (queryText == null || queryText.isBlank()) {
            throw new QuerySyntaxException("the query is empty");
        }
        try {
            return new QueryParser(Schema.TEXT, analyzer).parse(queryText);
        } catch (ParseException | IllegalArgumentException e) {
            String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("cannot parse");
            throw new QuerySyntaxException("cannot parse query '" + queryText + "': " + first);
        }
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(MARK_START, MARK_END, "…", false))
                .withMaxLength(10_000)
                .build();
    }

    private Map<String, List<FacetCount>> facets(FacetsCollectorManager.FacetsResult result) throws IOException {
        Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(index.reader(), Schema.facetsConfig());
        } catch (IllegalArgumentException noFacetsIndexed) {
            return counts;
        }
        Facets facets = new SortedSetDocValuesFacetCounts(state, result.facetsCollector());
        for (String dimension : FACET_DIMENSIONS) {
            List<FacetCount> values = new ArrayList<>();
            FacetResult top = topChildren(facets, dimension);
            if (top != null) {
                for (LabelAndValue lv : top.labelValues) {
                    values.add(new FacetCount(lv.label, lv.value.intValue()));
                }
            }
            counts.put(dimension, values);
        }
        return counts;
    }

    private static FacetResult topChildren(Facets facets, String dimension) throws IOException {
        try {
            return facets.getTopChildren(FACET_VALUES, dimension);
        } catch (IllegalArgumentException dimensionNeverIndexed) {
            return null;
        }
    }

    private static double confidence(Document doc) {
        var field = doc.getField(Schema.CONFIDENCE);
        return field == null ? 0 : field.numericValue().doubleValue();
    }
}
