package org.parallax.bench.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One tool's outputs on one set, in page order, and the wall time they took.
 *
 * @param outputs one extraction per page ({@link Extraction#nothing()} where the tool failed)
 * @param seconds wall-clock seconds for the whole set
 * @param failures pages on which the tool threw
 */
public record ToolRun(List<Extraction> outputs, double seconds, int failures) {

  /** Copies the outputs. */
  public ToolRun {
    outputs = List.copyOf(outputs);
  }

  /**
   * The runs of consecutive slices of a set as one run: outputs in order, times and failures added.
   */
  public static ToolRun concat(List<ToolRun> parts) {
    List<Extraction> outputs = new ArrayList<>();
    double seconds = 0;
    int failures = 0;
    for (ToolRun p : parts) {
      outputs.addAll(p.outputs());
      seconds += p.seconds();
      failures += p.failures();
    }
    return new ToolRun(outputs, seconds, failures);
  }

  /** Runs {@code tool} over {@code pages} on {@code threads} threads. */
  public static ToolRun of(ExtractionTool tool, List<GoldPage> pages, int threads)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      long start = System.nanoTime();
      List<Future<Extraction>> futures = new ArrayList<>();
      for (GoldPage p : pages) {
        futures.add(pool.submit(() -> safely(tool, p)));
      }
      List<Extraction> outputs = new ArrayList<>();
      int failures = 0;
      for (Future<Extraction> f : futures) {
        Extraction e;
        try {
          e = f.get();
        } catch (ExecutionException ex) {
          e = null;
        }
        if (e == null) {
          failures++;
          e = Extraction.nothing();
        }
        outputs.add(e);
      }
      return new ToolRun(outputs, (System.nanoTime() - start) / 1e9, failures);
    } finally {
      pool.shutdownNow();
    }
  }

  @SuppressWarnings("PMD.AvoidCatchingThrowable")
  private static Extraction safely(ExtractionTool tool, GoldPage page) {
    try {
      return tool.extract(page.html(), page.url());
    } catch (Exception | StackOverflowError e) {
      return null;
    }
  }
}
