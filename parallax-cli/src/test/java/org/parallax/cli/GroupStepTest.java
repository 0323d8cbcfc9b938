package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.parallax.core.story.Override;
import org.parallax.core.story.Story;
import org.parallax.store.Corpus;
import org.parallax.store.StoredKind;

class GroupStepTest {

  private static AnalyzeContext context(Path dir) {
    return new AnalyzeContext(
        List.of(),
        dir,
        SourceRegistry.defaults(),
        1,
        new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
  }

  @Test
  void theSeedsBecomeOneStoryAndNoFamily(@TempDir Path dir) throws Exception {
    try (InputStream in = GroupStepTest.class.getResourceAsStream("/group/articles.jsonl")) {
      Files.write(dir.resolve(IngestRunner.ARTICLES), in.readAllBytes());
    }
    assertEquals(ExitCodes.OK, new GroupStep().run(context(dir)));
    assertEquals("", Files.readString(dir.resolve(GroupStep.SYNDICATION), StandardCharsets.UTF_8));
    List<String> lines = Files.readAllLines(dir.resolve(GroupStep.STORIES), StandardCharsets.UTF_8);
    assertEquals(1, lines.size());
    Story story = Json.read(lines.get(0), Story.class);
    assertEquals(List.of("seed-0", "seed-1"), story.articles());
    assertTrue(story.entities().contains("North Korea"), story.entities().toString());
  }

  @Test
  void aSplitInTheOverridesFileSurvivesTheReRun(@TempDir Path dir) throws Exception {
    try (InputStream in = GroupStepTest.class.getResourceAsStream("/group/articles.jsonl")) {
      Files.write(dir.resolve(IngestRunner.ARTICLES), in.readAllBytes());
    }
    Files.writeString(
        dir.resolve(GroupStep.OVERRIDES),
        "{\"overrides\": [{\"action\": \"split\", \"articles\": [\"seed-1\"], \"note\": \"test\"}]}",
        StandardCharsets.UTF_8);
    assertEquals(ExitCodes.OK, new GroupStep().run(context(dir)));
    assertEquals(ExitCodes.OK, new GroupStep().run(context(dir)));
    List<String> lines = Files.readAllLines(dir.resolve(GroupStep.STORIES), StandardCharsets.UTF_8);
    assertEquals(2, lines.size());
    assertTrue(lines.get(1).contains("\"decision\":\"override\""), lines.get(1));
  }

  @Test
  void aSplitStoredInTheCorpusByTheServerSurvivesTheReRun(@TempDir Path dir) throws Exception {
    try (InputStream in = GroupStepTest.class.getResourceAsStream("/group/articles.jsonl")) {
      Files.write(dir.resolve(IngestRunner.ARTICLES), in.readAllBytes());
    }
    Path corpusDir = dir.resolve("corpus");
    try (Corpus corpus = Corpus.open(corpusDir)) {
      Override split = Override.split(List.of("seed-1"), "from the web app");
      corpus.put(StoredKind.OVERRIDE, "0000000000001-0001-test", split, split.articles());
    }
    AnalyzeContext withCorpus =
        new AnalyzeContext(
            List.of(),
            dir,
            SourceRegistry.defaults(),
            1,
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()),
            corpusDir);
    assertEquals(ExitCodes.OK, new GroupStep().run(withCorpus));
    List<String> lines = Files.readAllLines(dir.resolve(GroupStep.STORIES), StandardCharsets.UTF_8);
    assertEquals(2, lines.size(), "the stored split keeps seed-1 apart: " + lines);
    assertTrue(lines.get(1).contains("\"decision\":\"override\""), lines.get(1));
  }
}
