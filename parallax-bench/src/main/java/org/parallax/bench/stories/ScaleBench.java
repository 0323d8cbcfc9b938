package org.parallax.bench.stories;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.bench.table.Table;
import org.parallax.core.story.Overrides;
import org.parallax.core.story.Story;
import org.parallax.core.story.SyndicationFamily;
import org.parallax.group.story.SignalExtractor;
import org.parallax.group.story.Signals;
import org.parallax.group.story.StoryConfig;
import org.parallax.group.story.StoryGrouper;
import org.parallax.group.syndication.SyndicationDetector;

/**
 * Time and peak heap of grouping synthetic corpora (syndication families, then signals and online
 * story clustering; embeddings are synthetic, their cost is measured by {@code bench embeddings}).
 * Single-threaded.
 */
public final class ScaleBench {

  private final PrintWriter log;

  /** A bench that logs progress to {@code log}. */
  public ScaleBench(PrintWriter log) {
    this.log = log;
  }

  /** Runs each size and returns the table. */
  public Table run(List<Integer> sizes) {
    Table t =
        Table.of(
            "articles",
            "syndication CPU s",
            "families",
            "stories CPU s",
            "total CPU s",
            "wall s",
            "CPU µs / article",
            "peak heap MB",
            "stories (gold)",
            "B³ F1");
    for (int n : sizes) {
      SyntheticCorpus corpus = SyntheticCorpus.generate(n, 42);
      System.gc();
      resetPeaks();
      var threads = ManagementFactory.getThreadMXBean();
      long w0 = System.nanoTime();
      long t0 = threads.getCurrentThreadCpuTime();
      List<SyndicationFamily> families = SyndicationDetector.defaults().families(corpus.articles());
      long t1 = threads.getCurrentThreadCpuTime();
      StoryConfig config = StoryConfig.defaults();
      List<Signals> signals =
          new SignalExtractor(config).extract(corpus.articles(), corpus.embeddings());
      List<Story> stories =
          new StoryGrouper(config, null)
              .group(corpus.articles(), signals, families, Overrides.none());
      long t2 = threads.getCurrentThreadCpuTime();
      long w2 = System.nanoTime();
      long peak = peakHeap();
      Map<String, String> pred = new HashMap<>();
      stories.forEach(s -> s.articles().forEach(a -> pred.put(a, s.id())));
      Map<String, String> gold = new HashMap<>();
      for (int i = 0; i < n; i++) {
        gold.put(corpus.articles().get(i).id(), Integer.toString(corpus.story().get(i)));
      }
      List<String> ids = corpus.articles().stream().map(a -> a.id()).toList();
      double f1 = ClusterScores.bcubed(ids, pred, gold).f1();
      t.row(
          Integer.toString(n),
          Table.number((t1 - t0) / 1e9, 1),
          Integer.toString(families.size()),
          Table.number((t2 - t1) / 1e9, 1),
          Table.number((t2 - t0) / 1e9, 1),
          Table.number((w2 - w0) / 1e9, 1),
          Table.number((t2 - t0) / 1e3 / n, 0),
          Long.toString(peak / (1024 * 1024)),
          stories.size() + " (" + gold.values().stream().distinct().count() + ")",
          Table.number(f1, 3));
      log.printf(
          java.util.Locale.ROOT,
          "scale %d: syndication %.1f CPU s, stories %.1f CPU s, wall %.1f s, peak heap %d MB%n",
          n,
          (t1 - t0) / 1e9,
          (t2 - t1) / 1e9,
          (w2 - w0) / 1e9,
          peak / (1024 * 1024));
      log.flush();
    }
    return t;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
