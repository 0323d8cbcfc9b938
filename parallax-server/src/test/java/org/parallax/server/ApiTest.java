package org.parallax.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.server.ApiClient.Reply;
import org.parallax.server.http.PageRequest;

/** The REST API over a real corpus. Tests that write run last. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiTest {

  @TempDir static Path dir;
  static TestCorpus data;
  static ApiClient api;

  @BeforeAll
  static void start() throws Exception {
    data = TestCorpus.start(dir);
    api = new ApiClient(data.server.baseUrl());
  }

  @AfterAll
  static void stop() throws Exception {
    data.close();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asText()));
    return out;
  }

  @Test
  void articlesArePagedAndCapped() throws Exception {
    Reply all = api.get("/api/articles");
    assertEquals(200, all.status());
    assertEquals(4, all.body().get("total").asInt());
    assertEquals(PageRequest.DEFAULT_LIMIT, all.body().get("limit").asInt());
    Reply page = api.get("/api/articles?offset=1&limit=2");
    assertEquals(2, page.body().get("items").size());
    assertEquals(1, page.body().get("offset").asInt());
    Reply capped = api.get("/api/articles?limit=100000");
    assertEquals(ServerConfig.DEFAULT_MAX_PAGE, capped.body().get("limit").asInt());
    assertEquals(400, api.get("/api/articles?limit=-1").status());
    assertEquals(400, api.get("/api/articles?offset=abc").status());
  }

  @Test
  void articleByIdAnd404() throws Exception {
    Reply r = api.get("/api/articles/" + data.ids.get(1));
    assertEquals(200, r.status());
    assertEquals("Detente with North Korea is a mirage", r.body().get("title").asText());
    Reply missing = api.get("/api/articles/ffffffffffffffff");
    assertEquals(404, missing.status());
    assertEquals(404, missing.body().get("status").asInt());
    assertTrue(missing.body().get("message").asText().contains("ffffffffffffffff"));
  }

  @Test
  void storiesWithCoverageComparisonAndFamilies() throws Exception {
    Reply list = api.get("/api/stories");
    assertEquals(3, list.body().get("total").asInt());
    JsonNode korea = null;
    for (JsonNode s : list.body().get("items")) {
      if (s.path("story").path("id").asText().equals("storykorea")) {
        korea = s;
      }
    }
    assertEquals(2, korea.path("coverage").path("voices").size());
    Reply cmp = api.get("/api/stories/storykorea/comparison");
    assertEquals(200, cmp.status());
    assertEquals(List.of("shared", "unique"), texts(cmp.body().get("claims"), "status"));
    assertEquals("Jen Psaki", cmp.body().at("/quotes/speakers/0/name").asText());
    assertEquals(404, api.get("/api/stories/storyferry/comparison").status());
    assertEquals(404, api.get("/api/stories/nope").status());
    assertEquals(0, api.get("/api/families").body().get("total").asInt());
    Reply ofArticle = api.get("/api/articles/" + data.ids.get(0) + "/stories");
    assertEquals("storykorea", ofArticle.body().at("/items/0/id").asText());
  }

  @Test
  void searchWithFiltersAndFacets() throws Exception {
    Reply r = api.get("/api/search?q=harbour&facets=outlet,month");
    assertEquals(200, r.status());
    assertEquals(2, r.body().at("/hits/total").asInt());
    assertEquals("2021-06", r.body().at("/facets/MONTH/0/value").asText());
    Reply filtered = api.get("/api/search?q=harbour&from=2021-06-02");
    assertEquals(1, filtered.body().at("/hits/total").asInt());
    Reply phrase = api.get("/api/search?q=" + enc("\"sanctions relief\""));
    assertEquals(data.ids.get(1), phrase.body().at("/hits/items/0/id").asText());
    assertEquals(400, api.get("/api/search?q=x&facets=colour").status());
    assertEquals(400, api.get("/api/search?q=x&from=yesterday").status());
  }

  @Test
  void quotesBySpeakerAndWords() throws Exception {
    Reply bySpeaker = api.get("/api/speakers/" + enc("Jen Psaki"));
    assertEquals(1, bySpeaker.body().get("total").asInt());
    assertTrue(bySpeaker.body().at("/items/0/quote/text").asText().startsWith("Our policy"));
    Reply byWords = api.get("/api/quotes?q=budget");
    assertEquals(1, byWords.body().get("total").asInt());
    assertEquals(
        0, api.get("/api/quotes?q=budget&speaker=" + enc("Jen Psaki")).body().get("total").asInt());
  }

  @Test
  void entityPageAndList() throws Exception {
    Reply list = api.get("/api/entities");
    assertTrue(texts(list.body().get("items"), "value").contains("North Korea"));
    Reply e = api.get("/api/entities/" + enc("Mary Ames"));
    assertEquals(1, e.body().at("/articles/total").asInt());
    assertEquals(1, e.body().at("/quotes/total").asInt());
    assertEquals("storybudget", e.body().at("/stories/0/id").asText());
  }

  @Test
  void registry() throws Exception {
    Reply r = api.get("/api/registry?q=australian");
    assertTrue(texts(r.body().get("items"), "domain").contains("theaustralian.com.au"));
    assertEquals(200, api.get("/api/registry/theaustralian.com.au").status());
    assertEquals(404, api.get("/api/registry/no-such-outlet.invalid").status());
    assertTrue(api.get("/api/registry").body().get("total").asInt() > 100);
  }

  @Test
  @Order(Integer.MAX_VALUE - 1)
  void postArticlesIngestsJsonLinesAndIsIdempotent() throws Exception {
    String body =
        "{\"url\":\"https://example.org/news/new-bridge\",\"title\":\"New bridge opens\","
            + "\"published\":\"2021-07-01\",\"text\":\"The new bridge over the river opened on Monday after three years of work.\"}\n"
            + "{\"title\":\"broken\"}\n"
            + "not json\n";
    Reply first = api.post("/api/articles", body, data.token);
    assertEquals(201, first.status(), String.valueOf(first.body()));
    assertEquals(1, first.body().get("added").asInt());
    assertEquals(2, first.body().get("problems").size());
    String id = first.body().at("/ids/0").asText();
    assertEquals("New bridge opens", api.get("/api/articles/" + id).body().get("title").asText());
    Reply again = api.post("/api/articles", body, data.token);
    assertEquals(200, again.status());
    assertEquals(1, again.body().get("unchanged").asInt());
    assertEquals(401, api.post("/api/articles", body, null).status());
    assertEquals(400, api.post("/api/articles", "", data.token).status());
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void overridesMergeAndRejectBadInput() throws Exception {
    String merge =
        "{\"action\":\"merge\",\"articles\":[\""
            + data.ids.get(2)
            + "\",\""
            + data.ids.get(3)
            + "\"],\"note\":\"same harbour story\"}";
    assertEquals(401, api.post("/api/overrides", merge, "wrong").status());
    Reply r = api.post("/api/overrides", merge, data.token);
    assertEquals(200, r.status(), String.valueOf(r.body()));
    assertEquals(1, r.body().get("removed").size());
    JsonNode merged = r.body().at("/stories/0");
    assertEquals(2, merged.get("articles").size());
    String kept = merged.get("id").asText();
    String gone = r.body().at("/removed/0").asText();
    assertEquals(404, api.get("/api/stories/" + gone).status());
    assertEquals(2, api.get("/api/stories/" + kept).body().get("articles").size());
    assertEquals(400, api.post("/api/overrides", merge, data.token).status(), "already one story");
    assertEquals(
        400,
        api.post("/api/overrides", "{\"action\":\"explode\",\"articles\":[\"x\"]}", data.token)
            .status());
    assertEquals(
        400,
        api.post("/api/overrides", "{\"action\":\"merge\",\"articles\":[]}", data.token).status());
    assertEquals(
        404,
        api.post(
                "/api/overrides",
                "{\"action\":\"pin\",\"articles\":[\"ffffffffffffffff\"]}",
                data.token)
            .status());
    assertFalse(api.get("/api/stories").body().toString().contains("\"" + gone + "\""));
  }

  @Test
  void openApiDescribesEveryRoute() throws Exception {
    Reply r = api.get("/openapi.json");
    assertEquals(200, r.status());
    JsonNode paths = r.body().get("paths");
    for (String p :
        List.of(
            "/api/articles",
            "/api/articles/{id}",
            "/api/articles/{id}/similar",
            "/api/articles/{id}/stories",
            "/api/stories",
            "/api/stories/{id}",
            "/api/stories/{id}/comparison",
            "/api/families",
            "/api/families/{id}",
            "/api/overrides",
            "/api/search",
            "/api/quotes",
            "/api/speakers/{id}",
            "/api/entities",
            "/api/entities/{id}",
            "/api/registry",
            "/api/registry/{domain}",
            "/api/info")) {
      assertTrue(paths.has(p), "openapi.json lacks " + p);
    }
    assertTrue(paths.at("/~1api~1articles/post/security").isArray());
  }
}
