package org.parallax.bench.stories;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parallax.core.json.Json;
import org.parallax.core.model.Entity;

/**
 * The Enricher's entities of benchmark documents saved between runs (JSON lines of key and
 * entities), so that re-tuning does not re-enrich. Keyed by document id and the enriched text's
 * hash.
 */
final class EntityCache {

  /** One line of the file. */
  record Line(String key, List<Entity> entities) {}

  private EntityCache() {}

  /** The entities saved in {@code file}; empty when {@code file} is null or absent. */
  static Map<String, List<Entity>> load(Path file) throws IOException {
    Map<String, List<Entity>> out = new TreeMap<>();
    if (file == null || !Files.exists(file)) {
      return out;
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String s = in.readLine(); s != null; s = in.readLine()) {
        if (!s.isBlank()) {
          Line line = Json.read(s, Line.class);
          out.put(line.key(), line.entities());
        }
      }
    }
    return out;
  }

  /** Writes {@code entities} to {@code file} (nothing when {@code file} is null). */
  static void save(Path file, Map<String, List<Entity>> entities) throws IOException {
    if (file == null) {
      return;
    }
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, List<Entity>> e : new TreeMap<>(entities).entrySet()) {
        out.write(Json.write(new Line(e.getKey(), e.getValue())));
        out.write('\n');
      }
    }
  }
}
