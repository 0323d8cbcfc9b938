package org.parallax.store.query;

import java.util.List;

/**
 * A full-text article search.
 *
 * @param text the query in simple syntax: words (stemmed, all required by default), {@code "a
 *     phrase"}, {@code -excluded}, {@code a | b}, {@code prefix*}; blank matches every article
 * @param filters restrictions on outlet, registry attributes, language, entity, speaker and dates
 * @param facets the facets to count over all matching articles
 * @param sort the order of hits
 * @param offset how many hits to skip
 * @param limit how many hits to return (at most 1,000)
 */
public record SearchRequest(
    String text, Filters filters, List<Facet> facets, Sort sort, int offset, int limit) {

  /** The largest page a search returns. */
  public static final int MAX_LIMIT = 1000;

  public SearchRequest {
    text = text == null ? "" : text;
    filters = filters == null ? Filters.none() : filters;
    facets = facets == null ? List.of() : List.copyOf(facets);
    sort = sort == null ? Sort.RELEVANCE : sort;
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
    limit = Math.min(limit, MAX_LIMIT);
  }

  /** The first ten hits for {@code text}, no filters, no facets. */
  public static SearchRequest of(String text) {
    return new SearchRequest(text, Filters.none(), List.of(), Sort.RELEVANCE, 0, 10);
  }

  /** This request with other filters. */
  public SearchRequest withFilters(Filters f) {
    return new SearchRequest(text, f, facets, sort, offset, limit);
  }

  /** This request, also counting {@code wanted}. */
  public SearchRequest withFacets(Facet... wanted) {
    return new SearchRequest(text, filters, List.of(wanted), sort, offset, limit);
  }

  /** This request with another page. */
  public SearchRequest page(int newOffset, int newLimit) {
    return new SearchRequest(text, filters, facets, sort, newOffset, newLimit);
  }

  /** This request in another order. */
  public SearchRequest sorted(Sort newSort) {
    return new SearchRequest(text, filters, facets, newSort, offset, limit);
  }
}
