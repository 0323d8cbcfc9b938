package org.parallax.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.parallax.server.api.RouteGroup;
import org.parallax.server.http.RequestBodies;
import org.parallax.server.security.AccessToken;

/** Servers for tests: loopback, port 0, a token in a temporary corpus directory. */
final class TestServers {

  private TestServers() {}

  /** Routes that exercise the security layer without a corpus. */
  static RouteGroup probeRoutes(long bodyLimit) {
    return routes -> {
      routes.get("/api/ping", ctx -> ctx.json(java.util.Map.of("ok", true)));
      routes.post(
          "/api/echo-size",
          ctx -> {
            long n =
                RequestBodies.open(ctx, bodyLimit)
                    .transferTo(java.io.OutputStream.nullOutputStream());
            ctx.json(java.util.Map.of("bytes", n));
          });
    };
  }

  static ParallaxServer probe(Path dir, long bodyLimit) throws IOException {
    AccessToken token = AccessToken.loadOrCreate(dir);
    ServerConfig config = ServerConfig.local(0, dir).withMaxBodyBytes(bodyLimit);
    return ParallaxServer.start(config, token, List.of(probeRoutes(bodyLimit)));
  }
}
