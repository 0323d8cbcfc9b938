/**
 * The server's security layer: the bearer token for write endpoints ({@link
 * org.parallax.server.security.AccessToken}), the request guard that checks tokens, clients, hosts
 * and body sizes ({@link org.parallax.server.security.RequestGuard}), and the response headers that
 * keep the web app's content inert ({@link org.parallax.server.security.SecurityHeaders}).
 */
package org.parallax.server.security;
