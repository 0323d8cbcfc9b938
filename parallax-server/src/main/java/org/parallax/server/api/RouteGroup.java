package org.parallax.server.api;

import io.javalin.config.RoutesConfig;

/** A set of routes that {@link org.parallax.server.ParallaxServer} registers at start-up. */
@FunctionalInterface
public interface RouteGroup {

  /** Declares this group's routes. */
  void register(RoutesConfig routes);
}
