package org.parallax.core.embed;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text into L2-normalised vectors whose dot product is their cosine similarity.
 * Implementations are thread-safe.
 */
public interface Embedder {

  /** The vector length. */
  int dimension();

  /** A short name of the model, e.g. {@code all-MiniLM-L6-v2}. */
  String model();

  /** The embedding of one text. */
  float[] embed(String text);

  /** The embeddings of several texts, in order. Implementations may batch or parallelise. */
  default List<float[]> embedAll(List<String> texts) {
    List<float[]> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      out.add(embed(t));
    }
    return out;
  }

  /** Cosine similarity of two normalised vectors. */
  static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }
}
