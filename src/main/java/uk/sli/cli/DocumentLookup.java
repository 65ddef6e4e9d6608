package uk.sli.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import uk.sli.search.DocumentCatalog;

/** Finds indexed documents by id or by path as the user typed it ({@code show DOC}, {@code --doc}). */
final class DocumentLookup {

    private DocumentLookup() {
    }

    static Optional<DocumentCatalog.DocumentView> find(DocumentCatalog catalog, String document) throws IOException {
        Optional<DocumentCatalog.DocumentView> view = catalog.show(document);
        if (view.isEmpty()) {
            // Paths are stored absolute; accept the relative path the user typed.
            view = catalog.show(Path.of(document).toAbsolutePath().normalize().toString());
        }
        return view;
    }

    /** The ids of {@code --doc} values; a usage error names one that is not indexed. */
    static List<String> ids(CommandLine.Model.CommandSpec spec, DocumentCatalog catalog, List<String> documents)
            throws IOException {
        List<String> ids = new ArrayList<>();
        for (String document : documents) {
            ids.add(find(catalog, document).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    "no indexed document with path or id '" + document + "' for --doc (see 'sli docs')")).row().id());
        }
        return ids;
    }
}
