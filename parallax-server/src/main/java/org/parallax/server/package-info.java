/**
 * The local web app and REST API over a corpus: {@link org.parallax.server.ParallaxServer} wires
 * Javalin (Jetty 12) to the corpus, the security layer ({@code security}), the JSON error and
 * paging conventions ({@code http}), the API routes ({@code api}) and the static web assets ({@code
 * web}).
 *
 * <p>The server binds to {@code 127.0.0.1} by default. Read endpoints answer loopback clients only
 * unless {@link org.parallax.server.ServerConfig#openReads()} is set; write endpoints always need
 * the bearer token kept in the corpus directory.
 */
package org.parallax.server;
