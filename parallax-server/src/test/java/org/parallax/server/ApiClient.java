package org.parallax.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.parallax.core.json.Json;

/** A small JSON client for tests. */
final class ApiClient {

  /** A status and the parsed body. */
  record Reply(int status, JsonNode body) {}

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String base;

  ApiClient(String base) {
    this.base = base;
  }

  Reply get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  Reply post(String path, String body, String token) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b.build());
  }

  private Reply send(HttpRequest r) throws Exception {
    HttpResponse<String> res =
        http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    JsonNode body = res.body().isEmpty() ? null : Json.mapper().readTree(res.body());
    return new Reply(res.statusCode(), body);
  }
}
