package org.parallax.server.security;

import io.javalin.http.Context;

/**
 * Response headers that keep the web app's content inert: a strict Content-Security-Policy (scripts
 * and styles from this server only, no inline code, no framing, no plugins), no MIME sniffing, no
 * referrer, and no caching of API answers.
 */
public final class SecurityHeaders {

  /** The Content-Security-Policy sent with every response. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
          + "frame-ancestors 'none'; object-src 'none'";

  private SecurityHeaders() {}

  /** Adds the headers to {@code ctx}'s response. */
  public static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }
}
