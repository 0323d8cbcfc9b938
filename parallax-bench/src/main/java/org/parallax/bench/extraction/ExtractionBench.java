package org.parallax.bench.extraction;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.bench.table.Table;

/**
 * Runs every tool on every selected set, scores the outputs with each set's metric and prints one
 * table: quality rows per set and tool, the AEB reference outputs re-scored, and pages/s per tool
 * and thread count over all pages read.
 *
 * <p>Timing: before each set every tool extracts {@link #WARMUP_PAGES} of its pages untimed (JIT
 * warm-up); then the tools take turns on chunks of {@link #CHUNK} pages, and pages/s is the pages
 * timed divided by the wall-clock seconds each tool spent on its turns.
 */
public final class ExtractionBench {

  /**
   * What to run.
   *
   * @param data the benchmark root ({@code ../shared/bench}); the sets are under {@code extraction}
   * @param threads the thread counts to time; quality is scored on the first
   * @param limit the most pages read per set
   * @param sets the sets to run
   * @param tools the tools to run
   */
  public record Options(
      Path data,
      List<Integer> threads,
      int limit,
      List<BenchSet> sets,
      List<ExtractionTool> tools) {

    /** Copies the lists. */
    public Options {
      threads = List.copyOf(threads);
      sets = List.copyOf(sets);
      tools = List.copyOf(tools);
      if (threads.isEmpty() || sets.isEmpty() || tools.isEmpty()) {
        throw new IllegalArgumentException("threads, sets and tools must not be empty");
      }
    }
  }

  /**
   * Pages each tool extracts, untimed and single-threaded, before the tools are timed on a set: the
   * set's first pages (repeated when the set is smaller), so that no tool pays JIT warm-up in its
   * timings, neither the tool timed first nor one that meets a set's new kinds of pages.
   */
  static final int WARMUP_PAGES = 300;

  /** Pages per turn when the tools take turns on a set (see {@link #timed}). */
  static final int CHUNK = 100;

  private final Options options;
  private final PrintWriter progress;
  private final Map<String, double[]> seconds = new LinkedHashMap<>();
  private int pagesTimed;

  /**
   * Prepares a run.
   *
   * @param options what to run
   * @param progress where one line per finished tool run goes (e.g. standard error)
   */
  public ExtractionBench(Options options, PrintWriter progress) {
    this.options = options;
    this.progress = progress;
  }

  /** Runs everything and returns the table. */
  public Table run() throws IOException, InterruptedException {
    Path root = options.data().resolve("extraction");
    if (!Files.isDirectory(root)) {
      throw new IOException("no extraction benchmark data under " + root);
    }
    Table table = Table.of("set", "pages", "metric", "tool", "score", "target", "published");
    for (BenchSet set : options.sets()) {
      List<GoldPage> pages = set.load(root, options.limit());
      progress.printf(Locale.ROOT, "%s: %d pages%n", set.label(), pages.size());
      progress.flush();
      warmUp(pages);
      Map<ExtractionTool, ToolRun> runs = timed(pages);
      pagesTimed += pages.size();
      SetRows.add(table, set, pages, runs);
      if (set == BenchSet.AEB) {
        referenceRows(table, root.resolve("scrapinghub-aeb"), pages);
      }
    }
    speedRows(table);
    return table;
  }

  private void warmUp(List<GoldPage> pages) throws InterruptedException {
    List<GoldPage> warmup = warmUpPages(pages, WARMUP_PAGES);
    for (ExtractionTool tool : options.tools()) {
      ToolRun run = ToolRun.of(tool, warmup, 1);
      progress.printf(
          Locale.ROOT,
          "  %-20s warm-up, %d pages (untimed): %.1f s%n",
          tool.name(),
          warmup.size(),
          run.seconds());
      progress.flush();
    }
  }

  /**
   * {@code pages} repeated in order until there are {@code n} (none when {@code pages} is empty).
   */
  static List<GoldPage> warmUpPages(List<GoldPage> pages, int n) {
    List<GoldPage> out = new ArrayList<>(n);
    for (int i = 0; !pages.isEmpty() && i < n; i++) {
      out.add(pages.get(i % pages.size()));
    }
    return out;
  }

  /**
   * Times every tool on {@code pages} at every thread count, interleaved: the set is cut into
   * chunks of {@link #CHUNK} pages and the tools take turns on each chunk (in an order that rotates
   * from chunk to chunk), so that load from other processes on the machine falls on all tools alike
   * rather than on whichever ran during it. Returns each tool's run at the first thread count.
   */
  private Map<ExtractionTool, ToolRun> timed(List<GoldPage> pages) throws InterruptedException {
    List<ExtractionTool> tools = options.tools();
    Map<ExtractionTool, ToolRun> first = new LinkedHashMap<>();
    for (int i = 0; i < options.threads().size(); i++) {
      int n = options.threads().get(i);
      Map<ExtractionTool, List<ToolRun>> parts = new LinkedHashMap<>();
      for (int from = 0, chunk = 0; from < pages.size(); from += CHUNK, chunk++) {
        List<GoldPage> slice = pages.subList(from, Math.min(pages.size(), from + CHUNK));
        for (ExtractionTool tool : rotated(tools, chunk)) {
          parts.computeIfAbsent(tool, k -> new ArrayList<>()).add(ToolRun.of(tool, slice, n));
        }
      }
      for (ExtractionTool tool : tools) {
        ToolRun run = ToolRun.concat(parts.getOrDefault(tool, List.of()));
        seconds.computeIfAbsent(tool.name(), k -> new double[options.threads().size()])[i] +=
            run.seconds();
        progress.printf(
            Locale.ROOT,
            "  %-20s %d thread(s): %.1f s, %d failures%n",
            tool.name(),
            n,
            run.seconds(),
            run.failures());
        first.putIfAbsent(tool, run);
      }
      progress.flush();
    }
    return first;
  }

  /** {@code list} rotated left by {@code k} places. */
  static <T> List<T> rotated(List<T> list, int k) {
    List<T> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      out.add(list.get((i + k) % list.size()));
    }
    return out;
  }

  private static void referenceRows(Table table, Path aebDir, List<GoldPage> pages)
      throws IOException {
    Map<String, Scores> refs = ReferenceOutputs.score(aebDir, pages);
    for (Map.Entry<String, Scores> e : refs.entrySet()) {
      table.row(
          BenchSet.AEB.label() + " (reference output)",
          String.valueOf(pages.size()),
          "shingle F1, recomputed",
          e.getKey(),
          SetRows.prf(e.getValue()),
          "",
          ReferenceOutputs.PUBLISHED.getOrDefault(e.getKey(), ""));
    }
  }

  private void speedRows(Table table) {
    List<String> order = new ArrayList<>(seconds.keySet());
    for (int i = 0; i < options.threads().size(); i++) {
      int n = options.threads().get(i);
      double boilerpipe = Double.NaN;
      for (String tool : order) {
        if (tool.startsWith("boilerpipe")) {
          boilerpipe = pagesTimed / seconds.get(tool)[i];
        }
      }
      for (String tool : order) {
        double rate = pagesTimed / seconds.get(tool)[i];
        String target =
            tool.equals("Parallax") && !Double.isNaN(boilerpipe)
                ? String.format(Locale.ROOT, "≥ %.0f (2× boilerpipe)", 2 * boilerpipe)
                : "";
        table.row(
            "all sets above",
            String.valueOf(pagesTimed),
            "pages/s, " + n + (n == 1 ? " thread" : " threads"),
            tool,
            Table.number(rate, 1),
            target,
            "");
      }
    }
  }
}
