package org.parallax.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.parallax.core.story.Story;
import org.parallax.server.ServerConfig;
import org.parallax.server.Services;
import org.parallax.server.http.ApiException;
import org.parallax.server.http.PageRequest;
import org.parallax.server.http.Params;
import org.parallax.server.http.RequestBodies;
import org.parallax.store.StoredKind;

/**
 * {@code /api/articles}: the list (filtered, newest first), one article, its similar articles, its
 * stories, and {@code POST} to ingest a JSON Lines body.
 */
public final class ArticleRoutes implements RouteGroup {

  private static final int MAX_SIMILAR = 50;

  private final Services services;
  private final ServerConfig config;

  public ArticleRoutes(Services services, ServerConfig config) {
    this.services = services;
    this.config = config;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/api/articles", this::list);
    routes.get("/api/articles/{id}", this::one);
    routes.get("/api/articles/{id}/similar", this::similar);
    routes.get("/api/articles/{id}/stories", this::stories);
    routes.post("/api/articles", this::ingest);
  }

  private void list(Context ctx) {
    PageRequest p = PageRequest.from(ctx, config.maxPageSize());
    ctx.json(services.corpus().articles(Params.filters(ctx), p.offset(), p.limit()));
  }

  private void one(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(
        services.corpus().article(id).orElseThrow(() -> ApiException.notFound("no article " + id)));
  }

  private void similar(Context ctx) {
    int k = PageRequest.from(ctx, MAX_SIMILAR).limit();
    String id = ctx.pathParam("id");
    if (services.corpus().article(id).isEmpty()) {
      throw ApiException.notFound("no article " + id);
    }
    ctx.json(services.corpus().similar(id, k));
  }

  private void stories(Context ctx) {
    PageRequest p = PageRequest.from(ctx, config.maxPageSize());
    ctx.json(
        services
            .corpus()
            .list(StoredKind.STORY, ctx.pathParam("id"), Story.class, p.offset(), p.limit()));
  }

  private void ingest(Context ctx) throws Exception {
    // Read the whole body first, so a body over the limit is refused before anything is stored.
    byte[] body;
    try (InputStream in = RequestBodies.open(ctx, config.maxBodyBytes())) {
      body = in.readAllBytes();
    }
    if (body.length == 0) {
      throw ApiException.badRequest("the body is empty: send JSON Lines, one article per line");
    }
    IntakeReport report = services.intake().ingest(new ByteArrayInputStream(body), "api");
    ctx.status(report.added() + report.updated() > 0 ? 201 : 200).json(report);
  }
}
