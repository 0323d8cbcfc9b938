package org.parallax.bench.pipeline;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.parallax.bench.table.Table;
import org.parallax.core.model.Article;
import org.parallax.core.model.Problem;
import org.parallax.core.registry.SourceRegistry;
import org.parallax.ingest.IngestSink;
import org.parallax.ingest.Ingestor;
import org.parallax.nlp.Enricher;

/**
 * {@code parallax bench pipeline}: articles/s and tokens/s of ingest + enrich on 1 and 2 threads,
 * model start-up time, peak heap and the stage breakdown. Prints Markdown tables.
 */
public final class PipelineBench {

  private final Path data;
  private final int count;
  private final int words;

  /** A benchmark of {@code count} articles of about {@code words} words made from {@code data}. */
  public PipelineBench(Path data, int count, int words) {
    this.data = data;
    this.count = count;
    this.words = words;
  }

  /** One measured run. */
  private record Run(
      int threads,
      int articles,
      long tokens,
      long words,
      double seconds,
      double cpuSeconds,
      long peakHeap) {}

  /** Runs the benchmark and returns the report. */
  public String run() throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Enricher enricher = Enricher.shared().warmUp();
    double startup = (System.nanoTime() - t0) / 1e9;
    Path dir = Files.createTempDirectory("parallax-bench-pipeline");
    try {
      List<String> paragraphs = BenchArticles.paragraphs(data.resolve("ner/gum-news"));
      BenchArticles.write(paragraphs, count, words, dir);
      Ingestor ingestor = Ingestor.create(SourceRegistry.defaults());
      run(ingestor, dir, 2, Math.min(count, 8)); // warm-up: JIT and lazy tables
      double ingestOnly = ingestSeconds(ingestor, dir);
      List<Run> runs = new ArrayList<>();
      Map<String, Long> steps = Map.of();
      for (int threads : new int[] {1, 2}) {
        enricher.times().reset();
        runs.add(run(ingestor, dir, threads, count));
        steps = enricher.times().snapshot();
      }
      return report(startup, runs, ingestOnly, steps);
    } finally {
      deleteAll(dir);
    }
  }

  private Run run(Ingestor ingestor, Path dir, int threads, int limit) throws InterruptedException {
    resetPeaks();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<long[]>> futures = new ArrayList<>();
    long start = System.nanoTime();
    try {
      ingestor.ingest(
          List.of(dir.toString()),
          new IngestSink() {
            @Override
            public void article(Article a) {
              if (futures.size() < limit) {
                futures.add(pool.submit(() -> enrich(a)));
              }
            }

            @Override
            public void problem(Problem p) {
              // generated inputs are clean; a problem would show as fewer articles in the table
            }
          });
      long tokens = 0;
      long wordCount = 0;
      long cpu = 0;
      for (Future<long[]> f : futures) {
        long[] r = f.get();
        tokens += r[0];
        wordCount += r[1];
        cpu += r[2];
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Run(threads, futures.size(), tokens, wordCount, seconds, cpu / 1e9, peakHeap());
    } catch (ExecutionException e) {
      throw new IllegalStateException("enrichment failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static long[] enrich(Article a) {
    long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    Enricher.Enrichment e = Enricher.shared().enrich(a);
    long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
    return new long[] {e.doc().tokens().size(), a.wordCount(), cpu};
  }

  private static double ingestSeconds(Ingestor ingestor, Path dir) {
    long start = System.nanoTime();
    ingestor.ingest(List.of(dir.toString()), IngestSink.of(a -> {}, p -> {}));
    return (System.nanoTime() - start) / 1e9;
  }

  private String report(
      double startup, List<Run> runs, double ingestOnly, Map<String, Long> steps) {
    Table t =
        Table.of(
            "threads",
            "articles",
            "words/article",
            "wall s",
            "articles/s",
            "tokens/s",
            "enrich CPU s/article",
            "articles/s per busy core",
            "peak heap MB");
    for (Run r : runs) {
      double cpuPerArticle = r.cpuSeconds() / Math.max(1, r.articles());
      t.row(
          Integer.toString(r.threads()),
          Integer.toString(r.articles()),
          Long.toString(r.words() / Math.max(1, r.articles())),
          Table.number(r.seconds(), 1),
          Table.number(r.articles() / r.seconds(), 2),
          Table.number(r.tokens() / r.seconds(), 0),
          Table.number(cpuPerArticle, 3),
          Table.number(1 / cpuPerArticle, 2),
          Long.toString(r.peakHeap() >> 20));
    }
    long total = steps.values().stream().mapToLong(Long::longValue).sum();
    Run two = runs.get(runs.size() - 1);
    double ingestShare = ingestOnly / (two.seconds() * two.threads());
    Table s = Table.of("step (2-thread run)", "CPU seconds", "share of enrich CPU");
    Map<String, Long> ordered = new LinkedHashMap<>(steps);
    ordered.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .forEach(
            e ->
                s.row(
                    e.getKey(),
                    Table.number(e.getValue() / 1e9, 2),
                    Table.number(100.0 * e.getValue() / Math.max(1, total), 1) + "%"));
    return String.format(
            Locale.ROOT,
            "Pipeline throughput: ingest + enrich, %d generated articles of ~%d words (GUM news"
                + " texts), max heap %d MB, %d cores, load average %.1f at the end%n%nModel"
                + " start-up (OpenNLP + CoreNLP + alias table): %.1f s%n%n",
            count,
            words,
            Runtime.getRuntime().maxMemory() >> 20,
            Runtime.getRuntime().availableProcessors(),
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
            startup)
        + t.render()
        + String.format(
            Locale.ROOT,
            "%nIngest alone: %.2f s for %d articles (%.0f articles/s, about %.1f%% of the 2-thread"
                + " run's thread time)%n%n",
            ingestOnly,
            count,
            count / ingestOnly,
            100 * ingestShare)
        + s.render()
        + "\n\"articles/s per busy core\" is 1 / (enrich CPU seconds per article): the rate one"
        + " core sustains when no other process competes for it; wall-clock figures depend on the"
        + " machine's load.\n";
  }

  private static void resetPeaks() {
    System.gc();
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

  private static void deleteAll(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
