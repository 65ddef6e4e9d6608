package uk.sli.tag;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.sli.extract.ExtractionException;
import uk.sli.extract.ExtractionLimits;
import uk.sli.extract.TextExtractor;
import uk.sli.model.Document;
import uk.sli.understand.DocumentReader;
import uk.sli.understand.Gazetteer;

/**
 * Hand-labelled real sentences joined to their documents: each labelled file is read from the
 * corpus through the same extraction and understanding as ingest, and its sentences are found by
 * hash. Training and evaluation both read labelled data this way, so that both see the sentences
 * and contexts that ingest produces.
 */
public final class LabelledCorpus {

    /** A document as ingest would understand it, and the gold rows of its sentences by hash. */
    public record LabelledDocument(String file, Document document, Map<String, LabelledStatement> gold) {

        /** The document's statements that carry a gold label, in order, each with its gold row. */
        public List<Labelled> statements() {
            List<Labelled> labelled = new ArrayList<>();
            for (DocumentStatements.Located statement : DocumentStatements.of(document)) {
                LabelledStatement row = gold.get(SentenceHash.of(statement.sentence().text()));
                if (row != null) {
                    labelled.add(new Labelled(statement, row));
                }
            }
            return labelled;
        }
    }

    /** One located sentence and its gold row. */
    public record Labelled(DocumentStatements.Located statement, LabelledStatement gold) {
    }

    private LabelledCorpus() {
    }

    /** @param corpus the folder the rows' file paths are relative to ({@code ../shared/corpus}) */
    public static List<LabelledDocument> read(List<LabelledStatement> rows, Path corpus) throws IOException {
        Map<String, Map<String, LabelledStatement>> byFile = new LinkedHashMap<>();
        for (LabelledStatement row : rows) {
            byFile.computeIfAbsent(row.file(), f -> new LinkedHashMap<>()).putIfAbsent(row.sentenceHash(), row);
        }
        TextExtractor extractor = new TextExtractor(ExtractionLimits.DEFAULT);
        DocumentReader reader = new DocumentReader(Gazetteer.standard());
        List<LabelledDocument> documents = new ArrayList<>();
        for (Map.Entry<String, Map<String, LabelledStatement>> entry : byFile.entrySet()) {
            Path file = corpus.resolve(entry.getKey()).toAbsolutePath().normalize();
            Document document;
            try {
                document = reader.read(entry.getKey(), file.toString(), "", extractor.extract(file));
            } catch (ExtractionException e) {
                throw new IOException("cannot read labelled file " + file + ": " + e.getMessage(), e);
            }
            documents.add(new LabelledDocument(entry.getKey(), document, entry.getValue()));
        }
        return documents;
    }
}
