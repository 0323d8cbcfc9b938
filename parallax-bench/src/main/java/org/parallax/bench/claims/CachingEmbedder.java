package org.parallax.bench.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parallax.core.embed.Embedder;

/**
 * Remembers the vectors of texts already embedded, so that a benchmark that compares the same
 * stories under several settings embeds each sentence once. Thread-safe.
 */
public final class CachingEmbedder implements Embedder {

  private final Embedder inner;
  private final Map<String, float[]> cache = new ConcurrentHashMap<>();

  /** Caches the vectors of {@code inner}. */
  public CachingEmbedder(Embedder inner) {
    this.inner = inner;
  }

  @Override
  public int dimension() {
    return inner.dimension();
  }

  @Override
  public String model() {
    return inner.model();
  }

  @Override
  public float[] embed(String text) {
    return cache.computeIfAbsent(text, inner::embed);
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    List<String> missing = texts.stream().filter(t -> !cache.containsKey(t)).distinct().toList();
    if (!missing.isEmpty()) {
      List<float[]> vs = inner.embedAll(missing);
      for (int i = 0; i < missing.size(); i++) {
        cache.put(missing.get(i), vs.get(i));
      }
    }
    List<float[]> out = new ArrayList<>(texts.size());
    texts.forEach(t -> out.add(cache.get(t)));
    return out;
  }
}
