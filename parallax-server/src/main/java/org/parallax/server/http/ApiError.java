package org.parallax.server.http;

/**
 * The body of every error response.
 *
 * @param status the HTTP status code, repeated for clients that only see the body
 * @param message what went wrong, in words a user understands; never a stack trace
 */
public record ApiError(int status, String message) {}
