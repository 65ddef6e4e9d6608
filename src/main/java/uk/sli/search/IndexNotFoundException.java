package uk.sli.search;

import java.nio.file.Path;

/** There is no index where one was expected. */
public class IndexNotFoundException extends Exception {

    public IndexNotFoundException(Path dir) {
        super("no index at " + dir + ": run 'sli ingest' first");
    }
}
