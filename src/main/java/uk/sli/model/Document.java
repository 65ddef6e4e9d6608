package uk.sli.model;

import java.util.List;

/**
 * Everything understood about one source file.
 *
 * @param id stable id derived from the file's path; shared by the document's statements in the index
 * @param path the file's path as given to ingest, normalised to absolute
 * @param contentHash SHA-256 of the file's bytes, to skip unchanged files
 * @param authority the authority the document is about, or null when none was recognised
 * @param region the authority's region; for a document about many authorities (a regional plan), the
 *     region nearly all of those it names are in; null when neither is known
 * @param pageCount number of pages, 0 for sources without pages
 */
public record Document(String id, String path, String contentHash, String mediaType, DocumentType type,
                       Authority authority, String region, ReportDates dates, Grades grades, String title, int pageCount,
                       List<Section> sections) {

    public Document {
        sections = List.copyOf(sections);
    }

    public int sentenceCount() {
        return sections.stream().flatMap(s -> s.paragraphs().stream()).mapToInt(p -> p.sentences().size()).sum();
    }
}
