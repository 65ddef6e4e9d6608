package uk.sli.index;

import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;
import uk.sli.model.Judgement;

/**
 * Every field name, analyzer and facet of the index, in one place. The index holds two kinds of
 * Lucene document that share {@link #DOC_ID}: one per source document and one per sentence
 * ("statement"), so that re-ingesting a file replaces both with one delete-by-term.
 */
public final class Schema {

    private Schema() {
    }

    // Both kinds.
    public static final String KIND = "kind";
    public static final String KIND_DOCUMENT = "document";
    public static final String KIND_STATEMENT = "statement";
    public static final String DOC_ID = "doc_id";
    public static final String PATH = "path";
    public static final String TYPE = "type";
    /** Canonical authority name, stored for display and faceting. */
    public static final String AUTHORITY = "authority";
    /** Lower-cased authority name for exact, case-insensitive filtering. */
    public static final String AUTHORITY_KEY = "authority_key";
    public static final String AUTHORITY_CODE = "authority_code";
    public static final String REGION = "region";
    /** DfE codes of the authority's statistical neighbours, closest first (document level, stored only). */
    public static final String NEIGHBOURS = "neighbours";
    public static final String REGION_KEY = "region_key";
    /** ISO date placing the document in time (publication, else end of inspection). */
    public static final String DATE = "date";
    /** Year of {@link #DATE}: an int point for ranges, stored, and a facet. */
    public static final String YEAR = "year";
    /** The document's overall-effectiveness grade ("good"), for inspections that give one. */
    public static final String GRADE = "grade";

    // Document level.
    public static final String CONTENT_HASH = "content_hash";
    /** Document level, stored: which tagging its statements carry; a file tagged otherwise is re-tagged on ingest. */
    public static final String TAGGED_BY = "tagged_by";
    public static final String MEDIA_TYPE = "media_type";
    public static final String TITLE = "title";
    public static final String PAGES = "pages";
    public static final String INSPECTION_START = "inspection_start";
    public static final String INSPECTION_END = "inspection_end";
    public static final String PUBLISHED = "published";
    public static final String SENTENCE_COUNT = "sentences";
    /** The document's sections and paragraphs as stored JSON, for {@code sli show}. */
    public static final String STRUCTURE = "structure";

    // Statement level.
    /** The statement's words; statements alone have them (searches rely on it: {@code Filters.applyToStatements}). */
    public static final String TEXT = "text";
    public static final String ORDINAL = "ordinal";
    public static final String PAGE = "page";
    public static final String PARAGRAPH = "paragraph";
    /** The heading of the statement's section, stored for citations. */
    public static final String SECTION = "section";
    /** Statement level, stored: for a list item, the line that introduces the list. */
    public static final String LEAD_IN = "lead_in";
    /** Lower-cased names of the authorities a statement's section mentions (multi-authority documents). */
    public static final String MENTIONS_KEY = "mentions_key";

    /** Peer-challenge notes: the event's title, its authorities (stored names) and the authority reflecting, if one. */
    public static final String EVENT = "event";
    public static final String EVENT_AUTHORITY = "event_authority";
    public static final String SPEAKER = "speaker";
    /** Statement level, indexed: {@link #key} of the speaker, so that an authority's reflections can be found. */
    public static final String SPEAKER_KEY = "speaker_key";

    /** The tagger's verdict on a statement: label id, confidence, theme ids (primary first), framework codes, cues. */
    public static final String LABEL = "label";
    /** Statement level, stored and indexed as a point: how sure the tagger was of the label. */
    public static final String CONFIDENCE = "confidence";
    /** Statement level, indexed ("yes") only for statements that lean on the sentences around them. */
    public static final String LEANS = "leans";
    public static final String YES = "yes";
    public static final String THEMES = "themes";
    public static final String FRAMEWORK = "framework";
    public static final String CUES = "cues";
    /**
     * The statement's sentence embedding (strengths, improvements and mixed only): unit length, so
     * nearest neighbours by dot product are nearest by cosine.
     */
    public static final String EMBEDDING = "embedding";

    /** Facet dimensions, counted over search hits. */
    public static final String FACET_AUTHORITY = "authority";
    public static final String FACET_REGION = "region";
    public static final String FACET_TYPE = "type";
    public static final String FACET_YEAR = "year";
    public static final String FACET_LABEL = "label";
    /** Primary theme only. */
    public static final String FACET_THEME = "theme";
    public static final String FACET_FRAMEWORK = "framework";
    public static final String FACET_GRADE = "grade";

    public static String gradeField(Judgement judgement) {
        return "grade_" + judgement.key();
    }

    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT).strip();
    }

    /** English stemming and stop words for prose; everything else is indexed verbatim. */
    public static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(),
                Map.of(TEXT, new EnglishAnalyzer(), TITLE, new EnglishAnalyzer()));
    }

    public static FacetsConfig facetsConfig() {
        // Flat dimensions in the default sorted-set field; a statement can bear on several framework codes.
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(FACET_FRAMEWORK, true);
        return config;
    }
}
