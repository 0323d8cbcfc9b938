package org.parallax.bench.claims;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.parallax.compare.Corpus;
import org.parallax.compare.StoryComparator;
import org.parallax.compare.coverage.Outlets;
import org.parallax.compare.report.ReportWriter;
import org.parallax.compare.report.StoryReport;
import org.parallax.core.compare.Comparison;
import org.parallax.core.embed.Embedder;
import org.parallax.core.model.Article;
import org.parallax.core.registry.SourceRegistry;

/**
 * Throughput of the comparison: one story of 50 ECB+ articles (the first 50 of the test split,
 * topics 36 to 45, taken as one story), and a report of 1,000 stories made of copies of that
 * comparison under 1,000 ids.
 */
public final class CompareTiming {

  private CompareTiming() {}

  /**
   * The timings.
   *
   * @param articles articles in the compared story
   * @param sentences their sentences
   * @param compareMillis wall time of the second of two comparisons of the story
   * @param stories stories in the report
   * @param pages pages written
   * @param megabytes size of the report
   * @param renderMillis wall time to write the report
   */
  public record Result(
      int articles,
      int sentences,
      long compareMillis,
      int stories,
      long pages,
      double megabytes,
      long renderMillis) {}

  /** Runs both measurements; the report goes to a temporary folder, deleted afterwards. */
  public static Result run(Path data, Embedder embedder, int storyArticles, int reportStories)
      throws IOException {
    List<EcbCorpus.Doc> docs =
        new ArrayList<>(
            EcbCorpus.read(data, s -> Integer.parseInt(s.replaceAll("\\D.*", "")) >= 36, true)
                .values());
    List<Article> articles =
        docs.stream().limit(storyArticles).map(EcbCorpus.Doc::article).toList();
    Outlets outlets = new Outlets(SourceRegistry.defaults());
    Corpus corpus = new Corpus(outlets);
    articles.forEach(corpus::add);
    StoryComparator comparator = new StoryComparator(embedder, corpus, outlets);
    ClaimsBench.compare(comparator, "warm-up", articles);
    long t0 = System.nanoTime();
    Comparison c = ClaimsBench.compare(comparator, "s50", articles);
    long compare = (System.nanoTime() - t0) / 1_000_000;
    List<StoryReport> stories = new ArrayList<>();
    for (int i = 0; i < reportStories; i++) {
      Comparison copy =
          new Comparison(
              "s" + i,
              c.articles(),
              c.outlets(),
              c.coverage(),
              c.claims(),
              c.quotes(),
              c.vocabulary(),
              c.entities());
      stories.add(new StoryReport("Story " + i, copy, i < 20 ? articles : List.of()));
    }
    Path dir = Files.createTempDirectory("parallax-report-bench");
    try {
      long t1 = System.nanoTime();
      new ReportWriter().write(dir, stories);
      long render = (System.nanoTime() - t1) / 1_000_000;
      long pages;
      long bytes = 0;
      try (Stream<Path> s = Files.list(dir)) {
        List<Path> files = s.toList();
        pages = files.size();
        for (Path p : files) {
          bytes += Files.size(p);
        }
      }
      int sentences = articles.stream().mapToInt(a -> a.sentences().size()).sum();
      return new Result(
          articles.size(), sentences, compare, reportStories, pages, bytes / 1e6, render);
    } finally {
      try (Stream<Path> s = Files.walk(dir)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
