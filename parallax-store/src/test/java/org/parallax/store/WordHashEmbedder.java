package org.parallax.store;

import java.util.Locale;
import org.parallax.core.embed.Embedder;

/** A tiny deterministic embedder for tests: hashed bag of words, L2-normalised. */
final class WordHashEmbedder implements Embedder {

  @Override
  public int dimension() {
    return 256;
  }

  @Override
  public String model() {
    return "word-hash-256";
  }

  @Override
  public float[] embed(String text) {
    float[] v = new float[dimension()];
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() > 3) {
        v[Math.floorMod(w.hashCode(), v.length)] += 1;
      }
    }
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm == 0) {
      v[0] = 1;
      return v;
    }
    for (int i = 0; i < v.length; i++) {
      v[i] /= (float) Math.sqrt(norm);
    }
    return v;
  }
}
