package org.parallax.core.compare;

import java.util.List;
import java.util.Objects;

/**
 * One entity of a story and how each outlet names it.
 *
 * @param id the canonical entity id
 * @param name the display name
 * @param type {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, …
 * @param uses one row per outlet that names it, most salient first
 */
public record EntityCoverage(String id, String name, String type, List<EntityUse> uses) {

  public EntityCoverage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    type = type == null ? "" : type;
    uses = List.copyOf(uses);
  }
}
