package org.parallax.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.core.embed.Embedder;
import org.parallax.core.id.Ids;
import org.parallax.core.json.Json;
import org.parallax.core.model.Article;
import org.parallax.core.model.Entity;
import org.parallax.core.model.Quote;
import org.parallax.core.model.QuoteKind;
import org.parallax.core.model.Salience;
import org.parallax.core.model.Span;
import org.parallax.core.model.Speaker;

/**
 * The two seed articles as the comparison's tests see them: built from the ingest fields of {@code
 * seeds.gold.json} (paragraphs, title, publisher …), with entities found by matching the gold
 * entity names and aliases, and quotes placed where the gold quote texts occur. This stands in for
 * the enrichment stage so that the comparison is tested on its own.
 */
final class Seeds {

  static final JsonNode GOLD = load();

  private Seeds() {}

  static JsonNode load() {
    try (InputStream in = Seeds.class.getResourceAsStream("/seeds/seeds.gold.json")) {
      return Json.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed articles, in gold order (000 = WSWS, 004 = The Australian / WSJ). */
  static List<Article> articles() {
    List<Article> out = new ArrayList<>();
    for (JsonNode a : GOLD.get("articles")) {
      out.add(article(a));
    }
    return out;
  }

  /** The real MiniLM embedder when parallax-group can load it, else null. */
  static Embedder realEmbedder() {
    try {
      return org.parallax.group.embed.MiniLmEmbedder.load(
          org.parallax.group.embed.MiniLmEmbedder.Device.CPU);
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }

  private static Article article(JsonNode a) {
    List<String> paragraphs = strings(a.get("body_paragraphs"));
    String url = text(a, "url");
    String text = String.join(Article.PARAGRAPH_SEPARATOR, paragraphs);
    Article base =
        Article.builder()
            .id(Ids.articleId(url, text))
            .source(a.get("file").asText())
            .url(url)
            .title(text(a, "title"))
            .subtitle(text(a, "subtitle"))
            .authors(strings(a.get("authors")))
            .published(text(a, "published"))
            .publisher(text(a, "publisher"))
            .domain(text(a, "publisher_domain"))
            .syndicatedFrom(text(a, "syndicated_from"))
            .language("en")
            .headings(strings(a.get("headings")))
            .captions(strings(a.get("captions")))
            .paragraphs(paragraphs)
            .build();
    return base.toBuilder().entities(entities(base, a)).quotes(quotes(base, a)).build();
  }

  private static List<Entity> entities(Article article, JsonNode a) {
    Map<String, String> alias = new LinkedHashMap<>();
    Map<String, String> type = new LinkedHashMap<>();
    JsonNode ents = a.get("entities");
    ents.fieldNames()
        .forEachRemaining(
            t -> {
              if (ents.get(t).isArray()) {
                for (JsonNode n : ents.get(t)) {
                  String name = n.asText();
                  alias.put(name, name);
                  type.put(name, t);
                  if (t.equals("PERSON")) {
                    alias.putIfAbsent(name.substring(name.lastIndexOf(' ') + 1), name);
                  }
                }
              }
            });
    JsonNode metonyms = ents.get("GPE_metonyms");
    if (metonyms != null) {
      metonyms
          .fields()
          .forEachRemaining(
              e -> alias.put(e.getKey(), e.getValue().asText().replaceAll(" \\(.*", "")));
    }
    alias.putIfAbsent("DPRK", "North Korea");
    alias.putIfAbsent("US", "United States");
    alias.putIfAbsent("U.S.", "United States");
    alias.putIfAbsent("American", "United States");
    alias.putIfAbsent("North Korean", "North Korea");
    alias.putIfAbsent("Kim", "Kim Jong-un");
    List<String> keys = new ArrayList<>(alias.keySet());
    keys.sort(Comparator.comparingInt(String::length).reversed());
    String text = article.text();
    boolean[] taken = new boolean[text.length()];
    Map<String, List<Span>> mentions = new LinkedHashMap<>();
    for (String k : keys) {
      Matcher m =
          Pattern.compile("(?<![\\p{L}])" + Pattern.quote(k) + "(?![\\p{L}])").matcher(text);
      while (m.find()) {
        if (!taken[m.start()] && !taken[m.end() - 1]) {
          for (int i = m.start(); i < m.end(); i++) {
            taken[i] = true;
          }
          mentions
              .computeIfAbsent(alias.get(k), x -> new ArrayList<>())
              .add(article.span(m.start(), m.end()));
        }
      }
    }
    List<Entity> out = new ArrayList<>();
    String title = article.title() == null ? "" : article.title();
    mentions.forEach(
        (id, spans) -> {
          spans.sort(Comparator.comparingInt(Span::start));
          boolean inTitle =
              keys.stream().anyMatch(k -> alias.get(k).equals(id) && title.contains(k));
          out.add(
              new Entity(
                  id,
                  id,
                  type.getOrDefault(id, "LOCATION").toUpperCase(Locale.ROOT),
                  spans,
                  new Salience(spans.size(), spans.get(0).start(), inTitle)));
        });
    return out;
  }

  private static List<Quote> quotes(Article article, JsonNode a) {
    List<Quote> out = new ArrayList<>();
    String text = article.text();
    int from = 0;
    for (JsonNode q : a.get("quotes")) {
      String words = q.get("text").asText();
      int at = text.indexOf(words, from);
      if (at < 0) {
        at = text.indexOf(words);
      }
      if (at < 0) {
        continue;
      }
      from = at + 1;
      String speaker = q.get("speaker").asText();
      boolean anonymous = speaker.startsWith("unnamed");
      out.add(
          new Quote(
              words,
              article.span(at, at + words.length()),
              q.get("kind").asText().equals("direct") ? QuoteKind.DIRECT : QuoteKind.PARTIAL,
              new Speaker(anonymous ? null : speaker, speaker),
              null,
              text(q, "cue"),
              text(q, "via")));
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n != null) {
      n.forEach(x -> out.add(x.asText()));
    }
    return out;
  }
}
