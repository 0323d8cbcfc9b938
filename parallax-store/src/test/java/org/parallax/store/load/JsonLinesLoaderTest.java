package org.parallax.store.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.json.Json;
import org.parallax.core.model.Article;
import org.parallax.core.model.Position;
import org.parallax.core.story.Story;
import org.parallax.store.AddResult;
import org.parallax.store.Corpus;

class JsonLinesLoaderTest {

  @TempDir Path dir;

  static Article article(int i) {
    return Article.builder()
        .id("id" + i)
        .source("test")
        .title("Title " + i)
        .paragraphs(List.of("Paragraph of article " + i + "."))
        .build();
  }

  @Test
  void loadsArticlesInBatchesAndReportsBadLines() throws IOException {
    Path file = dir.resolve("articles.jsonl");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      sb.append(Json.write(article(i))).append('\n');
      if (i == 2) {
        sb.append("{not json\n\n");
      }
    }
    Files.writeString(file, sb, StandardCharsets.UTF_8);
    try (Corpus c = Corpus.open(dir.resolve("corpus"))) {
      LoadResult r = new JsonLinesLoader(2).articles(file, c);
      assertEquals(6, r.lines());
      assertEquals(5, r.records());
      assertEquals(new AddResult(5, 0, 0, List.of()), r.added());
      assertEquals(1, r.problems().size());
      assertEquals(Position.line(4), r.problems().get(0).position());
      assertEquals(article(3), c.article("id3").orElseThrow());

      LoadResult again = new JsonLinesLoader(2).articles(file, c);
      assertEquals(new AddResult(0, 0, 5, List.of()), again.added());
      assertEquals(5, c.articleCount());
    }
  }

  @Test
  void loadsStories() throws IOException {
    Story s =
        new Story("s1", "T", List.of("id1", "id2"), List.of(), null, null, List.of(), false, null);
    Path file = dir.resolve("stories.jsonl");
    Files.writeString(file, Json.write(s) + "\n", StandardCharsets.UTF_8);
    try (Corpus c = Corpus.open(dir.resolve("corpus"))) {
      LoadResult r = new JsonLinesLoader(10).records(file, c.stories());
      assertEquals(1, r.records());
      assertEquals(s, c.stories().containing("id2", 0, 5).items().get(0));
    }
  }
}
