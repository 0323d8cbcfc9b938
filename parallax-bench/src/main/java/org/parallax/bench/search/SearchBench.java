package org.parallax.bench.search;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.parallax.bench.table.Table;
import org.parallax.core.model.Article;
import org.parallax.store.AddResult;
import org.parallax.store.Corpus;
import org.parallax.store.CorpusConfig;

/**
 * Builds (or reuses) a synthetic corpus, measures the ingest rate, then times the {@link QueryMix}
 * on one thread after a warm-up and reports latency percentiles per kind of query.
 */
public final class SearchBench {

  /**
   * What to run.
   *
   * @param corpus the corpus directory, or {@code null} for a temporary one deleted afterwards; an
   *     existing corpus that already holds {@code articles} articles is reused as it is
   * @param articles how many synthetic articles the corpus holds
   * @param batch articles per commit while ingesting
   * @param queries timed queries of each kind
   * @param vectors whether articles get (feature-hashing) vectors, adding a KNN row
   * @param seed the seed of the query mix
   */
  public record Options(
      Path corpus, int articles, int batch, int queries, boolean vectors, long seed) {

    public Options {
      if (articles < 1 || batch < 1 || queries < 1) {
        throw new IllegalArgumentException("articles, batch and queries must be at least 1");
      }
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** The dimension of the stand-in vectors. */
  static final int DIMENSION = 256;

  private final Options options;
  private final PrintWriter progress;
  private final SyntheticNews news = new SyntheticNews();

  /** A run that reports progress lines to {@code progress}. */
  public SearchBench(Options options, PrintWriter progress) {
    this.options = options;
    this.progress = progress;
  }

  /** Runs the benchmark; returns the ingest table and the latency table. */
  public List<Table> run() throws IOException {
    Path dir = options.corpus();
    boolean temporary = dir == null;
    if (temporary) {
      dir = Files.createTempDirectory("parallax-bench-search");
    }
    CorpusConfig config =
        CorpusConfig.defaults()
            .withEmbedder(options.vectors() ? new HashingEmbedder(DIMENSION) : null);
    try {
      Table ingest;
      try (Corpus corpus = Corpus.open(dir, config)) {
        ingest = ingest(corpus, dir);
      }
      long t0 = System.nanoTime();
      try (Corpus corpus = Corpus.open(dir, config.asReadOnly())) {
        double openMs = (System.nanoTime() - t0) / 1e6;
        ingest.row("open the corpus read-only", "", "", Table.number(openMs / 1000, 2));
        return List.of(ingest, latencies(corpus));
      }
    } finally {
      if (temporary) {
        delete(dir);
      }
    }
  }

  private Table ingest(Corpus corpus, Path dir) {
    Table t =
        Table.of(
            "step",
            "articles",
            "batch",
            "seconds",
            "articles/s",
            "CPU s",
            "articles/CPU s",
            "index size");
    long have = corpus.articleCount();
    if (have >= options.articles()) {
      t.row("reuse existing corpus", Long.toString(have), "", "", "", "", "", size(dir));
      return t;
    }
    progress.printf(Locale.ROOT, "ingesting %,d synthetic articles%n", options.articles());
    progress.flush();
    long nanos = 0;
    long generationCpu = 0;
    long cpu0 = processCpuNanos();
    AddResult total = AddResult.none();
    for (int start = 0; start < options.articles(); start += options.batch()) {
      long g0 = THREADS.getCurrentThreadCpuTime();
      List<Article> batch = new ArrayList<>();
      for (int i = start; i < Math.min(options.articles(), start + options.batch()); i++) {
        batch.add(news.article(i));
      }
      generationCpu += THREADS.getCurrentThreadCpuTime() - g0;
      long t0 = System.nanoTime();
      total = total.plus(corpus.add(batch));
      nanos += System.nanoTime() - t0;
      if ((start / options.batch()) % 20 == 19) {
        progress.printf(Locale.ROOT, "  %,d%n", start + batch.size());
        progress.flush();
      }
    }
    double seconds = nanos / 1e9;
    double cpuSeconds = (processCpuNanos() - cpu0 - generationCpu) / 1e9;
    String what = options.vectors() ? "ingest (with " + DIMENSION + "-d vectors)" : "ingest";
    t.row(
        what,
        Integer.toString(total.total()),
        Integer.toString(options.batch()),
        Table.number(seconds, 1),
        Table.number(total.total() / seconds, 0),
        Table.number(cpuSeconds, 1),
        Table.number(total.total() / cpuSeconds, 0),
        size(dir));
    List<Article> first = firstBatch();
    long c0 = processCpuNanos();
    long t0 = System.nanoTime();
    AddResult again = corpus.add(first);
    double againSeconds = (System.nanoTime() - t0) / 1e9;
    double againCpu = (processCpuNanos() - c0) / 1e9;
    t.row(
        "re-add an ingested batch (unchanged: " + again.unchanged() + ")",
        Integer.toString(again.total()),
        Integer.toString(options.batch()),
        Table.number(againSeconds, 2),
        Table.number(again.total() / againSeconds, 0),
        Table.number(againCpu, 2),
        Table.number(again.total() / againCpu, 0),
        size(dir));
    return t;
  }

  private List<Article> firstBatch() {
    List<Article> batch = new ArrayList<>();
    for (int i = 0; i < Math.min(options.articles(), options.batch()); i++) {
      batch.add(news.article(i));
    }
    return batch;
  }

  private Table latencies(Corpus corpus) {
    QueryMix mix = new QueryMix(news, options.articles(), options.vectors());
    List<QueryMix.Probe> warmup =
        mix.probes(Math.max(20, options.queries() / 5), options.seed() + 1);
    progress.printf(Locale.ROOT, "warming up with %,d queries%n", warmup.size());
    progress.flush();
    warmup.forEach(p -> p.run().applyAsLong(corpus));
    List<QueryMix.Probe> probes = mix.probes(options.queries(), options.seed());
    progress.printf(Locale.ROOT, "timing %,d queries on one thread%n", probes.size());
    progress.flush();
    Map<String, Latencies> byKind = new LinkedHashMap<>();
    mix.kinds().forEach(k -> byKind.put(k, new Latencies()));
    for (QueryMix.Probe p : probes) {
      long c0 = THREADS.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      long hits = p.run().applyAsLong(corpus);
      long wall = System.nanoTime() - t0;
      byKind.get(p.kind()).add(wall, THREADS.getCurrentThreadCpuTime() - c0, hits);
    }
    Table t =
        Table.of(
            "query",
            "queries",
            "median hits",
            "p50 ms",
            "p95 ms",
            "p99 ms",
            "p50 CPU ms",
            "p95 CPU ms",
            "p99 CPU ms");
    Latencies all = new Latencies();
    byKind.forEach(
        (kind, l) -> {
          row(t, kind, l);
          all.addAll(l);
        });
    row(t, "all", all);
    return t;
  }

  private static void row(Table t, String kind, Latencies l) {
    t.row(
        kind,
        Integer.toString(l.size()),
        Long.toString(l.medianHits()),
        Table.number(l.percentileMillis(50), 2),
        Table.number(l.percentileMillis(95), 2),
        Table.number(l.percentileMillis(99), 2),
        Table.number(l.cpuPercentileMillis(50), 2),
        Table.number(l.cpuPercentileMillis(95), 2),
        Table.number(l.cpuPercentileMillis(99), 2));
  }

  /** CPU time of the whole process (indexing, merging and flushing threads included). */
  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  private static String size(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      long bytes = files.filter(Files::isRegularFile).mapToLong(SearchBench::sizeOf).sum();
      return String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0; // a file merged away while walking
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
