package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.compare.Comparison;
import org.parallax.core.registry.SourceRegistry;
import org.parallax.core.story.Story;
import org.parallax.store.Corpus;
import org.parallax.store.query.Page;
import picocli.CommandLine;

/**
 * {@code analyze --corpus}: a later batch joins the corpus's story and refreshes its comparison.
 */
class IncrementalAnalyzeTest {

  @TempDir Path tmp;

  private Path input(String name) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("in-" + name));
    try (InputStream in = getClass().getResourceAsStream("/analyze/" + name)) {
      Files.copy(in, dir.resolve(name));
    }
    return dir;
  }

  private static String analyze(Path input, Path out, Path corpus) {
    CommandLine cl = Main.commandLine();
    StringWriter text = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(text));
    cl.setErr(new PrintWriter(err));
    int code =
        cl.execute(
            "analyze",
            input.toString(),
            "--out",
            out.toString(),
            "--threads",
            "2",
            "--corpus",
            corpus.toString());
    assertEquals(ExitCodes.OK, code, text + "\n" + err);
    return text.toString();
  }

  private record State(List<Story> stories, List<Comparison> comparisons, long articles) {}

  private static State state(Path corpus) throws IOException {
    try (Corpus c = Corpus.open(corpus)) {
      Page<Story> stories = c.stories().list(0, 100);
      Page<Comparison> comparisons = c.comparisons().list(0, 100);
      return new State(stories.items(), comparisons.items(), c.articleCount());
    }
  }

  @Test
  void theSecondSeedJoinsTheFirstSeedsStoryAndAReRunChangesNothing() throws IOException {
    Path corpus = tmp.resolve("corpus");
    analyze(input("000_a143d11ab348a2c9.txt"), tmp.resolve("out1"), corpus);
    State first = state(corpus);
    assertEquals(1, first.articles());
    assertEquals(1, first.stories().size(), first.stories().toString());

    Path second = tmp.resolve("out2");
    String console = analyze(input("004_15ecbd5b46e51b69.txt"), second, corpus);
    assertTrue(console.contains("Grouped 2 articles (1 from the corpus)"), console);
    State merged = state(corpus);
    assertEquals(2, merged.articles());
    assertEquals(1, merged.stories().size(), merged.stories().toString());
    Story story = merged.stories().get(0);
    assertEquals(2, story.articles().size(), story.toString());
    assertTrue(story.articles().containsAll(first.stories().get(0).articles()));
    assertEquals(1, merged.comparisons().size());
    assertEquals(story.id(), merged.comparisons().get(0).story());
    assertEquals(2, merged.comparisons().get(0).articles().size());

    // the second batch again (grouping, comparison and loading; its enriched articles are reused)
    StringWriter text = new StringWriter();
    AnalyzeContext again =
        new AnalyzeContext(
            List.of(),
            second,
            SourceRegistry.defaults(),
            1,
            new PrintWriter(text),
            new PrintWriter(new StringWriter()),
            corpus);
    int code = AnalyzeCommand.run(again, List.of(new GroupStep(), new CompareStep()));
    CorpusOption option = new CorpusOption();
    option.dir = corpus;
    code = option.load(code, second, SourceRegistry.defaults(), again.out(), again.err(), true);
    assertEquals(ExitCodes.OK, code, text.toString());
    assertTrue(
        text.toString().contains("0 articles added, 0 updated, 1 unchanged"), text.toString());
    State rerun = state(corpus);
    assertEquals(2, rerun.articles());
    assertEquals(List.of(story.id()), rerun.stories().stream().map(Story::id).toList());
    assertEquals(Set.copyOf(story.articles()), Set.copyOf(rerun.stories().get(0).articles()));
    assertEquals(1, rerun.comparisons().size());
    assertEquals(story.id(), rerun.comparisons().get(0).story());
  }
}
