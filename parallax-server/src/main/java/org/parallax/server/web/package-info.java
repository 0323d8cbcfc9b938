/**
 * The web app's static assets (HTML, plain JavaScript modules, CSS) served from the jar with no
 * build step: {@link org.parallax.server.web.WebAssets} maps {@code /} and {@code /static/*} to
 * resources under {@code org/parallax/server/web/} and refuses any path that could leave them.
 */
package org.parallax.server.web;
