package uk.sli.themes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import uk.sli.index.Schema;
import uk.sli.model.Section;
import uk.sli.search.DocumentCatalog;
import uk.sli.search.Filters;
import uk.sli.search.IndexReading;

/** Reads every statement matching the filters from the index, in document order. */
public final class StatementLoader {

    private static final Set<String> FIELDS = Set.of(Schema.DOC_ID, Schema.PATH, Schema.TYPE, Schema.AUTHORITY,
            Schema.YEAR, Schema.ORDINAL, Schema.PAGE, Schema.PARAGRAPH, Schema.SECTION, Schema.TEXT, Schema.LABEL,
            Schema.CONFIDENCE, Schema.THEMES, Schema.EVENT, Schema.EVENT_AUTHORITY, Schema.SPEAKER);

    private final IndexReading index;

    public StatementLoader(IndexReading index) {
        this.index = index;
    }

    /**
     * @param documents ids or paths of documents to keep to; empty for all
     * @param eventsOnly true to keep to the notes of peer-challenge events
     * @param part the name of a part of each document to keep to ("Appendix 3"), or null for all of it
     */
    public List<ThemedStatement> load(Filters filters, List<String> documents, boolean eventsOnly, String part)
            throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
        if (!documents.isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String document : documents) {
                any.add(new TermQuery(new Term(Schema.DOC_ID, document)), Occur.SHOULD)
                        .add(new TermQuery(new Term(Schema.PATH, document)), Occur.SHOULD);
            }
            query.add(any.build(), Occur.FILTER);
        }
        List<Positioned> found = new ArrayList<>();
        index.searcher().search(filters.apply(query.build(), Schema.KIND_STATEMENT), new SimpleCollector() {
            private StoredFields stored;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                stored = context.reader().storedFields();
            }

            @Override
            public void collect(int doc) throws IOException {
                Document d = stored.document(doc, FIELDS);
                found.add(new Positioned(d.get(Schema.DOC_ID), d.get(Schema.PATH),
                        d.getField(Schema.ORDINAL).numericValue().intValue(), statement(d)));
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        found.sort(Comparator.comparing(Positioned::path).thenComparingInt(Positioned::ordinal));
        Map<String, int[]> parts = part == null ? Map.of() : parts(found, part);
        return found.stream()
                .filter(p -> part == null || within(parts.get(p.docId()), p.ordinal()))
                .map(Positioned::statement)
                .filter(s -> !eventsOnly || s.event() != null)
                .toList();
    }

    private Map<String, int[]> parts(List<Positioned> found, String part) throws IOException {
        DocumentCatalog catalog = new DocumentCatalog(index);
        Map<String, int[]> ranges = new HashMap<>();
        for (String id : found.stream().map(Positioned::docId).distinct().toList()) {
            List<Section> sections = catalog.show(id).map(DocumentCatalog.DocumentView::sections).orElse(List.of());
            ranges.put(id, DocumentPart.ordinals(sections, part));
        }
        return ranges;
    }

    private static boolean within(int[] range, int ordinal) {
        return ordinal >= range[0] && ordinal < range[1];
    }

    private static ThemedStatement statement(Document d) {
        IndexableField year = d.getField(Schema.YEAR);
        IndexableField confidence = d.getField(Schema.CONFIDENCE);
        return new ThemedStatement(d.get(Schema.DOC_ID), d.get(Schema.PATH), d.get(Schema.TYPE), d.get(Schema.AUTHORITY),
                year == null ? null : year.numericValue().intValue(),
                d.getField(Schema.PAGE).numericValue().intValue(), d.get(Schema.PARAGRAPH), d.get(Schema.SECTION),
                d.get(Schema.TEXT), d.get(Schema.LABEL), confidence == null ? 0 : confidence.numericValue().doubleValue(),
                Arrays.asList(d.getValues(Schema.THEMES)), d.get(Schema.EVENT),
                Arrays.asList(d.getValues(Schema.EVENT_AUTHORITY)), d.get(Schema.SPEAKER));
    }

    private record Positioned(String docId, String path, int ordinal, ThemedStatement statement) {
    }
}
