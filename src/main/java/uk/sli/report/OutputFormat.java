package uk.sli.report;

/** How a command writes its results to stdout. */
public enum OutputFormat {
    /** For people: aligned, highlighted on a terminal. */
    text,
    /** One JSON object per line (JSON Lines), for programs. */
    json,
    /** RFC 4180 CSV with a header row, for spreadsheets. */
    csv,
    /** Markdown, for pasting into papers. */
    md
}
