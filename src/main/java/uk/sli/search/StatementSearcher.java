package uk.sli.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import uk.sli.index.Schema;
import uk.sli.nlp.SentenceEmbedder;

/**
 * Search over statements, with Lucene query syntax, filters, highlighted snippets and facet counts:
 * BM25 alone, or hybrid, where BM25 and the nearest statements by sentence embedding are fused by
 * reciprocal rank, so that a query finds statements that say the same thing in other words.
 */
public final class StatementSearcher {

    public static final String MARK_START = "\u0002";
    public static final String MARK_END = "\u0003";
    private static final String[] FACET_DIMENSIONS = {Schema.FACET_AUTHORITY, Schema.FACET_REGION, Schema.FACET_TYPE,
        Schema.FACET_YEAR, Schema.FACET_LABEL, Schema.FACET_THEME, Schema.FACET_FRAMEWORK, Schema.FACET_GRADE};
    private static final int FACET_VALUES = 10;
    /** How deep each ranking goes before fusion. */
    private static final int FUSION_DEPTH = 100;

    private final IndexReading index;
    private final Analyzer analyzer = Schema.analyzer();

    public StatementSearcher(IndexReading index) {
        this.index = index;
    }

    /** BM25 search. */
    public SearchResult search(String queryText, Filters filters, int limit) throws QuerySyntaxException, IOException {
        Query query = filters.applyToStatements(parse(queryText));
        FacetsCollectorManager.FacetsResult result =
                FacetsCollectorManager.search(index.searcher(), query, Math.max(1, limit), new FacetsCollectorManager());
        TopDocs top = result.topDocs();
        return new SearchResult(top.totalHits.value, hits(query, top.scoreDocs), facets(result));
    }

    /**
     * Hybrid search: the {@value #FUSION_DEPTH} best by BM25 and the {@value #FUSION_DEPTH} nearest by
     * embedding (among embedded statements: strengths, improvements, mixed), each within the filters,
     * fused by reciprocal rank. Facets and the total count cover both lists. A query that is not valid
     * Lucene syntax is still a valid question here, so it is taken as plain words.
     */
    public SearchResult semanticSearch(String queryText, Filters filters, int limit) throws QuerySyntaxException, IOException {
        Query lexical = filters.applyToStatements(parseOrQuote(queryText));
        Query nearest = new KnnFloatVectorQuery(Schema.EMBEDDING, SentenceEmbedder.get().embed(queryText), FUSION_DEPTH,
                filters.apply(new MatchAllDocsQuery(), Schema.KIND_STATEMENT));
        IndexSearcher searcher = index.searcher();
        nearest = searcher.rewrite(nearest);
        TopDocs byWords = searcher.search(lexical, FUSION_DEPTH);
        TopDocs byMeaning = searcher.search(nearest, FUSION_DEPTH);
        Query either = new BooleanQuery.Builder().add(lexical, Occur.SHOULD).add(nearest, Occur.SHOULD).build();
        FacetsCollectorManager.FacetsResult all = FacetsCollectorManager.search(searcher, either, 1, new FacetsCollectorManager());
        ScoreDoc[] fused = ReciprocalRankFusion.fuse(List.of(byWords, byMeaning), Math.max(1, limit));
        return new SearchResult(all.topDocs().totalHits.value, hits(lexical, fused), facets(all));
    }

    private List<Hit> hits(Query query, ScoreDoc[] scoreDocs) throws IOException {
        StoredFields stored = index.storedFields();
        Document[] docs = new Document[scoreDocs.length];
        int[] docIds = new int[scoreDocs.length];
        Map<Integer, String> texts = new HashMap<>();
        for (int i = 0; i < scoreDocs.length; i++) {
            docIds[i] = scoreDocs[i].doc;
            docs[i] = stored.document(docIds[i]);
            texts.put(docIds[i], docs[i].get(Schema.TEXT));
        }
        String[] snippets = index.derived(StatementHighlighter.class, StatementSearcher::highlighter)
                .highlight(query, docIds, texts);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < scoreDocs.length; i++) {
            Document doc = docs[i];
            String text = texts.get(docIds[i]);
            hits.add(new Hit(text, snippets[i] == null ? text : snippets[i], doc.get(Schema.AUTHORITY),
                    doc.get(Schema.TYPE), doc.get(Schema.DATE), doc.get(Schema.PATH),
                    doc.getField(Schema.PAGE).numericValue().intValue(), doc.get(Schema.PARAGRAPH),
                    doc.get(Schema.SECTION), scoreDocs[i].score, doc.get(Schema.LABEL), confidence(doc),
                    List.of(doc.getValues(Schema.THEMES)), List.of(doc.getValues(Schema.FRAMEWORK)),
                    doc.get(Schema.DOC_ID), doc.getField(Schema.ORDINAL).numericValue().intValue()));
        }
        return hits;
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

    private Query parseOrQuote(String queryText) throws QuerySyntaxException {
        try {
            return parse(queryText);
        } catch (QuerySyntaxException e) {
            return parse(QueryParser.escape(queryText));
        }
    }

    /** One per reading, shared: building one reads every segment's field infos, and concurrent builds queue on them. */
    private static StatementHighlighter highlighter(IndexReading index) {
        return new StatementHighlighter(UnifiedHighlighter.builder(index.searcher(), Schema.analyzer())
                .withFormatter(new DefaultPassageFormatter(MARK_START, MARK_END, "…", false))
                // A statement is one sentence: it is the passage, whole, and there is nothing to rank. Ranking
                // passages (re-indexing each hit in memory, hashing each passage's terms) was most of a
                // search's allocation under load.
                .withBreakIterator(WholeBreakIterator::new)
                .withScorer(new OnePassage())
                .withPassageRelevancyOverSpeed(false));
    }

    /**
     * Highlights statements whose texts the search has already read: the stock highlighter reads
     * them again, through a new stored-fields reader with new buffers, so each hit was decompressed
     * twice and the buffers were a third of a search's garbage under load.
     */
    private static final class StatementHighlighter extends UnifiedHighlighter {

        /** The texts of the search under way on this thread, by document number. */
        private final ThreadLocal<Map<Integer, String>> texts = new ThreadLocal<>();

        StatementHighlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        /** The statements' texts, highlighted in the order of {@code docIds} (null where nothing matched). */
        String[] highlight(Query query, int[] docIds, Map<Integer, String> texts) throws IOException {
            this.texts.set(texts);
            try {
                return highlightFields(new String[] {Schema.TEXT}, query, docIds, new int[] {1}).get(Schema.TEXT);
            } finally {
                this.texts.remove();
            }
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            Map<Integer, String> known = texts.get();
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                values.add(new CharSequence[] {known.get(doc)});
            }
            return values;
        }
    }

    /** Scores every passage alike: with one passage a statement, scoring it would only cost. */
    private static final class OnePassage extends PassageScorer {
        @Override
        public float score(Passage passage, int contentLength) {
            return 1;
        }
    }

    private Map<String, List<FacetCount>> facets(FacetsCollectorManager.FacetsResult result) throws IOException {
        Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
        Optional<FacetOrdinals> ordinals = index.facetOrdinals();
        if (ordinals.isEmpty()) {
            return counts;
        }
        int[] hits = ordinals.get().count(result.facetsCollector());
        for (String dimension : FACET_DIMENSIONS) {
            counts.put(dimension, ordinals.get().top(hits, dimension, FACET_VALUES));
        }
        return counts;
    }

    private static double confidence(Document doc) {
        var field = doc.getField(Schema.CONFIDENCE);
        return field == null ? 0 : field.numericValue().doubleValue();
    }
}
