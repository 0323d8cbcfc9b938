package org.parallax.server.http;

/**
 * Thrown by a handler to end a request with an error status; {@link ErrorMapper} turns it into an
 * {@link ApiError}. The message is shown to the client, so it must not contain secrets.
 */
public final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  public ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** 400 Bad Request. */
  public static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  /** 404 Not Found. */
  public static ApiException notFound(String message) {
    return new ApiException(404, message);
  }
}
