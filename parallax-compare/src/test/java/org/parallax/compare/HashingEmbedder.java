package org.parallax.compare;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.parallax.compare.text.Tokens;
import org.parallax.core.embed.Embedder;

/** A deterministic test embedder: a hashed bag of content words, L2-normalised. */
public final class HashingEmbedder implements Embedder {

  private static final int DIM = 512;

  @Override
  public int dimension() {
    return DIM;
  }

  @Override
  public String model() {
    return "hashing-bow";
  }

  @Override
  public float[] embed(String text) {
    float[] v = new float[DIM];
    for (String w : Tokens.words(text)) {
      if (!Tokens.isContent(w)) {
        continue;
      }
      CRC32 crc = new CRC32();
      crc.update(w.getBytes(StandardCharsets.UTF_8));
      v[(int) (crc.getValue() % DIM)] += 1;
    }
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm > 0) {
      float n = (float) Math.sqrt(norm);
      for (int i = 0; i < DIM; i++) {
        v[i] /= n;
      }
    }
    return v;
  }
}
