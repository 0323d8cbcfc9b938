package org.parallax.server.security;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import org.parallax.server.ServerConfig;
import org.parallax.server.http.ApiException;

/**
 * Checks every request before it reaches a route, in this order:
 *
 * <ol>
 *   <li>when the server is bound to loopback, the {@code Host} header must name a loopback host
 *       (this stops DNS-rebinding pages from reading the API through the user's browser): 403;
 *   <li>writes (any method but GET, HEAD and OPTIONS) need {@code Authorization: Bearer <token>}:
 *       401;
 *   <li>reads come from a loopback client, or {@link ServerConfig#openReads()} is set, or they
 *       carry the token: 403;
 *   <li>a declared {@code Content-Length} over the limit: 413 (bodies without a length are cut at
 *       the limit by {@link LimitedInputStream}).
 * </ol>
 */
public final class RequestGuard {

  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

  private final ServerConfig config;
  private final AccessToken token;
  private final boolean loopbackBound;

  public RequestGuard(ServerConfig config, AccessToken token) {
    this.config = config;
    this.token = token;
    this.loopbackBound = isLoopback(config.host());
  }

  /** Runs the checks; throws an {@link ApiException} carrying the status when one fails. */
  public void check(Context ctx) {
    if (loopbackBound && !LOOPBACK_NAMES.contains(hostName(ctx.header("Host")))) {
      throw new ApiException(403, "this server answers only requests addressed to localhost");
    }
    boolean authorised = token.matches(bearer(ctx.header("Authorization")));
    if (isWrite(ctx.method())) {
      if (!authorised) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"parallax\"");
        throw new ApiException(401, "a valid bearer token is required");
      }
    } else if (!config.openReads() && !authorised && !isLoopback(ctx.req().getRemoteAddr())) {
      throw new ApiException(403, "read endpoints answer loopback clients only");
    }
    long length = ctx.req().getContentLengthLong();
    if (length > config.maxBodyBytes()) {
      throw new ApiException(413, "request body over " + config.maxBodyBytes() + " bytes");
    }
  }

  /** Whether {@code method} changes state and so needs the token. */
  public static boolean isWrite(HandlerType method) {
    return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
  }

  static String bearer(String header) {
    if (header == null) {
      return null;
    }
    String h = header.strip();
    if (h.length() < 7 || !h.substring(0, 7).equalsIgnoreCase("Bearer ")) {
      return null;
    }
    return h.substring(7).strip();
  }

  static String hostName(String hostHeader) {
    if (hostHeader == null) {
      return "";
    }
    String h = hostHeader.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int close = h.indexOf(']');
      return close < 0 ? h : h.substring(0, close + 1);
    }
    int colon = h.indexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }

  static boolean isLoopback(String address) {
    if (address == null || address.isBlank()) {
      return false;
    }
    String a = address.strip();
    if (a.startsWith("[") && a.endsWith("]")) {
      a = a.substring(1, a.length() - 1);
    }
    if (a.equals("localhost")) {
      return true;
    }
    if (!a.matches("[0-9a-fA-F:.]+")) {
      return false;
    }
    try {
      return InetAddress.getByName(a).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
