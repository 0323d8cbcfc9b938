package org.parallax.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.parallax.core.compare.Comparison;
import org.parallax.core.compare.Coverage;
import org.parallax.core.json.Json;
import org.parallax.core.story.Override;
import org.parallax.core.story.Story;
import org.parallax.core.story.SyndicationFamily;
import org.parallax.server.ServerConfig;
import org.parallax.server.Services;
import org.parallax.server.http.ApiException;
import org.parallax.server.http.PageRequest;
import org.parallax.server.http.RequestBodies;
import org.parallax.store.StoredKind;
import org.parallax.store.query.Page;

/**
 * {@code /api/stories} (with each story's coverage), one story, its comparison, {@code
 * /api/families}, and {@code POST /api/overrides}.
 */
public final class StoryRoutes implements RouteGroup {

  /** The largest override body accepted. */
  static final long MAX_OVERRIDE_BYTES = 64 * 1024;

  private final Services services;
  private final ServerConfig config;

  public StoryRoutes(Services services, ServerConfig config) {
    this.services = services;
    this.config = config;
  }

  /**
   * A story in the index: the story and, when its comparison is stored, its coverage.
   *
   * @param story the story
   * @param coverage voices, counts by attribute, timeline and blindspots; null before comparison
   */
  public record StorySummary(Story story, Coverage coverage) {}

  @java.lang.Override
  public void register(RoutesConfig routes) {
    routes.get("/api/stories", this::list);
    routes.get("/api/stories/{id}", ctx -> stored(ctx, StoredKind.STORY, "story"));
    routes.get(
        "/api/stories/{id}/comparison", ctx -> stored(ctx, StoredKind.COMPARISON, "comparison"));
    routes.get("/api/families", this::families);
    routes.get("/api/families/{id}", ctx -> stored(ctx, StoredKind.FAMILY, "family"));
    routes.post("/api/overrides", this::override);
  }

  private void list(Context ctx) {
    PageRequest p = PageRequest.from(ctx, config.maxPageSize());
    Page<Story> stories =
        services.corpus().list(StoredKind.STORY, null, Story.class, p.offset(), p.limit());
    List<StorySummary> items =
        stories.items().stream().map(s -> new StorySummary(s, coverage(s.id()))).toList();
    ctx.json(new Page<>(items, stories.total(), p.offset(), p.limit()));
  }

  /** The coverage of a story's stored comparison; null when there is none or it is unreadable. */
  private Coverage coverage(String storyId) {
    try {
      return services
          .corpus()
          .get(StoredKind.COMPARISON, storyId, Comparison.class)
          .map(Comparison::coverage)
          .orElse(null);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private void families(Context ctx) {
    PageRequest p = PageRequest.from(ctx, config.maxPageSize());
    ctx.json(
        services
            .corpus()
            .list(StoredKind.FAMILY, null, SyndicationFamily.class, p.offset(), p.limit()));
  }

  private void stored(Context ctx, StoredKind kind, String what) {
    String id = ctx.pathParam("id");
    String json =
        services
            .corpus()
            .getJson(kind, id)
            .orElseThrow(() -> ApiException.notFound("no " + what + " " + id));
    ctx.contentType("application/json; charset=utf-8").result(json);
  }

  private void override(Context ctx) throws Exception {
    byte[] body =
        RequestBodies.open(ctx, Math.min(MAX_OVERRIDE_BYTES, config.maxBodyBytes())).readAllBytes();
    Override o;
    try {
      o = Json.mapper().readValue(body, Override.class);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest(
          "the body must be an override: {\"action\": \"merge|split|move|pin|separate\", \"articles\": [...]}");
    }
    if (o == null || o.articles().isEmpty()) {
      throw ApiException.badRequest("an override names at least one article");
    }
    if (o.action().equals("move") && (o.target() == null || o.target().isBlank())) {
      throw ApiException.badRequest("a move needs a target article");
    }
    ctx.json(services.grouping().apply(o));
  }
}
