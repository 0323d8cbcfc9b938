package org.parallax.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The system outputs shipped with the Scrapinghub set ({@code reference-output/*.json.gz}), scored
 * with {@link ShingleScore} to show that the metric reproduces the published table.
 */
final class ReferenceOutputs {

  /** Published AEB F1 per reference file (upstream README, latest run). */
  static final Map<String, String> PUBLISHED =
      Map.ofEntries(
          Map.entry("trafilatura", "0.958"),
          Map.entry("go_trafilatura", "0.960"),
          Map.entry("newspaper", "0.949"),
          Map.entry("news_please", "0.948"),
          Map.entry("readability_js", "0.947"),
          Map.entry("readability", "0.922"),
          Map.entry("goose3", "0.896"),
          Map.entry("boilerpipe", "0.860"),
          Map.entry("justext", "0.804"),
          Map.entry("html-text", "0.665"));

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReferenceOutputs() {}

  /** Scores every reference file against the AEB gold; keys are file names without extension. */
  static Map<String, Scores> score(Path aebDir, List<GoldPage> gold) throws IOException {
    Map<String, Scores> out = new LinkedHashMap<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(aebDir.resolve("reference-output"))) {
      files = s.filter(p -> p.toString().endsWith(".json.gz")).sorted().toList();
    }
    for (Path f : files) {
      JsonNode root = JSON.readTree(BenchSets.gunzip(f));
      JsonNode outputs = root.has("output") ? root.get("output") : root;
      List<ShingleScore> scores = new ArrayList<>();
      for (GoldPage g : gold) {
        JsonNode item = outputs.path(g.id()).get("articleBody");
        String text = item == null || item.isNull() ? "" : item.asText();
        scores.add(ShingleScore.of(g.body(), text));
      }
      out.put(f.getFileName().toString().replace(".json.gz", ""), ShingleScore.summarise(scores));
    }
    return out;
  }
}
