package org.parallax.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.parallax.server.http.ApiException;

/**
 * Serves the web app from the classpath. A static path is accepted only when every segment is a
 * plain file or folder name ({@code [A-Za-z0-9_-]} with dotted extensions, no {@code ..}, no
 * percent-encoding, no backslash) and its extension is known; anything else is 400, and a
 * well-formed path with no resource is 404. Paths are looked up under one fixed classpath folder,
 * so no request can reach another resource or a file.
 */
public final class WebAssets {

  /** The classpath folder of the assets. */
  public static final String ROOT = "org/parallax/server/web/";

  private static final Pattern SAFE_PATH =
      Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*(/[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*)*");

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "json", "application/json; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "ico", "image/x-icon",
          "txt", "text/plain; charset=utf-8");

  private final Map<String, Optional<byte[]>> cache = new ConcurrentHashMap<>();

  /** Registers {@code GET /} and {@code GET /static/<path>}. */
  public void register(RoutesConfig routes) {
    routes.get("/", ctx -> serve(ctx, "index.html"));
    routes.get("/static/<path>", ctx -> serve(ctx, staticPath(ctx)));
  }

  private static String staticPath(Context ctx) {
    String raw = ctx.req().getRequestURI();
    if (raw == null || raw.indexOf('%') >= 0 || raw.indexOf('\\') >= 0) {
      throw ApiException.badRequest("bad asset path");
    }
    return ctx.pathParam("path");
  }

  void serve(Context ctx, String path) {
    if (!isSafe(path)) {
      throw ApiException.badRequest("bad asset path");
    }
    String type = TYPES.get(extension(path));
    if (type == null) {
      throw ApiException.notFound("no such asset");
    }
    byte[] bytes = cache.computeIfAbsent(path, WebAssets::load).orElseThrow(() -> notFound());
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType(type).result(bytes);
  }

  private static ApiException notFound() {
    return ApiException.notFound("no such asset");
  }

  /** Whether {@code path} is a well-formed asset path that cannot leave the asset folder. */
  public static boolean isSafe(String path) {
    return path != null && path.length() <= 200 && SAFE_PATH.matcher(path).matches();
  }

  private static String extension(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static Optional<byte[]> load(String path) {
    try (InputStream in = WebAssets.class.getClassLoader().getResourceAsStream(ROOT + path)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
