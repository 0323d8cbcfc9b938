package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code parallax ingest} and {@code parallax demo}: exit codes, summary, determinism. */
class IngestCommandTest {

  private static final List<String> SEEDS =
      List.of("000_a143d11ab348a2c9.txt", "004_15ecbd5b46e51b69.txt");

  @TempDir Path tmp;
  Path seeds;

  @BeforeEach
  void copySeeds() throws IOException {
    seeds = Files.createDirectories(tmp.resolve("seeds"));
    for (String name : SEEDS) {
      try (InputStream in = getClass().getResourceAsStream("/ingest/" + name)) {
        Files.copy(in, seeds.resolve(name));
      }
    }
  }

  /** Output and exit code of one run. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void everyItemAnArticleExitsZero() throws IOException {
    Path out = tmp.resolve("out");
    Run r = run("ingest", seeds.toString(), "--out", out.toString(), "--no-progress");
    assertEquals(ExitCodes.OK, r.code(), r.err());
    assertTrue(r.out().contains("Read 2 inputs, 2 items"), r.out());
    assertTrue(r.out().contains("2 articles, 0 rejects"), r.out());
    assertEquals(2, Files.readAllLines(out.resolve("articles.jsonl")).size());
    assertEquals(0, Files.size(out.resolve("rejects.jsonl")));
  }

  @Test
  void rejectsExitTwoAndAreCountedByReason() throws IOException {
    Files.write(seeds.resolve("empty.txt"), new byte[0]);
    Files.writeString(seeds.resolve("lines.jsonl"), "{\"url\":\"https://a.example/x\"}\n{oops\n");
    Path out = tmp.resolve("out");
    Run r = run("ingest", seeds.toString(), "--out", out.toString(), "--no-progress");
    assertEquals(ExitCodes.REJECTS, r.code(), r.err());
    assertTrue(r.out().contains("2 articles, 3 rejects"), r.out());
    assertTrue(
        r.out()
            .matches("(?s).*Rejects by reason:\\s+bad-json\\s+1\\s+empty\\s+1\\s+no-text\\s+1.*"),
        r.out());
    List<String> rejects = Files.readAllLines(out.resolve("rejects.jsonl"));
    assertEquals(3, rejects.size());
    assertTrue(rejects.get(0).contains("\"code\":\"empty\""), rejects.get(0));
    assertTrue(rejects.get(1).contains("\"position\":{\"line\":1}"), rejects.get(1));
    assertTrue(rejects.get(2).contains("\"code\":\"bad-json\""), rejects.get(2));
  }

  @Test
  void nothingReadableExitsOne() {
    Run r = run("ingest", tmp.resolve("missing").toString(), "--out", tmp.resolve("o").toString());
    assertEquals(ExitCodes.FAILURE, r.code());
    assertTrue(r.err().contains("nothing could be read"), r.err());
  }

  @Test
  void usageErrorsExitOne() {
    assertEquals(ExitCodes.FAILURE, run("ingest", seeds.toString()).code(), "--out is required");
    assertEquals(ExitCodes.FAILURE, run("ingest", "--out", tmp.toString()).code(), "no input");
    Run r =
        run(
            "ingest",
            seeds.toString(),
            "--out",
            tmp.resolve("o").toString(),
            "--sources",
            tmp.resolve("none.tsv").toString());
    assertEquals(ExitCodes.FAILURE, r.code());
    assertTrue(r.err().contains("--sources"), r.err());
  }

  @Test
  void reRunsGiveTheSameBytesWhateverTheThreads() throws IOException {
    Files.writeString(seeds.resolve("bad.jsonl"), "{\"text\":\"\"}\n", StandardCharsets.UTF_8);
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertEquals(2, run("ingest", seeds.toString(), "--out", a.toString(), "--no-progress").code());
    assertEquals(
        2,
        run("ingest", seeds.toString(), "--out", b.toString(), "--workers", "1", "--no-progress")
            .code());
    assertArrayEquals(
        Files.readAllBytes(a.resolve("articles.jsonl")),
        Files.readAllBytes(b.resolve("articles.jsonl")));
    assertArrayEquals(
        Files.readAllBytes(a.resolve("rejects.jsonl")),
        Files.readAllBytes(b.resolve("rejects.jsonl")));
    assertEquals(2, run("ingest", seeds.toString(), "--out", a.toString(), "--no-progress").code());
    assertArrayEquals(
        Files.readAllBytes(a.resolve("articles.jsonl")),
        Files.readAllBytes(b.resolve("articles.jsonl")),
        "a re-run into the same directory replaces it");
  }

  @Test
  void userSourcesFileRenamesAPublisher() throws IOException {
    Path tsv = tmp.resolve("mine.tsv");
    Files.writeString(
        tsv,
        "domain\tname\ncountry\nwsws.org\tWSWS (my label)\tINT\ten\tnonprofit\t\t\t\n"
            .replace(
                "domain\tname\ncountry\n",
                "domain\tname\tcountry\tlanguage\tkind\towner\taliases\tlabels\n"));
    Path out = tmp.resolve("out");
    assertEquals(
        0,
        run(
                "ingest",
                seeds.toString(),
                "--out",
                out.toString(),
                "--sources",
                tsv.toString(),
                "--no-progress")
            .code());
    assertTrue(
        Files.readString(out.resolve("articles.jsonl"))
            .contains("\"publisher\":\"WSWS (my label)\""));
  }

  @Test
  void demoFindsExamplesUnderParallaxHome() {
    assertEquals(Path.of("examples"), DemoCommand.examplesDir(null));
    assertEquals(Path.of("some", "home", "examples"), DemoCommand.examplesDir("some/home"));
  }
}
