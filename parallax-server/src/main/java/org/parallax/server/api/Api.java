package org.parallax.server.api;

import java.util.List;
import org.parallax.server.ServerConfig;
import org.parallax.server.Services;

/** Every API route group, in registration order. */
public final class Api {

  private Api() {}

  /** The route groups over {@code services}. */
  public static List<RouteGroup> routes(Services services, ServerConfig config) {
    return List.of(
        new ArticleRoutes(services, config),
        new StoryRoutes(services, config),
        new SearchRoutes(services, config),
        new RegistryRoutes(services, config));
  }
}
