package org.parallax.bench.claims;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.parallax.core.json.Json;
import org.parallax.core.model.Article;
import org.parallax.core.model.Entity;
import org.parallax.core.model.Salience;
import org.parallax.core.model.Span;

/**
 * ECB+ documents as Parallax articles: one paragraph per ECB+ sentence, {@link Article#sentences()}
 * set to those sentences, and optionally entities from ECB+'s cross-document participant and
 * location chains (the chain id as canonical id), standing in for enrichment.
 */
final class EcbCorpus {

  private EcbCorpus() {}

  /** The folder of ECB+ under the benchmark root. */
  static Path folder(Path data) {
    return data.resolve("events").resolve("ecbplus");
  }

  /**
   * The documents whose subtopic {@code keep} accepts, by id, in file order.
   *
   * @param withEntities whether to attach the gold cross-document entity chains
   */
  static Map<String, Doc> read(Path data, Predicate<String> keep, boolean withEntities)
      throws IOException {
    Map<String, Doc> docs = new LinkedHashMap<>();
    try (BufferedReader r = gz(folder(data).resolve("documents.jsonl.gz"))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode d = Json.mapper().readTree(line);
        String sub = d.get("subtopic").asText();
        if (keep.test(sub)) {
          List<String> sentences = new ArrayList<>();
          d.get("sentences").forEach(s -> sentences.add(s.asText()));
          docs.put(
              d.get("doc_id").asText(),
              new Doc(
                  d.get("doc_id").asText(),
                  sub,
                  text(d, "url"),
                  text(d, "title"),
                  sentences,
                  null));
        }
      }
    }
    Map<String, List<String[]>> mentions = withEntities ? mentions(data, docs.keySet()) : Map.of();
    Map<String, Doc> out = new LinkedHashMap<>();
    docs.forEach(
        (id, d) -> out.put(id, d.withArticle(article(d, mentions.getOrDefault(id, List.of())))));
    return out;
  }

  private static Map<String, List<String[]>> mentions(Path data, Set<String> ids)
      throws IOException {
    Map<String, List<String[]>> out = new HashMap<>();
    try (BufferedReader r = gz(folder(data).resolve("mentions.tsv.gz"))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t", -1);
        if (ids.contains(f[0])
            && f[9].equals("cross_doc")
            && (f[3].equals("participant") || f[3].equals("location"))) {
          out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
        }
      }
    }
    return out;
  }

  private static Article article(Doc d, List<String[]> mentions) {
    Article base =
        Article.builder()
            .id(d.id())
            .source(d.id())
            .url(d.url())
            .title(d.title())
            .domain(d.url() == null ? null : org.parallax.core.id.Urls.host(d.url()).orElse(null))
            .language("en")
            .paragraphs(d.sentences())
            .build();
    List<Span> spans = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    int at = 0;
    for (String s : d.sentences()) {
      starts.add(at);
      spans.add(base.span(at, at + s.length()));
      at += s.length() + Article.PARAGRAPH_SEPARATOR.length();
    }
    Map<String, List<Span>> byChain = new LinkedHashMap<>();
    Map<String, String> names = new HashMap<>();
    for (String[] m : mentions) {
      int sentence = Integer.parseInt(m[4]);
      if (sentence >= d.sentences().size()) {
        continue;
      }
      String[] tokens = d.sentences().get(sentence).split(" ");
      int from = Integer.parseInt(m[5]);
      int to = Math.min(tokens.length, Integer.parseInt(m[6]));
      if (from >= to) {
        continue;
      }
      int start = starts.get(sentence);
      for (int t = 0; t < from; t++) {
        start += tokens[t].length() + 1;
      }
      int end = start;
      for (int t = from; t < to; t++) {
        end += tokens[t].length() + (t > from ? 1 : 0);
      }
      byChain.computeIfAbsent(m[10], k -> new ArrayList<>()).add(base.span(start, end));
      names.putIfAbsent(m[10], m[11].isEmpty() ? m[10] : m[11]);
    }
    List<Entity> entities = new ArrayList<>();
    byChain.forEach(
        (chain, ss) ->
            entities.add(
                new Entity(
                    chain,
                    names.get(chain),
                    "ECB",
                    ss,
                    new Salience(ss.size(), ss.get(0).start(), false))));
    return base.toBuilder().sentences(spans).entities(entities).build();
  }

  private static BufferedReader gz(Path file) throws IOException {
    return new BufferedReader(
        new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8));
  }

  private static String text(JsonNode n, String f) {
    JsonNode v = n.get(f);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
  }

  /**
   * One ECB+ document.
   *
   * @param id the document id, e.g. {@code 44_1ecbplus}
   * @param subtopic its subtopic (the gold story)
   * @param url its URL, may be null
   * @param title its title
   * @param sentences its sentences, tokens joined by one space
   * @param article the document as an article
   */
  record Doc(
      String id,
      String subtopic,
      String url,
      String title,
      List<String> sentences,
      Article article) {
    Doc withArticle(Article a) {
      return new Doc(id, subtopic, url, title, sentences, a);
    }
  }
}
