package org.parallax.bench.stories;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Embeddings of benchmark documents saved between runs (a binary file of id and float vector
 * records), so that re-tuning does not re-embed. Keyed by document id and the embedded text's hash.
 */
final class EmbeddingCache {

  private EmbeddingCache() {}

  static Map<String, float[]> load(Path file) throws IOException {
    Map<String, float[]> out = new HashMap<>();
    if (file == null || !Files.exists(file)) {
      return out;
    }
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        String key = in.readUTF();
        float[] v = new float[in.readInt()];
        for (int d = 0; d < v.length; d++) {
          v[d] = in.readFloat();
        }
        out.put(key, v);
      }
    }
    return out;
  }

  static void save(Path file, Map<String, float[]> vectors) throws IOException {
    if (file == null) {
      return;
    }
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    try (OutputStream raw = Files.newOutputStream(file);
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(raw))) {
      out.writeInt(vectors.size());
      for (Map.Entry<String, float[]> e : vectors.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue().length);
        for (float f : e.getValue()) {
          out.writeFloat(f);
        }
      }
    }
  }
}
