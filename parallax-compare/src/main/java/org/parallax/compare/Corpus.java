package org.parallax.compare;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.parallax.compare.coverage.Outlets;
import org.parallax.compare.vocab.CorpusCounts;
import org.parallax.core.model.Article;
import org.parallax.core.registry.Outlet;

/**
 * What the comparison of one story needs to know about the whole corpus: term counts (the prior of
 * the vocabulary) and the registry attribute values present (for blindspots). Fill it with every
 * article of the run before comparing; not thread-safe while filling, thread-safe after.
 */
public final class Corpus {

  private final Outlets outlets;
  private final CorpusCounts counts = new CorpusCounts();
  private final Map<String, Set<String>> values = new LinkedHashMap<>();
  private int articles;

  /** An empty corpus whose outlets are resolved by {@code outlets}. */
  public Corpus(Outlets outlets) {
    this.outlets = outlets;
    Outlets.ATTRIBUTES.forEach(a -> values.put(a, new TreeSet<>()));
  }

  /** Adds one article. */
  public Corpus add(Article article) {
    counts.add(article);
    Outlet o = outlets.originOf(article).orElseGet(() -> outlets.of(article));
    Outlets.attributes(o)
        .forEach(
            (attribute, vs) ->
                vs.stream()
                    .filter(v -> !v.equals(Outlets.UNKNOWN))
                    .forEach(v -> values.get(attribute).add(v)));
    articles++;
    return this;
  }

  /** The term counts. */
  public CorpusCounts counts() {
    return counts;
  }

  /** For each attribute, the known values present in the corpus. */
  public Map<String, Set<String>> attributeValues() {
    return values;
  }

  /** Number of articles added. */
  public int articles() {
    return articles;
  }
}
