package uk.sli.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.VectorSimilarityFunction;
import uk.sli.model.Authority;
import uk.sli.model.Grade;
import uk.sli.model.Judgement;
import uk.sli.model.Paragraph;
import uk.sli.model.PeerChallengePart;
import uk.sli.model.Section;
import uk.sli.model.Sentence;
import uk.sli.model.StatementTag;
import uk.sli.tag.TaggedDocument;
import uk.sli.tag.TaggedStatement;

/** Turns one understood document into the Lucene documents that represent it: itself, then its statements. */
public final class DocumentMapper {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final FacetsConfig facets = Schema.facetsConfig();

    public List<Document> toLucene(TaggedDocument tagged) throws IOException {
        uk.sli.model.Document source = tagged.document();
        List<Document> out = new ArrayList<>();
        out.add(facets.build(documentLevel(source, tagged.taggedBy())));
        int ordinal = 0;
        for (TaggedStatement statement : tagged.statements()) {
            out.add(facets.build(statement(source, statement, ordinal++)));
        }
        return out;
    }

    private Document documentLevel(uk.sli.model.Document source, String taggedBy) throws JsonProcessingException {
        Document doc = new Document();
        shared(doc, source, Schema.KIND_DOCUMENT);
        doc.add(new StoredField(Schema.CONTENT_HASH, source.contentHash()));
        doc.add(new StoredField(Schema.TAGGED_BY, taggedBy));
        doc.add(new StoredField(Schema.MEDIA_TYPE, source.mediaType()));
        doc.add(new TextField(Schema.TITLE, source.title(), Field.Store.YES));
        doc.add(new StoredField(Schema.PAGES, source.pageCount()));
        doc.add(new StoredField(Schema.SENTENCE_COUNT, source.sentenceCount()));
        storeDate(doc, Schema.INSPECTION_START, source.dates().inspectionStart());
        storeDate(doc, Schema.INSPECTION_END, source.dates().inspectionEnd());
        storeDate(doc, Schema.PUBLISHED, source.dates().published());
        source.grades().byJudgement().forEach((judgement, grade) ->
                doc.add(new StringField(Schema.gradeField(judgement), grade.label(), Field.Store.YES)));
        doc.add(new StoredField(Schema.STRUCTURE, JSON.writeValueAsString(source.sections())));
        if (source.authority() != null) {
            source.authority().neighbourCodes().forEach(code -> doc.add(new StoredField(Schema.NEIGHBOURS, code)));
        }
        return doc;
    }

    private static Document statement(uk.sli.model.Document source, TaggedStatement statement, int ordinal) {
        Section section = statement.section();
        Paragraph paragraph = statement.paragraph();
        Sentence sentence = statement.sentence();
        Document doc = new Document();
        shared(doc, source, Schema.KIND_STATEMENT);
        tag(doc, statement.tag());
        doc.add(new TextField(Schema.TEXT, sentence.text(), Field.Store.YES));
        doc.add(new StoredField(Schema.ORDINAL, ordinal));
        doc.add(new StoredField(Schema.PAGE, sentence.page()));
        if (paragraph.number() != null) {
            doc.add(new StoredField(Schema.PARAGRAPH, paragraph.number()));
        }
        doc.add(new StoredField(Schema.SECTION, section.heading()));
        if (!statement.leadIn().isEmpty()) {
            doc.add(new StoredField(Schema.LEAD_IN, statement.leadIn()));
        }
        Set<String> mentioned = new TreeSet<>();
        section.authorities().forEach(name -> mentioned.add(Schema.key(name)));
        mentioned.forEach(key -> doc.add(new StringField(Schema.MENTIONS_KEY, key, Field.Store.YES)));
        PeerChallengePart event = section.peerChallenge();
        if (event != null) {
            doc.add(new StringField(Schema.EVENT, event.event(), Field.Store.YES));
            event.authorities().forEach(name -> doc.add(new StoredField(Schema.EVENT_AUTHORITY, name)));
            if (event.hasSpeaker()) {
                doc.add(new StoredField(Schema.SPEAKER, event.speaker()));
                doc.add(new StringField(Schema.SPEAKER_KEY, Schema.key(event.speaker()), Field.Store.NO));
            }
        }
        return doc;
    }

    private static void tag(Document doc, StatementTag tag) {
        doc.add(new StringField(Schema.LABEL, tag.label().id(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(Schema.FACET_LABEL, tag.label().id()));
        doc.add(new StoredField(Schema.CONFIDENCE, tag.confidence()));
        doc.add(new DoublePoint(Schema.CONFIDENCE, tag.confidence()));
        if (!tag.standsAlone()) {
            doc.add(new StringField(Schema.LEANS, Schema.YES, Field.Store.NO));
        }
        for (String theme : tag.themes()) {
            doc.add(new StringField(Schema.THEMES, theme, Field.Store.YES));
        }
        if (!tag.themes().isEmpty()) {
            // The facet counts the primary theme only, so that counts add up to the statements.
            doc.add(new SortedSetDocValuesFacetField(Schema.FACET_THEME, tag.themes().get(0)));
        }
        for (String code : tag.framework()) {
            doc.add(new StringField(Schema.FRAMEWORK, code, Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(Schema.FACET_FRAMEWORK, code));
        }
        if (tag.isEmbedded()) {
            doc.add(new KnnFloatVectorField(Schema.EMBEDDING, tag.embedding(), VectorSimilarityFunction.DOT_PRODUCT));
        }
        if (!tag.cues().isEmpty()) {
            // The deciding reason only: the full list is for auditing one document with sli tag.
            doc.add(new StoredField(Schema.CUES, tag.cues().get(0)));
        }
    }

    /** Fields both kinds carry, so that filters and facets work the same on documents and statements. */
    private static void shared(Document doc, uk.sli.model.Document source, String kind) {
        doc.add(new StringField(Schema.KIND, kind, Field.Store.NO));
        doc.add(new StringField(Schema.DOC_ID, source.id(), Field.Store.YES));
        doc.add(new StringField(Schema.PATH, source.path(), Field.Store.YES));
        doc.add(new StringField(Schema.TYPE, source.type().id(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(Schema.FACET_TYPE, source.type().id()));
        Authority authority = source.authority();
        if (authority != null) {
            doc.add(new StoredField(Schema.AUTHORITY, authority.name()));
            doc.add(new StringField(Schema.AUTHORITY_KEY, Schema.key(authority.name()), Field.Store.NO));
            doc.add(new StringField(Schema.AUTHORITY_CODE, authority.code(), Field.Store.YES));
            doc.add(new SortedSetDocValuesFacetField(Schema.FACET_AUTHORITY, authority.name()));
        }
        String region = source.region();
        if (region != null && !region.isBlank()) {
            doc.add(new StoredField(Schema.REGION, region));
            doc.add(new StringField(Schema.REGION_KEY, Schema.key(region), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(Schema.FACET_REGION, region));
        }
        Grade overall = source.grades().byJudgement().get(Judgement.OVERALL_EFFECTIVENESS);
        if (overall != null) {
            doc.add(new StringField(Schema.GRADE, overall.label(), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(Schema.FACET_GRADE, overall.label()));
        }
        source.dates().documentDate().ifPresent(date -> {
            doc.add(new StoredField(Schema.DATE, date.toString()));
            doc.add(new IntPoint(Schema.YEAR, date.getYear()));
            doc.add(new StoredField(Schema.YEAR, date.getYear()));
            doc.add(new SortedSetDocValuesFacetField(Schema.FACET_YEAR, Integer.toString(date.getYear())));
        });
    }

    private static void storeDate(Document doc, String field, LocalDate date) {
        if (date != null) {
            doc.add(new StoredField(field, date.toString()));
        }
    }

    /** Reads back the structure stored by {@link #toLucene}. */
    public static List<Section> structure(Document stored) throws IOException {
        String json = stored.get(Schema.STRUCTURE);
        if (json == null) {
            return List.of();
        }
        return List.of(JSON.readValue(json, Section[].class));
    }

    /** Grades as stored on a document-level Lucene document. */
    public static Map<Judgement, String> grades(Document stored) {
        Map<Judgement, String> grades = new EnumMap<>(Judgement.class);
        for (Judgement j : Judgement.values()) {
            String value = stored.get(Schema.gradeField(j));
            if (value != null) {
                grades.put(j, value);
            }
        }
        return grades;
    }
}
