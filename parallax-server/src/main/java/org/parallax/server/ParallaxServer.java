package org.parallax.server;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.parallax.core.json.Json;
import org.parallax.server.api.RouteGroup;
import org.parallax.server.http.ErrorMapper;
import org.parallax.server.security.AccessToken;
import org.parallax.server.security.RequestGuard;
import org.parallax.server.security.SecurityHeaders;
import org.parallax.server.web.WebAssets;

/**
 * The running web server: Javalin on Jetty 12, bound to {@link ServerConfig#host()}, with the
 * security layer in front of every route, JSON errors, the OpenAPI document, the web app's assets
 * and the given API route groups. Close it to stop.
 */
public final class ParallaxServer implements AutoCloseable {

  /** The classpath resource of the OpenAPI document. */
  public static final String OPENAPI_RESOURCE = "org/parallax/server/openapi.json";

  private final Javalin app;
  private final ServerConfig config;

  private ParallaxServer(Javalin app, ServerConfig config) {
    this.app = app;
    this.config = config;
  }

  /** Starts a server with every API route over {@code services}. */
  public static ParallaxServer start(ServerConfig config, AccessToken token, Services services) {
    return start(config, token, org.parallax.server.api.Api.routes(services, config));
  }

  /**
   * Starts a server.
   *
   * @param config where to listen and the limits
   * @param token the token write endpoints require
   * @param groups the API routes
   */
  public static ParallaxServer start(
      ServerConfig config, AccessToken token, List<RouteGroup> groups) {
    Objects.requireNonNull(token, "token");
    RequestGuard guard = new RequestGuard(config, token);
    WebAssets assets = new WebAssets();
    byte[] openApi = resource(OPENAPI_RESOURCE);
    Javalin app =
        Javalin.create(
            cfg -> {
              cfg.startup.showJavalinBanner = false;
              cfg.startup.showOldJavalinVersionWarning = false;
              cfg.jetty.host = config.host();
              cfg.jetty.port = config.port();
              cfg.jetty.modifyHttpConfiguration(h -> h.setSendServerVersion(false));
              cfg.http.maxRequestSize = config.maxBodyBytes();
              cfg.jsonMapper(new JavalinJackson(Json.mapper(), false));
              cfg.routes.before(
                  ctx -> {
                    SecurityHeaders.apply(ctx);
                    guard.check(ctx);
                  });
              ErrorMapper.register(cfg.routes);
              cfg.routes.get(
                  "/openapi.json",
                  ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi));
              assets.register(cfg.routes);
              groups.forEach(g -> g.register(cfg.routes));
            });
    app.start();
    return new ParallaxServer(app, config);
  }

  /** The port the server listens on (the real one when the config asked for 0). */
  public int port() {
    return app.port();
  }

  /** {@code http://host:port}, for clients and for the message printed at start. */
  public String baseUrl() {
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return "http://" + host + ":" + port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private static byte[] resource(String name) {
    try (InputStream in = ParallaxServer.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
