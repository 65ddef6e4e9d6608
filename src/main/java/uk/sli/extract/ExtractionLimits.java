package uk.sli.extract;

/**
 * Bounds that stop one bad file from exhausting a run.
 *
 * @param maxBytes files larger than this are refused unread
 * @param maxPages PDFs with more pages are refused
 * @param maxChars text beyond this many characters is cut off
 */
public record ExtractionLimits(long maxBytes, int maxPages, int maxChars) {

    /** Generous for inspection reports (10-60 pages) and plans, small enough for a 2-core laptop. */
    public static final ExtractionLimits DEFAULT = new ExtractionLimits(200L << 20, 2_000, 5_000_000);
}
