package org.parallax.store.query;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param hits the requested page of matching articles
 * @param facets the counts of each requested facet over all matching articles, highest first
 */
public record SearchResult(Page<ArticleHit> hits, Map<Facet, List<FacetCount>> facets) {

  public SearchResult {
    facets = Map.copyOf(facets);
  }

  /** How many articles matched. */
  public long total() {
    return hits.total();
  }
}
