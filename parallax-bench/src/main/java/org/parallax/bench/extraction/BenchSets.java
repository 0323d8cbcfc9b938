package org.parallax.bench.extraction;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Loads the four public extraction sets from {@code <data>/extraction}. */
final class BenchSets {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private BenchSets() {}

  /** Scrapinghub AEB: {@code ground-truth.json} and {@code html/<id>.html.gz}. */
  static List<GoldPage> aeb(Path root, int limit) throws IOException {
    Path dir = root.resolve("scrapinghub-aeb");
    JsonNode gt = JSON.readTree(dir.resolve("ground-truth.json").toFile());
    List<GoldPage> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = gt.fields();
        it.hasNext() && out.size() < limit; ) {
      Map.Entry<String, JsonNode> e = it.next();
      Path html = dir.resolve("html").resolve(e.getKey() + ".html.gz");
      out.add(
          new GoldPage(
              e.getKey(),
              text(e.getValue(), "url"),
              HtmlBytes.decode(gunzip(html)),
              text(e.getValue(), "articleBody"),
              null,
              null,
              null,
              null,
              null));
    }
    return out;
  }

  /** The trafilatura evaluation set: {@code evaldata.json}, pages under cache/ or eval/. */
  static List<GoldPage> trafilatura(Path root, int limit) throws IOException {
    Path dir = Archives.unpacked(root.resolve("trafilatura-eval/trafilatura-eval-990.tar.xz"));
    JsonNode all = JSON.readTree(dir.resolve("evaldata.json").toFile());
    List<GoldPage> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = all.fields();
        it.hasNext() && out.size() < limit; ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      Path html = find(dir, text(v, "file"), "cache", "eval");
      if (html == null) {
        continue;
      }
      out.add(
          new GoldPage(
              text(v, "file"),
              e.getKey(),
              HtmlBytes.decode(Files.readAllBytes(html)),
              null,
              strings(v.get("with")),
              strings(v.get("without")),
              blankToNull(text(v, "title")),
              author(v.get("author")),
              blankToNull(text(v, "date"))));
    }
    return out;
  }

  /** The htmldate set: two JSON files of {url: {file, date}}, pages in test_set/, cache/, eval/. */
  static List<GoldPage> htmldate(Path root, int limit) throws IOException {
    Path dir = Archives.unpacked(root.resolve("htmldate-eval/htmldate-eval-1000.tar.xz"));
    List<GoldPage> out = new ArrayList<>();
    for (String name : List.of("eval_default.json", "eval_mediacloud_2020.json")) {
      JsonNode all = JSON.readTree(dir.resolve(name).toFile());
      for (Iterator<Map.Entry<String, JsonNode>> it = all.fields();
          it.hasNext() && out.size() < limit; ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode v = e.getValue();
        Path html = find(dir, text(v, "file"), "test_set", "cache", "eval");
        String page = html == null ? "" : HtmlBytes.decode(Files.readAllBytes(html));
        out.add(
            new GoldPage(
                text(v, "file"), e.getKey(), page, null, null, null, null, null, text(v, "date")));
      }
    }
    return out;
  }

  /** WCXB test articles: {@code test/ground-truth/<id>.json} and {@code test/html/<id>.html.gz}. */
  static List<GoldPage> wcxb(Path root, int limit) throws IOException {
    Path dir = Archives.unpacked(root.resolve("wcxb-test-articles/wcxb-test-articles-257.tar.xz"));
    List<Path> files;
    try (Stream<Path> s = Files.list(dir.resolve("test/ground-truth"))) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().limit(limit).toList();
    }
    List<GoldPage> out = new ArrayList<>();
    for (Path f : files) {
      JsonNode v = JSON.readTree(f.toFile());
      JsonNode gt = v.path("ground_truth");
      String id = f.getFileName().toString().replace(".json", "");
      Path html = dir.resolve("test/html").resolve(id + ".html.gz");
      out.add(
          new GoldPage(
              id,
              text(v, "url"),
              HtmlBytes.decode(gunzip(html)),
              text(gt, "main_content"),
              strings(gt.get("with")),
              strings(gt.get("without")),
              blankToNull(text(gt, "title")),
              author(gt.get("author")),
              blankToNull(text(gt, "publish_date"))));
    }
    return out;
  }

  static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }

  private static Path find(Path dir, String file, String... folders) {
    if (file == null) {
      return null;
    }
    for (String f : folders) {
      Path p = dir.resolve(f).resolve(file);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  private static String author(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      List<String> names = strings(v);
      return names.isEmpty() ? null : String.join("; ", names);
    }
    return blankToNull(v.asText());
  }
}
