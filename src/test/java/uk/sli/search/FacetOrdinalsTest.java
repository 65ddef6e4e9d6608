package uk.sli.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class FacetOrdinalsTest {

    private static final String[] DIMENSIONS = {"authority", "theme", "year", "never-indexed"};

    @Test
    void countsAndOrderAreLucenes() throws Exception {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued("theme", true);
        Random random = new Random(11);
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                for (int i = 0; i < 600; i++) {
                    Document doc = new Document();
                    doc.add(new StringField("word", "w" + random.nextInt(5), Field.Store.NO));
                    if (i % 10 != 0) { // some entries have no facets at all
                        doc.add(new SortedSetDocValuesFacetField("authority", "Council " + random.nextInt(30)));
                        doc.add(new SortedSetDocValuesFacetField("year", String.valueOf(2015 + random.nextInt(8))));
                        for (int t = 0; t < 1 + random.nextInt(3); t++) {
                            doc.add(new SortedSetDocValuesFacetField("theme", "theme-" + random.nextInt(12)));
                        }
                    }
                    writer.addDocument(config.build(doc));
                    if (i % 200 == 199) {
                        writer.commit(); // several segments, so ordinals are global
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config);
                FacetOrdinals ordinals = FacetOrdinals.read(state);
                for (Query query : List.of(new MatchAllDocsQuery(), new TermQuery(new Term("word", "w1")),
                        new TermQuery(new Term("word", "none")))) {
                    FacetsCollector hits = FacetsCollectorManager.search(searcher, query, 1, new FacetsCollectorManager())
                            .facetsCollector();
                    SortedSetDocValuesFacetCounts lucene = new SortedSetDocValuesFacetCounts(state, hits);
                    int[] counts = ordinals.count(hits);
                    for (String dimension : DIMENSIONS) {
                        assertEquals(expected(lucene, dimension), ordinals.top(counts, dimension, 10),
                                dimension + " for " + query);
                    }
                }
            }
        }
    }

    private static List<FacetCount> expected(SortedSetDocValuesFacetCounts lucene, String dimension) throws Exception {
        FacetResult result;
        try {
            result = lucene.getTopChildren(10, dimension);
        } catch (IllegalArgumentException neverIndexed) {
            return List.of();
        }
        List<FacetCount> counts = new ArrayList<>();
        if (result != null) {
            for (LabelAndValue value : result.labelValues) {
                counts.add(new FacetCount(value.label, value.value.intValue()));
            }
        }
        return counts;
    }
}
