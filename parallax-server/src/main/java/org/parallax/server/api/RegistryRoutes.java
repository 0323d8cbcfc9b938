package org.parallax.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.core.registry.Outlet;
import org.parallax.server.ServerConfig;
import org.parallax.server.Services;
import org.parallax.server.http.ApiException;
import org.parallax.server.http.PageRequest;
import org.parallax.server.http.Params;

/**
 * {@code /api/registry}: the source registry's outlets, filtered by {@code q} (name, domain or
 * alias), {@code kind} and {@code country}; one outlet by domain or URL; and {@code /api/info}.
 */
public final class RegistryRoutes implements RouteGroup {

  private final Services services;
  private final ServerConfig config;

  public RegistryRoutes(Services services, ServerConfig config) {
    this.services = services;
    this.config = config;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/api/registry", this::list);
    routes.get("/api/registry/{domain}", this::one);
    routes.get(
        "/api/info",
        ctx ->
            ctx.json(
                Map.of(
                    "articles", services.corpus().articleCount(),
                    "outlets", services.registry().all().size(),
                    "version", "1")));
  }

  private void list(Context ctx) {
    String q = Params.text(ctx, "q").toLowerCase(Locale.ROOT);
    String kind = Params.text(ctx, "kind");
    String country = Params.text(ctx, "country");
    List<Outlet> matching =
        services.registry().all().stream()
            .filter(o -> kind.isEmpty() || o.kind().equalsIgnoreCase(kind))
            .filter(o -> country.isEmpty() || o.country().equalsIgnoreCase(country))
            .filter(o -> q.isEmpty() || matches(o, q))
            .sorted(java.util.Comparator.comparing(Outlet::domain))
            .toList();
    ctx.json(Params.slice(matching, PageRequest.from(ctx, config.maxPageSize())));
  }

  private static boolean matches(Outlet o, String q) {
    return o.domain().contains(q)
        || o.name().toLowerCase(Locale.ROOT).contains(q)
        || o.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(q));
  }

  private void one(Context ctx) {
    String domain = ctx.pathParam("domain");
    ctx.json(
        services
            .registry()
            .byUrlOrHost(domain)
            .orElseThrow(() -> ApiException.notFound("no outlet for " + domain)));
  }
}
