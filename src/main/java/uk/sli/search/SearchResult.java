package uk.sli.search;

import java.util.List;
import java.util.Map;

/** A page of hits, the total number of matches, and facet counts by dimension over all matches. */
public record SearchResult(long totalHits, List<Hit> hits, Map<String, List<FacetCount>> facets) {
}
