package org.parallax.bench.search;

import java.util.Locale;
import org.parallax.core.embed.Embedder;

/**
 * A signed feature-hashing embedder: each word adds ±1 to one of {@code dimension} slots, and the
 * vector is L2-normalised. It stands in for a real model when only the cost of storing and
 * searching vectors is measured; its neighbours share words, not meaning. Thread-safe.
 */
public final class HashingEmbedder implements Embedder {

  private final int dimension;

  /** An embedder of {@code dimension} slots. */
  public HashingEmbedder(int dimension) {
    this.dimension = dimension;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public String model() {
    return "feature-hashing-" + dimension;
  }

  @Override
  public float[] embed(String text) {
    float[] v = new float[dimension];
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        int h = w.hashCode() * 0x9E3779B1;
        v[Math.floorMod(h, dimension)] += (h & 0x10000) == 0 ? 1f : -1f;
      }
    }
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm == 0) {
      v[0] = 1f;
      return v;
    }
    float inv = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < v.length; i++) {
      v[i] *= inv;
    }
    return v;
  }
}
