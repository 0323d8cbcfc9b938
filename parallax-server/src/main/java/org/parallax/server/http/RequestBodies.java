package org.parallax.server.http;

import io.javalin.http.Context;
import java.io.InputStream;
import org.parallax.server.security.LimitedInputStream;

/** Access to request bodies that never reads past the server's body limit. */
public final class RequestBodies {

  private RequestBodies() {}

  /**
   * The body of {@code ctx} as a stream that fails with 413 past {@code limit} bytes, whether or
   * not the client declared a length.
   */
  public static InputStream open(Context ctx, long limit) {
    return new LimitedInputStream(ctx.bodyInputStream(), limit);
  }
}
