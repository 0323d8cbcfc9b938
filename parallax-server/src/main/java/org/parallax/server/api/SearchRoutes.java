package org.parallax.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.core.story.Story;
import org.parallax.server.ServerConfig;
import org.parallax.server.Services;
import org.parallax.server.http.PageRequest;
import org.parallax.server.http.Params;
import org.parallax.store.StoredKind;
import org.parallax.store.query.ArticleHit;
import org.parallax.store.query.Facet;
import org.parallax.store.query.FacetCount;
import org.parallax.store.query.Filters;
import org.parallax.store.query.Page;
import org.parallax.store.query.QuoteHit;
import org.parallax.store.query.QuoteQuery;
import org.parallax.store.query.SearchRequest;
import org.parallax.store.query.SearchResult;
import org.parallax.store.query.Sort;

/**
 * {@code /api/search} (full text, filters, facets), {@code /api/quotes} (by words and speaker),
 * {@code /api/speakers/{id}} (one speaker's quotes) and {@code /api/entities} (who names an entity,
 * who it quotes, in which stories).
 */
public final class SearchRoutes implements RouteGroup {

  private static final int STORY_SCAN = 20;

  private final Services services;
  private final ServerConfig config;

  public SearchRoutes(Services services, ServerConfig config) {
    this.services = services;
    this.config = config;
  }

  /**
   * Everything the API knows about one entity.
   *
   * @param id the canonical entity id
   * @param articles the articles that name it, newest first
   * @param outlets how many of those articles each outlet has
   * @param quotes what it says, when it is a speaker
   * @param quotedBy how many of its quotes each outlet carries
   * @param stories the stories of the first articles that name it
   */
  public record EntityView(
      String id,
      Page<ArticleHit> articles,
      List<FacetCount> outlets,
      Page<QuoteHit> quotes,
      List<FacetCount> quotedBy,
      List<Story> stories) {}

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/api/search", this::search);
    routes.get("/api/quotes", this::quotes);
    routes.get("/api/speakers/{id}", this::speaker);
    routes.get("/api/entities", this::entities);
    routes.get("/api/entities/{id}", this::entity);
  }

  private void search(Context ctx) {
    PageRequest p = PageRequest.from(ctx, config.maxPageSize());
    Sort sort = Params.sort(ctx);
    SearchRequest r =
        new SearchRequest(
            Params.text(ctx, "q"),
            Params.filters(ctx),
            Params.facets(ctx),
            sort,
            p.offset(),
            p.limit());
    ctx.json(services.corpus().search(r));
  }

  private void quotes(Context ctx) {
    PageRequest p = PageRequest.from(ctx, config.maxPageSize());
    String speaker = Params.text(ctx, "speaker");
    QuoteQuery q =
        new QuoteQuery(
            Params.text(ctx, "q"),
            speaker.isEmpty() ? null : speaker,
            Params.filters(ctx),
            p.offset(),
            p.limit());
    ctx.json(services.corpus().quotes(q));
  }

  private void speaker(Context ctx) {
    PageRequest p = PageRequest.from(ctx, config.maxPageSize());
    QuoteQuery q =
        new QuoteQuery("", ctx.pathParam("id"), Params.filters(ctx), p.offset(), p.limit());
    ctx.json(services.corpus().quotes(q));
  }

  private void entities(Context ctx) {
    SearchRequest r =
        new SearchRequest(
            Params.text(ctx, "q"),
            Params.filters(ctx),
            List.of(Facet.ENTITY),
            Sort.RELEVANCE,
            0,
            1);
    SearchResult result = services.corpus().search(r);
    PageRequest p = PageRequest.from(ctx, config.maxPageSize());
    ctx.json(Params.slice(result.facets().getOrDefault(Facet.ENTITY, List.of()), p));
  }

  private void entity(Context ctx) {
    String id = ctx.pathParam("id");
    PageRequest p = PageRequest.from(ctx, config.maxPageSize());
    Filters named = Params.filters(ctx).and(Facet.ENTITY, id);
    SearchRequest r =
        new SearchRequest("", named, List.of(Facet.OUTLET), Sort.NEWEST, p.offset(), p.limit());
    SearchResult articles = services.corpus().search(r);
    Page<QuoteHit> quotes =
        services.corpus().quotes(new QuoteQuery("", id, Filters.none(), 0, p.limit()));
    SearchResult speaking =
        services
            .corpus()
            .search(
                new SearchRequest(
                    "",
                    Filters.none().and(Facet.SPEAKER, id),
                    List.of(Facet.OUTLET),
                    Sort.NEWEST,
                    0,
                    1));
    ctx.json(
        new EntityView(
            id,
            articles.hits(),
            articles.facets().getOrDefault(Facet.OUTLET, List.of()),
            quotes,
            speaking.facets().getOrDefault(Facet.OUTLET, List.of()),
            storiesOf(named)));
  }

  private List<Story> storiesOf(Filters named) {
    SearchResult first =
        services
            .corpus()
            .search(new SearchRequest("", named, List.of(), Sort.NEWEST, 0, STORY_SCAN));
    Map<String, Story> byId = new LinkedHashMap<>();
    for (ArticleHit hit : first.hits().items()) {
      for (Story s :
          services.corpus().list(StoredKind.STORY, hit.id(), Story.class, 0, 5).items()) {
        byId.putIfAbsent(s.id(), s);
      }
    }
    return new ArrayList<>(byId.values());
  }
}
