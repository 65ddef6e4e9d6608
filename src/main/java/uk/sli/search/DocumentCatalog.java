package uk.sli.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import uk.sli.index.DocumentMapper;
import uk.sli.index.Schema;
import uk.sli.model.Judgement;
import uk.sli.model.Section;

/** Lists the indexed documents and reads back one document's structure. */
public final class DocumentCatalog {

    /** What a row shows: everything stored but the document's structure, the bulk of its bytes. */
    private static final Set<String> ROW_FIELDS = rowFields();

    private final IndexReading index;

    public DocumentCatalog(IndexReading index) {
        this.index = index;
    }

    /** Documents matching the filters, ordered by authority, then date. */
    public List<DocumentRow> list(Filters filters) throws IOException {
        List<DocumentRow> rows = new ArrayList<>();
        for (Document doc : find(filters.apply(new MatchAllDocsQuery(), Schema.KIND_DOCUMENT), ROW_FIELDS)) {
            rows.add(row(doc));
        }
        rows.sort(Comparator.comparing((DocumentRow r) -> r.authority() == null ? "\uffff" : r.authority())
                .thenComparing(r -> r.date() == null ? "" : r.date())
                .thenComparing(DocumentRow::path));
        return rows;
    }

    /** A document by its id or its path (as listed by {@code sli docs}). */
    public Optional<DocumentView> show(String idOrPath) throws IOException {
        BooleanQuery query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_DOCUMENT)), Occur.FILTER)
                .add(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(Schema.DOC_ID, idOrPath)), Occur.SHOULD)
                        .add(new TermQuery(new Term(Schema.PATH, idOrPath)), Occur.SHOULD)
                        .build(), Occur.MUST)
                .build();
        List<Document> found = find(query, null);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Document doc = found.get(0);
        return Optional.of(new DocumentView(row(doc), DocumentMapper.structure(doc)));
    }

    /** The tags of a document's statements, by their place in it (ordinal). */
    public Map<Integer, StatementTags> tags(String id) throws IOException {
        BooleanQuery query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_STATEMENT)), Occur.FILTER)
                .add(new TermQuery(new Term(Schema.DOC_ID, id)), Occur.FILTER)
                .build();
        Map<Integer, StatementTags> tags = new HashMap<>();
        for (Document doc : find(query, TAG_FIELDS)) {
            var confidence = doc.getField(Schema.CONFIDENCE);
            tags.put(doc.getField(Schema.ORDINAL).numericValue().intValue(), new StatementTags(doc.get(Schema.LABEL),
                    confidence == null ? 0 : confidence.numericValue().doubleValue(), List.of(doc.getValues(Schema.THEMES)),
                    doc.get(Schema.CUES)));
        }
        return tags;
    }

    /** A statement's label, confidence, themes (primary first) and the cue that decided, as stored. */
    public record StatementTags(String label, double confidence, List<String> themes, String cue) {
    }

    private static final Set<String> TAG_FIELDS = Set.of(Schema.ORDINAL, Schema.LABEL, Schema.CONFIDENCE, Schema.THEMES,
            Schema.CUES);

    /** @param fields the stored fields to load, or null for all */
    private List<Document> find(Query query, Set<String> fields) throws IOException {
        TopDocs top = index.searcher().search(query, Math.max(1, index.searcher().count(query)));
        StoredFields stored = index.storedFields();
        List<Document> docs = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            docs.add(fields == null ? stored.document(hit.doc) : stored.document(hit.doc, fields));
        }
        return docs;
    }

    private static DocumentRow row(Document doc) {
        Map<String, String> grades = new LinkedHashMap<>();
        DocumentMapper.grades(doc).forEach((judgement, grade) -> grades.put(judgement.key(), grade));
        return new DocumentRow(doc.get(Schema.DOC_ID), doc.get(Schema.PATH), doc.get(Schema.TYPE), doc.get(Schema.TITLE),
                doc.get(Schema.AUTHORITY), doc.get(Schema.AUTHORITY_CODE), doc.get(Schema.REGION),
                List.of(doc.getValues(Schema.NEIGHBOURS)), doc.get(Schema.DATE),
                doc.get(Schema.INSPECTION_START), doc.get(Schema.INSPECTION_END),
                intValue(doc, Schema.PAGES), intValue(doc, Schema.SENTENCE_COUNT), grades);
    }

    private static Set<String> rowFields() {
        Set<String> fields = new HashSet<>(Set.of(Schema.DOC_ID, Schema.PATH, Schema.TYPE, Schema.TITLE, Schema.AUTHORITY,
                Schema.AUTHORITY_CODE, Schema.REGION, Schema.NEIGHBOURS, Schema.DATE, Schema.INSPECTION_START,
                Schema.INSPECTION_END, Schema.PAGES, Schema.SENTENCE_COUNT));
        for (Judgement judgement : Judgement.values()) {
            fields.add(Schema.gradeField(judgement));
        }
        return Set.copyOf(fields);
    }

    private static int intValue(Document doc, String field) {
        var value = doc.getField(field);
        return value == null ? 0 : value.numericValue().intValue();
    }

    /** A document's metadata and structure. */
    public record DocumentView(DocumentRow row, List<Section> sections) {
    }
}
