package org.parallax.group.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parallax.core.json.Json;
import org.parallax.core.model.Outcome;
import org.parallax.core.model.Problem;
import org.parallax.core.story.Overrides;

/**
 * Reads and writes the overrides file, {@code {"overrides": [{"action": "merge", "articles": [...],
 * "note": "..."}, ...]}}. A missing file means no overrides.
 */
public final class OverridesFile {

  private OverridesFile() {}

  /** The overrides in {@code file}, none when it does not exist, or the problem that stopped it. */
  public static Outcome<Overrides> read(Path file) {
    if (!Files.exists(file)) {
      return Outcome.ok(Overrides.none());
    }
    try {
      String json = Files.readString(file, StandardCharsets.UTF_8);
      return Outcome.ok(Json.read(json, Overrides.class));
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      return Outcome.failed(
          new Problem(file.toString(), null, "group.overrides", "bad-overrides", describe(e)));
    }
  }

  /** Writes {@code overrides} to {@code file}, replacing it. */
  public static void write(Path file, Overrides overrides) throws IOException {
    Files.writeString(file, Json.write(overrides) + "\n", StandardCharsets.UTF_8);
  }

  private static String describe(Exception e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return "cannot read the overrides file: " + m.lines().findFirst().orElse(m);
  }
}
