package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.json.Json;
import picocli.CommandLine;

/** {@code parallax analyze}: ingest then enrich, in input order, with rejects and exit codes. */
class AnalyzeCommandTest {

  @TempDir Path tmp;

  private Path inputs(String... extra) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    for (String name : List.of("000_a143d11ab348a2c9.txt", "004_15ecbd5b46e51b69.txt")) {
      try (InputStream in = getClass().getResourceAsStream("/analyze/" + name)) {
        Files.copy(in, dir.resolve(name));
      }
    }
    for (int i = 0; i < extra.length; i++) {
      Files.writeString(dir.resolve("zz-extra-" + i + ".txt"), extra[i], StandardCharsets.UTF_8);
    }
    return dir;
  }

  private static int run(StringWriter out, String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    return cl.execute(args);
  }

  @Test
  void anUnreadableSourceRegistryStopsTheRunBeforeItWritesAnything() throws IOException {
    Path out = tmp.resolve("out");
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    int code =
        cl.execute(
            "analyze",
            inputs().toString(),
            "--out",
            out.toString(),
            "--sources",
            tmp.resolve("none.tsv").toString());
    assertEquals(ExitCodes.FAILURE, code);
    assertTrue(err.toString().contains("cannot read --sources"), err.toString());
    assertTrue(Files.notExists(out), "no output directory without a registry");
  }

  @Test
  void seedsBecomeEnrichedArticlesInInputOrder() throws IOException {
    Path out = tmp.resolve("out");
    StringWriter console = new StringWriter();
    int code =
        run(console, "analyze", inputs().toString(), "--out", out.toString(), "--threads", "2");
    assertEquals(ExitCodes.OK, code, console.toString());
    List<JsonNode> articles = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
      articles.add(Json.mapper().readTree(line));
    }
    assertEquals(2, articles.size());
    assertTrue(articles.get(0).get("source").asText().endsWith("000_a143d11ab348a2c9.txt"));
    JsonNode wsws = articles.get(0);
    assertEquals("en", wsws.get("language").asText());
    assertTrue(ids(wsws).contains("North Korea"), ids(wsws).toString());
    assertTrue(ids(wsws).contains("Joe Biden"), ids(wsws).toString());
    assertTrue(wsws.get("sentences").size() > 30);
    assertTrue(wsws.get("times").size() > 5);
    assertEquals(0, Files.size(out.resolve("rejects.jsonl")));
    assertTrue(console.toString().contains("2 articles enriched"), console.toString());
  }

  @Test
  void anEmptyInputIsARejectAndTheRunGoesOn() throws IOException {
    Path out = tmp.resolve("out");
    StringWriter console = new StringWriter();
    int code =
        run(console, "analyze", inputs("").toString(), "--out", out.toString(), "--threads", "1");
    assertEquals(ExitCodes.REJECTS, code, console.toString());
    assertEquals(2, Files.readAllLines(out.resolve("articles.jsonl")).size());
    assertEquals(1, Files.readAllLines(out.resolve("rejects.jsonl")).size());
  }

  private static List<String> ids(JsonNode article) {
    List<String> ids = new ArrayList<>();
    article.get("entities").forEach(e -> ids.add(e.get("id").asText()));
    return ids;
  }
}
