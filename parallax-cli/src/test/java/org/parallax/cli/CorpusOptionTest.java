package org.parallax.cli;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.json.Json;
import org.parallax.core.registry.SourceRegistry;
import org.parallax.core.story.Story;
import org.parallax.store.Corpus;
import org.parallax.store.query.ArticleHit;
import org.parallax.store.query.SearchRequest;
import picocli.CommandLine;

/** {@code --corpus}: the run's results land in the corpus, once. */
class CorpusOptionTest {

  @TempDir Path tmp;

  @Test
  void ingestAddsItsArticlesToTheCorpusOnce() throws IOException {
    Path seed = tmp.resolve("seed.txt");
    try (InputStream in = getClass().getResourceAsStream("/ingest/000_a143d11ab348a2c9.txt")) {
      Files.copy(in, seed);
    }
    Path corpus = tmp.resolve("corpus");
    String[] args = {
      "ingest",
      seed.toString(),
      "--out",
      tmp.resolve("out").toString(),
      "--no-progress",
      "--corpus",
      corpus.toString()
    };
    IngestCommandTest.Run first = IngestCommandTest.run(args);
    assertEquals(ExitCodes.OK, first.code(), first.err());
    assertTrue(first.out().contains("1 article added, 0 updated, 0 unchanged"), first.out());
    IngestCommandTest.Run second = IngestCommandTest.run(args);
    assertTrue(second.out().contains("0 articles added, 0 updated, 1 unchanged"), second.out());
    try (Corpus c = Corpus.open(corpus)) {
      assertEquals(1, c.articleCount());
      assertEquals(1, c.search(SearchRequest.of("\"north korea\" biden")).total());
    }
  }

  @Test
  void corpusArticlesGetVectorsForSimilarArticleSearch() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (String name : List.of("000_a143d11ab348a2c9.txt", "004_15ecbd5b46e51b69.txt")) {
      try (InputStream s = getClass().getResourceAsStream("/ingest/" + name)) {
        Files.copy(s, in.resolve(name));
      }
    }
    Path corpus = tmp.resolve("corpus");
    IngestCommandTest.Run run =
        IngestCommandTest.run(
            "ingest",
            in.toString(),
            "--out",
            tmp.resolve("out").toString(),
            "--no-progress",
            "--corpus",
            corpus.toString());
    assertEquals(ExitCodes.OK, run.code(), run.err());
    try (Corpus c = Corpus.open(corpus)) {
      List<String> ids =
          c.search(SearchRequest.of("korea")).hits().items().stream().map(ArticleHit::id).toList();
      assertEquals(2, ids.size(), ids.toString());
      List<ArticleHit> similar = c.similar(ids.get(0), 5);
      assertEquals(List.of(ids.get(1)), similar.stream().map(ArticleHit::id).toList());
      assertTrue(similar.get(0).score() > 0.3, "cosine " + similar.get(0).score());
    }
  }

  @Test
  void givenWithoutADirectoryItUsesTheDefault() {
    CorpusOption option = new CorpusOption();
    new CommandLine(new Holder(option)).parseArgs("--corpus");
    assertEquals(Path.of(CorpusOption.DEFAULT_DIR), option.dir);
    CorpusOption absent = new CorpusOption();
    new CommandLine(new Holder(absent)).parseArgs();
    assertEquals(null, absent.dir);
  }

  @Test
  void loadsStoriesBesideArticlesAndReportsBadLines() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(out.resolve(IngestRunner.ARTICLES), "{broken\n", StandardCharsets.UTF_8);
    Story s = new Story("s1", "T", List.of("x"), List.of(), null, null, List.of(), false, null);
    Files.writeString(out.resolve("stories.jsonl"), Json.write(s) + "\n", StandardCharsets.UTF_8);
    CorpusOption option = new CorpusOption();
    option.dir = tmp.resolve("corpus");
    StringWriter text = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        option.load(
            ExitCodes.OK,
            out,
            SourceRegistry.defaults(),
            new PrintWriter(text),
            new PrintWriter(err));
    assertEquals(ExitCodes.REJECTS, code);
    assertTrue(err.toString().contains("bad-json"), err.toString());
    assertTrue(text.toString().contains("1 from stories.jsonl"), text.toString());
    try (Corpus c = Corpus.open(option.dir)) {
      assertEquals(s, c.stories().get("s1").orElseThrow());
    }
  }

  @CommandLine.Command(name = "holder")
  static final class Holder {
    @CommandLine.Mixin final CorpusOption option;

    Holder(CorpusOption option) {
      this.option = option;
    }
  }
}
