package org.parallax.server.http;

import io.javalin.http.Context;

/**
 * Which part of a list a client wants: {@code offset} (default 0) and {@code limit} (default 20,
 * capped at the server's page size cap).
 *
 * @param offset the index of the first item, at least 0
 * @param limit how many items, at least 1
 */
public record PageRequest(int offset, int limit) {

  /** The page size when the client names none. */
  public static final int DEFAULT_LIMIT = 20;

  /** The largest offset accepted, so that deep paging cannot make the server collect everything. */
  public static final int MAX_OFFSET = 100_000;

  public PageRequest {
    if (offset < 0 || limit < 1) {
      throw new IllegalArgumentException("bad page [" + offset + ", " + limit + "]");
    }
  }

  /**
   * The page asked for by {@code ctx}'s {@code offset} and {@code limit} query parameters.
   *
   * @throws ApiException 400 when a parameter is not a number, is negative or is too deep
   */
  public static PageRequest from(Context ctx, int maxLimit) {
    int offset = intParam(ctx, "offset", 0);
    int limit = intParam(ctx, "limit", Math.min(DEFAULT_LIMIT, maxLimit));
    if (offset < 0 || offset > MAX_OFFSET) {
      throw ApiException.badRequest("offset must be between 0 and " + MAX_OFFSET);
    }
    if (limit < 1) {
      throw ApiException.badRequest("limit must be at least 1");
    }
    return new PageRequest(offset, Math.min(limit, maxLimit));
  }

  /** {@code offset + limit}: how many leading items a source must produce for this page. */
  public int end() {
    return offset + limit;
  }

  private static int intParam(Context ctx, String name, int fallback) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be a whole number");
    }
  }
}
