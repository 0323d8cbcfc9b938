package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.core.json.JsonLinesWriter;
import org.parallax.core.model.Article;
import org.parallax.core.model.Problem;
import org.parallax.core.registry.SourceRegistry;
import org.parallax.ingest.IngestProgress;
import org.parallax.ingest.IngestSink;
import org.parallax.ingest.IngestSummary;
import org.parallax.ingest.Ingestor;
import org.parallax.ingest.lang.StopwordLanguageDetector;

/**
 * Runs an ingest into {@code OUT/articles.jsonl} and {@code OUT/rejects.jsonl}, prints the summary
 * and maps it to an exit code. Shared by {@code ingest} and {@code demo}.
 */
final class IngestRunner {

  /** The articles file in an output directory. */
  static final String ARTICLES = "articles.jsonl";

  /** The rejects file in an output directory. */
  static final String REJECTS = "rejects.jsonl";

  private IngestRunner() {}

  /** Loads the default registry, overridden by {@code sources} when given. */
  static SourceRegistry registry(Path sources) throws IOException {
    return sources == null ? SourceRegistry.defaults() : SourceRegistry.withOverrides(sources);
  }

  /** Ingests {@code inputs} into {@code outDir}; returns the exit code. */
  static int run(
      List<String> inputs,
      Path outDir,
      SourceRegistry registry,
      int workers,
      boolean showProgress,
      PrintWriter out,
      PrintWriter err)
      throws IOException {
    Ingestor ingestor = Ingestor.create(registry, new StopwordLanguageDetector(), workers);
    Path articlesFile = outDir.resolve(ARTICLES);
    Path rejectsFile = outDir.resolve(REJECTS);
    IngestSummary summary;
    try (JsonLinesWriter articles = JsonLinesWriter.create(articlesFile);
        JsonLinesWriter rejects = JsonLinesWriter.create(rejectsFile);
        Progress progress = Progress.create(showProgress, err)) {
      summary = ingestor.ingest(inputs, new FileSink(articles, rejects, progress));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    printSummary(summary, articlesFile, rejectsFile, out);
    if (summary.nothingRead()) {
      err.println("parallax: nothing could be read from the inputs given.");
      err.flush();
      return ExitCodes.FAILURE;
    }
    return summary.rejects() > 0 ? ExitCodes.REJECTS : ExitCodes.OK;
  }

  static void printSummary(IngestSummary s, Path articles, Path rejects, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "Read %d input%s, %d item%s in %.2f s: %d article%s, %d reject%s%s (%.1f articles/s).%n",
        s.inputs(),
        s.inputs() == 1 ? "" : "s",
        s.items(),
        s.items() == 1 ? "" : "s",
        s.elapsed().toNanos() / 1e9,
        s.articles(),
        s.articles() == 1 ? "" : "s",
        s.rejects(),
        s.rejects() == 1 ? "" : "s",
        s.skipped() > 0 ? " (" + s.skipped() + " archive records skipped: not pages)" : "",
        s.articlesPerSecond());
    if (!s.rejectsByCode().isEmpty()) {
      out.println("Rejects by reason:");
      for (Map.Entry<String, Long> e : s.rejectsByCode().entrySet()) {
        out.printf(Locale.ROOT, "  %-14s %d%n", e.getKey(), e.getValue());
      }
    }
    out.println("Articles: " + articles);
    out.println("Rejects:  " + rejects);
    out.flush();
  }

  /** Writes articles and rejects as they come. */
  private record FileSink(JsonLinesWriter articles, JsonLinesWriter rejects, Progress progress)
      implements IngestSink {

    @Override
    public void article(Article article) {
      write(articles, article);
    }

    @Override
    public void problem(Problem problem) {
      write(rejects, problem);
    }

    @Override
    public void progress(IngestProgress p) {
      progress.update(p);
    }

    private static void write(JsonLinesWriter w, Object value) {
      try {
        w.write(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
