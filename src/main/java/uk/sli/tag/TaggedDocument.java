package uk.sli.tag;

import java.util.List;
import uk.sli.model.Document;

/** A document with every statement tagged, in document order: what the index stores. */
public record TaggedDocument(Document document, List<TaggedStatement> statements) {

    public TaggedDocument {
        statements = List.copyOf(statements);
    }
}
