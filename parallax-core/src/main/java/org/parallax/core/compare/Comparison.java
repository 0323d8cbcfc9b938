package org.parallax.core.compare;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the outlets of one story tell it, side by side. One line of {@code comparisons.jsonl}.
 *
 * @param story the story id
 * @param articles the story's articles, oldest first
 * @param outlets the outlets that carried the story, with their registry attributes
 * @param coverage independent voices, counts by registry attribute, timeline and blindspots
 * @param claims the claims map: shared, unique and contested statements with evidence
 * @param quotes the quote ledger
 * @param vocabulary per outlet name, its distinctive terms, best (highest z) first
 * @param entities who and what each outlet names, and how prominently
 */
@JsonPropertyOrder({
  "story",
  "articles",
  "outlets",
  "coverage",
  "claims",
  "quotes",
  "vocabulary",
  "entities"
})
public record Comparison(
    String story,
    List<ComparedArticle> articles,
    List<OutletInfo> outlets,
    Coverage coverage,
    List<Claim> claims,
    QuoteLedger quotes,
    Map<String, List<VocabularyTerm>> vocabulary,
    List<EntityCoverage> entities) {

  public Comparison {
    Objects.requireNonNull(story, "story");
    articles = List.copyOf(articles);
    outlets = List.copyOf(outlets);
    Objects.requireNonNull(coverage, "coverage");
    claims = List.copyOf(claims);
    Objects.requireNonNull(quotes, "quotes");
    vocabulary = copy(vocabulary);
    entities = List.copyOf(entities);
  }

  private static Map<String, List<VocabularyTerm>> copy(Map<String, List<VocabularyTerm>> m) {
    Map<String, List<VocabularyTerm>> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The claims with the given status, in map order. */
  public List<Claim> claims(ClaimStatus status) {
    return claims.stream().filter(c -> c.status() == status).toList();
  }
}
