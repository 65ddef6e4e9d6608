package uk.sli.search;

/** How many hits carry one value of a facet dimension. */
public record FacetCount(String value, int count) {
}
