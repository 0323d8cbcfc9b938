/**
 * The API's HTTP conventions: every error is a JSON {@link org.parallax.server.http.ApiError}
 * {@code {status, message}} written by {@link org.parallax.server.http.ErrorMapper} (the one place
 * where exceptions become statuses), and every list is a {@link org.parallax.store.query.Page} cut
 * by a {@link org.parallax.server.http.PageRequest} whose {@code limit} is capped.
 */
package org.parallax.server.http;
