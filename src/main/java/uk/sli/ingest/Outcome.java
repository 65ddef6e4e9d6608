package uk.sli.ingest;

/** What happened to one input file; every file ends in exactly one. */
public enum Outcome {
    /** Read, understood and written to the index (new or changed). */
    INDEXED,
    /** Same content as the indexed copy: skipped. */
    UNCHANGED,
    /** Readable but without text, e.g. a scanned image-only PDF: not indexed. */
    EMPTY,
    /** Could not be read (corrupt, encrypted, mislabelled, too large, timed out): not indexed. */
    FAILED,
    /** In the index but no longer on disk: removed by {@code --prune}. */
    PRUNED
}
