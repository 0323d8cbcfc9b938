package org.parallax.ingest.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * The schema.org objects of a page's {@code application/ld+json} scripts, flattened ({@code
 * @graph}, arrays and nested {@code mainEntity} opened), with the article-like one first.
 */
final class JsonLd {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonParser.Feature.ALLOW_COMMENTS)
          .build();

  static {
    JSON.getFactory()
        .setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build());
  }

  private final List<JsonNode> objects;

  private JsonLd(List<JsonNode> objects) {
    this.objects = objects;
  }

  private static final Evaluator LD_SCRIPT =
      PageIndex.query("script[type~=(?i)application/ld\\+json]");

  /** Reads every JSON-LD script of {@code doc}; unreadable scripts are skipped. */
  static JsonLd of(Document doc) {
    List<JsonNode> found = new ArrayList<>();
    for (Element script : PageIndex.of(doc).select("script", LD_SCRIPT)) {
      try {
        JsonNode root = JSON.readTree(script.data());
        flatten(root, found);
      } catch (Exception e) {
        // a broken block is simply not a hint
      }
    }
    List<JsonNode> articles = new ArrayList<>();
    List<JsonNode> others = new ArrayList<>();
    for (JsonNode n : found) {
      (isArticle(n) ? articles : others).add(n);
    }
    articles.addAll(others);
    return new JsonLd(articles);
  }

  private static void flatten(JsonNode root, List<JsonNode> out) {
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.push(root);
    int budget = 2000;
    while (!todo.isEmpty() && budget-- > 0) {
      JsonNode n = todo.pop();
      if (n.isArray()) {
        for (int i = n.size() - 1; i >= 0; i--) {
          todo.push(n.get(i));
        }
      } else if (n.isObject()) {
        if (n.has("@type")) {
          out.add(n);
        }
        if (n.has("@graph")) {
          todo.push(n.get("@graph"));
        }
        if (n.has("mainEntity") && n.get("mainEntity").isObject()) {
          todo.push(n.get("mainEntity"));
        }
      }
    }
  }

  /** Whether a node's type is an article, blog post, report or news item. */
  static boolean isArticle(JsonNode n) {
    String t = type(n);
    return t.contains("article")
        || t.contains("posting")
        || t.contains("report")
        || t.contains("review")
        || t.equals("newsarticle");
  }

  private static String type(JsonNode n) {
    JsonNode t = n.get("@type");
    if (t == null) {
      return "";
    }
    return (t.isArray() ? t.toString() : t.asText()).toLowerCase(Locale.ROOT);
  }

  /** The first article-like object, or {@code null}. */
  JsonNode article() {
    return !objects.isEmpty() && isArticle(objects.get(0)) ? objects.get(0) : null;
  }

  /** The first non-blank text of {@code field} in the article object, or {@code null}. */
  String articleText(String field) {
    JsonNode a = article();
    return a == null ? null : text(a.get(field));
  }

  /** The first non-blank text of {@code field} in any object (article first). */
  String anyText(String field) {
    for (JsonNode n : objects) {
      String s = text(n.get(field));
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** Every non-blank text of {@code field} over all objects (article first). */
  List<String> allTexts(String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : objects) {
      String s = text(n.get(field));
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** The first object whose type contains {@code typePart} (lower case), or {@code null}. */
  JsonNode ofType(String typePart) {
    for (JsonNode n : objects) {
      if (type(n).contains(typePart)) {
        return n;
      }
    }
    return null;
  }

  /** The names in a person/organisation field: strings, objects with name, or arrays of either. */
  static List<String> names(JsonNode v) {
    List<String> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (v.isArray()) {
      for (JsonNode x : v) {
        out.addAll(names(x));
      }
    } else if (v.isObject()) {
      String name = text(v.get("name"));
      if (name != null) {
        out.add(name);
      }
    } else {
      String s = text(v);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** A text value: strings as they are, the first element of an array, else {@code null}. */
  static String text(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      return v.isEmpty() ? null : text(v.get(0));
    }
    if (v.isObject()) {
      return text(v.get("name"));
    }
    String s = Text.clean(v.asText());
    return s.isEmpty() ? null : s;
  }
}
