package org.parallax.bench.stories;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.parallax.core.json.Json;
import org.parallax.core.model.Article;

/** Reads {@code events/ecbplus/documents.jsonl.gz}. */
public final class EcbPlus {

  private EcbPlus() {}

  /** The ECB+ folder under a benchmark root. */
  public static Path folder(Path data) {
    return data.resolve("events").resolve("ecbplus");
  }

  /** Every document, in file order; dates written in the text become time expressions. */
  public static List<EcbDoc> load(Path data) throws IOException {
    Path file = folder(data).resolve("documents.jsonl.gz");
    List<EcbDoc> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = Json.mapper().readTree(line);
        String text = n.get("text").asText();
        List<String> paras =
            Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        Article a =
            Article.builder()
                .id(n.get("doc_id").asText())
                .source("ecbplus")
                .url(n.path("url").isNull() ? null : n.path("url").asText(null))
                .title(n.path("title").asText(""))
                .paragraphs(paras)
                .build();
        a = a.toBuilder().times(TextDates.find(a.text())).build();
        out.add(
            new EcbDoc(
                a.id(),
                n.get("topic").asInt(),
                n.get("subtopic").asText(),
                n.get("split").asText(),
                a));
      }
    }
    return out;
  }
}
