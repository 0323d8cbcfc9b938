package org.parallax.group.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.model.Outcome;
import org.parallax.core.story.Override;
import org.parallax.core.story.Overrides;

class OverridesFileTest {

  @Test
  void roundTripsAndMissingMeansNone(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("overrides.json");
    assertEquals(Outcome.ok(Overrides.none()), OverridesFile.read(file));
    Overrides o =
        new Overrides(
            List.of(
                Override.merge(List.of("a", "b"), "same summit"),
                Override.move(List.of("c"), "a", null)));
    OverridesFile.write(file, o);
    assertEquals(Outcome.ok(o), OverridesFile.read(file));
  }

  @Test
  void anUnknownActionIsAProblemNotAnException(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("overrides.json");
    Files.writeString(
        file,
        "{\"overrides\": [{\"action\": \"explode\", \"articles\": [\"a\"]}]}",
        StandardCharsets.UTF_8);
    Outcome<Overrides> r = OverridesFile.read(file);
    assertFalse(r.isOk());
    assertTrue(
        ((Outcome.Failed<Overrides>) r).problem().reason().contains("explode"), r.toString());
  }
}
