package org.parallax.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP answers: every error response is an {@link ApiError}
 * JSON body with the status repeated in it. Unexpected exceptions become 500 with a generic message
 * (the detail goes to the log, never to the client).
 */
public final class ErrorMapper {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
  private static final String WRITTEN = "parallax.error.written";

  private ErrorMapper() {}

  /** Registers the exception and status handlers on {@code routes}. */
  public static void register(RoutesConfig routes) {
    routes.exception(ApiException.class, (e, ctx) -> write(ctx, e.status(), e.getMessage()));
    routes.exception(
        HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), e.getMessage()));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          write(ctx, 500, "internal error");
        });
    for (int status : new int[] {400, 401, 403, 404, 405, 413, 500}) {
      routes.error(
          status,
          ctx -> {
            if (ctx.attribute(WRITTEN) == null) {
              write(ctx, status, defaultMessage(status));
            }
          });
    }
  }

  /** Ends {@code ctx} with {@code status} and an {@link ApiError} body. */
  public static void write(Context ctx, int status, String message) {
    ctx.attribute(WRITTEN, Boolean.TRUE);
    String text = message == null || message.isBlank() ? defaultMessage(status) : message;
    if (hasBody(ctx)) {
      // The body may be unread: close the connection rather than reuse it with bytes pending.
      ctx.header("Connection", "close");
    }
    ctx.status(status).json(new ApiError(status, text));
  }

  private static boolean hasBody(Context ctx) {
    return ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null;
  }

  private static String defaultMessage(int status) {
    return switch (status) {
      case 400 -> "bad request";
      case 401 -> "a valid bearer token is required";
      case 403 -> "forbidden";
      case 404 -> "not found";
      case 405 -> "method not allowed";
      case 413 -> "request body too large";
      default -> "internal error";
    };
  }
}
