package uk.sli.extract;

import java.util.List;

/**
 * What extraction makes of one file: its detected media type and its lines, page by page, with
 * running headers, footers, page numbers and footnote bodies already removed.
 */
public record ExtractedText(String mediaType, List<Page> pages) {

    public ExtractedText {
        pages = List.copyOf(pages);
    }

    public boolean hasPages() {
        return !pages.isEmpty() && pages.get(0).number() > 0;
    }
}
