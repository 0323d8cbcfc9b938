package org.parallax.server.api;

import org.parallax.core.story.Override;

/** Applies a user's grouping correction: the work behind {@code POST /api/overrides}. */
@FunctionalInterface
public interface GroupingEditor {

  /**
   * Records {@code override} so that later runs keep it, and applies it to the stored stories now.
   *
   * @throws org.parallax.server.http.ApiException 400 or 404 when it names no stored article
   */
  OverrideResult apply(Override override);
}
