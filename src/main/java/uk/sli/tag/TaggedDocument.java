package uk.sli.tag;

import java.util.List;
import uk.sli.model.Document;

/**
 * A document with every statement tagged, in document order: what the index stores.
 *
 * @param taggedBy which tagging produced the tags ({@link DocumentTagger#version()}): a file tagged
 *     by other models is tagged again on the next ingest, even when it has not changed
 */
public record TaggedDocument(Document document, List<TaggedStatement> statements, String taggedBy) {

    public TaggedDocument {
        statements = List.copyOf(statements);
    }
}
