/**
 * The REST API's routes, one {@link org.parallax.server.api.RouteGroup} per area (articles,
 * stories, search, quotes, entities, registry, writes). The OpenAPI document that describes them is
 * the resource {@code org/parallax/server/openapi.json}, served at {@code /openapi.json}.
 */
package org.parallax.server.api;
