package org.parallax.server.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.compare.Comparison;
import org.parallax.core.compare.Coverage;
import org.parallax.core.compare.QuoteLedger;
import org.parallax.core.json.Json;
import org.parallax.core.model.Article;
import org.parallax.core.story.Story;
import org.parallax.store.Corpus;
import org.parallax.store.StoredKind;

class AnalysisLoaderTest {

  @TempDir Path tmp;

  private static Article article(String id, String title) {
    return Article.builder()
        .id(id)
        .source("test")
        .title(title)
        .paragraphs(List.of(title + " happened today in the harbour."))
        .build();
  }

  @Test
  void loadsEveryFileOnceAndReportsBadLines() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("analysis"));
    Files.writeString(
        dir.resolve(AnalysisLoader.ARTICLES),
        Json.write(article("a1", "Ferry resumes"))
            + "\n\n"
            + Json.write(article("a2", "Pier repaired"))
            + "\n{broken\n",
        StandardCharsets.UTF_8);
    Story story =
        new Story(
            "s1",
            "Harbour",
            List.of("a1", "a2"),
            List.of(),
            null,
            null,
            List.of(),
            false,
            List.of());
    Files.writeString(
        dir.resolve(AnalysisLoader.STORIES), Json.write(story) + "\n", StandardCharsets.UTF_8);
    Comparison c =
        new Comparison(
            "s1",
            List.of(),
            List.of(),
            new Coverage(2, List.of(), Map.of(), List.of(), List.of()),
            List.of(),
            QuoteLedger.empty(),
            Map.of(),
            List.of());
    Files.writeString(
        dir.resolve(AnalysisLoader.COMPARISONS), Json.write(c) + "\n", StandardCharsets.UTF_8);
    try (Corpus corpus = Corpus.open(tmp.resolve("corpus"))) {
      AnalysisLoader.Loaded first = AnalysisLoader.load(dir, corpus);
      assertEquals(2, first.articles());
      assertEquals(1, first.stories());
      assertEquals(1, first.comparisons());
      assertEquals(0, first.families());
      assertEquals(1, first.problems().size());
      assertEquals(4L, first.problems().get(0).position().line());
      assertEquals(2, corpus.articleCount());
      assertEquals(
          List.of("a1", "a2"),
          corpus.get(StoredKind.STORY, "s1", Story.class).orElseThrow().articles());
      assertTrue(corpus.getJson(StoredKind.COMPARISON, "s1").isPresent());
      assertEquals(
          "s1", corpus.list(StoredKind.STORY, "a2", Story.class, 0, 5).items().get(0).id());
      AnalysisLoader.load(dir, corpus);
      assertEquals(2, corpus.articleCount());
      assertEquals(1, corpus.list(StoredKind.STORY, null, Story.class, 0, 5).total());
    }
  }
}
