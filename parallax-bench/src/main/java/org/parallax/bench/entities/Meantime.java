package org.parallax.bench.entities;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.parallax.core.json.Json;

/**
 * Reads MEANTIME English ({@code events/meantime-en}): the 120 texts rebuilt from {@code
 * meantime.conll.gz} (one paragraph per gold sentence), publication dates from {@code
 * documents.tsv}, and the proper-name mentions of persons, organisations and places from {@code
 * entities_mentions.json.gz} with their instance ids.
 */
final class Meantime {

  private static final Map<String, String> TYPES =
      Map.of("PER", "person", "ORG", "organization", "LOC", "place");

  private Meantime() {}

  static List<GoldDoc> read(Path dir) throws IOException {
    Map<String, String[]> meta = documents(dir.resolve("documents.tsv"));
    Map<String, List<List<String>>> tokens = conll(dir.resolve("meantime.conll.gz"));
    Map<String, List<GoldMention>> mentions = new HashMap<>();
    Map<String, int[][]> offsets = new HashMap<>();
    for (Map.Entry<String, List<List<String>>> e : tokens.entrySet()) {
      offsets.put(e.getKey(), offsets(e.getValue()));
    }
    try (InputStream in =
        new GZIPInputStream(Files.newInputStream(dir.resolve("entities_mentions.json.gz")))) {
      for (JsonNode m : Json.mapper().readTree(in)) {
        String type = TYPES.get(m.get("mention_type").asText());
        String key = m.get("conll_doc_key").asText();
        if (type == null
            || !offsets.containsKey(key)
            || !"PROPN".equals(m.get("mention_head_pos").asText())) {
          continue;
        }
        List<String> sentence = tokens.get(key).get(m.get("sent_id").asInt());
        JsonNode idx = m.get("tokens_number");
        int first = idx.get(0).asInt();
        int last = idx.get(idx.size() - 1).asInt();
        while (first < last && sentence.get(first).equalsIgnoreCase("the")) {
          first++;
        }
        if (!Character.isUpperCase(sentence.get(first).charAt(0))) {
          continue;
        }
        int[] sentOffsets = offsets.get(key)[m.get("sent_id").asInt()];
        int start = sentOffsets[first * 2];
        int end = sentOffsets[last * 2 + 1];
        String chain = m.get("coref_chain").asText();
        String instance = chain.substring(chain.lastIndexOf('_') + 1);
        mentions
            .computeIfAbsent(key, k -> new ArrayList<>())
            .add(new GoldMention(start, end, type, instance));
      }
    }
    List<GoldDoc> docs = new ArrayList<>();
    for (Map.Entry<String, List<List<String>>> e : tokens.entrySet()) {
      String num = e.getKey().substring(e.getKey().indexOf('/') + 1);
      String[] m = meta.get(num);
      List<String> paragraphs = new ArrayList<>();
      for (List<String> s : e.getValue()) {
        paragraphs.add(String.join(" ", s));
      }
      docs.add(
          new GoldDoc(
              e.getKey(),
              m == null ? null : m[4],
              m == null ? null : m[2],
              paragraphs,
              mentions.getOrDefault(e.getKey(), List.of())));
    }
    return docs;
  }

  /** Per sentence, start and end of each token in the text (sentences joined by a blank line). */
  private static int[][] offsets(List<List<String>> sentences) {
    int[][] out = new int[sentences.size()][];
    int pos = 0;
    for (int s = 0; s < sentences.size(); s++) {
      List<String> toks = sentences.get(s);
      out[s] = new int[toks.size() * 2];
      for (int t = 0; t < toks.size(); t++) {
        out[s][t * 2] = pos;
        pos += toks.get(t).length();
        out[s][t * 2 + 1] = pos;
        pos += 1;
      }
      pos += 1; // the paragraph separator is two characters; one space was counted already
    }
    return out;
  }

  private static Map<String, String[]> documents(Path tsv) throws IOException {
    Map<String, String[]> out = new HashMap<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      String[] c = line.split("\t");
      if (c.length >= 5 && !"doc_num".equals(c[0])) {
        out.put(c[0], c);
      }
    }
    return out;
  }

  private static Map<String, List<List<String>>> conll(Path gz) throws IOException {
    Map<String, List<List<String>>> docs = new LinkedHashMap<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] c = line.split("\t");
        if (line.startsWith("#") || c.length < 4) {
          continue;
        }
        List<List<String>> sentences = docs.computeIfAbsent(c[0], k -> new ArrayList<>());
        int sent = Integer.parseInt(c[1]);
        while (sentences.size() <= sent) {
          sentences.add(new ArrayList<>());
        }
        sentences.get(sent).add(c[3]);
      }
    }
    return docs;
  }
}
