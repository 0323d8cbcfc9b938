package org.parallax.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parallax.core.json.JsonLinesWriter;
import org.parallax.core.model.Article;
import org.parallax.core.model.Outcome;
import org.parallax.core.model.Position;
import org.parallax.core.model.Problem;
import org.parallax.ingest.IngestSink;
import org.parallax.ingest.IngestSummary;
import org.parallax.ingest.Ingestor;
import org.parallax.ingest.lang.StopwordLanguageDetector;
import org.parallax.nlp.Enricher;

/**
 * Step 1 of {@code analyze}: ingest the inputs and enrich every article on {@code threads} worker
 * threads, writing {@code articles.jsonl} in input order and {@code rejects.jsonl}.
 */
final class EnrichStep implements AnalyzeStep {

  @Override
  public String name() {
    return "ingest+enrich";
  }

  @Override
  public int run(AnalyzeContext ctx) throws IOException {
    Files.createDirectories(ctx.outDir());
    long start = System.nanoTime();
    Ingestor ingestor =
        Ingestor.create(ctx.registry(), new StopwordLanguageDetector(), Ingestor.DEFAULT_WORKERS);
    ExecutorService pool = Executors.newFixedThreadPool(ctx.threads(), EnrichStep::daemon);
    IngestSummary summary;
    OrderedSink sink;
    try (JsonLinesWriter articles = JsonLinesWriter.create(ctx.articles());
        JsonLinesWriter rejects = JsonLinesWriter.create(ctx.rejects())) {
      sink = new OrderedSink(pool, ctx.threads() * 4, articles, rejects);
      summary = ingestor.ingest(ctx.inputs(), sink);
      sink.drain(0);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    ctx.out()
        .printf(
            Locale.ROOT,
            "Analysed %d input%s in %.1f s: %d article%s enriched (%.2f articles/s on %d thread%s),"
                + " %d reject%s (%d at ingest, %d at enrich).%n",
            summary.inputs(),
            summary.inputs() == 1 ? "" : "s",
            seconds,
            sink.enriched,
            sink.enriched == 1 ? "" : "s",
            sink.enriched / Math.max(seconds, 1e-9),
            ctx.threads(),
            ctx.threads() == 1 ? "" : "s",
            summary.rejects() + sink.failed,
            summary.rejects() + sink.failed == 1 ? "" : "s",
            summary.rejects(),
            sink.failed);
    ctx.out().println("Articles: " + ctx.articles());
    ctx.out().println("Rejects:  " + ctx.rejects());
    ctx.out().flush();
    if (summary.nothingRead()) {
      ctx.err().println("parallax: nothing could be read from the inputs given.");
      ctx.err().flush();
      return ExitCodes.FAILURE;
    }
    return summary.rejects() + sink.failed > 0 ? ExitCodes.REJECTS : ExitCodes.OK;
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "parallax-enrich");
    t.setDaemon(true);
    return t;
  }

  /**
   * Enriches articles on the pool as the ingestor hands them over and writes them in input order;
   * at most {@code window} articles are in flight.
   */
  private static final class OrderedSink implements IngestSink {
    private final ExecutorService pool;
    private final int window;
    private final JsonLinesWriter articles;
    private final JsonLinesWriter rejects;
    private final Deque<Future<Outcome<Article>>> pending = new ArrayDeque<>();
    long enriched;
    long failed;

    OrderedSink(
        ExecutorService pool, int window, JsonLinesWriter articles, JsonLinesWriter rejects) {
      this.pool = pool;
      this.window = window;
      this.articles = articles;
      this.rejects = rejects;
    }

    @Override
    public void article(Article article) {
      pending.addLast(pool.submit(() -> Enricher.shared().apply(article)));
      drain(window);
    }

    @Override
    public void problem(Problem problem) {
      write(rejects, problem);
    }

    /** Writes finished articles, oldest first, until at most {@code keep} are in flight. */
    void drain(int keep) {
      while (pending.size() > keep) {
        Outcome<Article> outcome = await(pending.removeFirst());
        if (outcome instanceof Outcome.Ok<Article> ok) {
          write(articles, ok.value());
          enriched++;
        } else {
          write(rejects, ((Outcome.Failed<Article>) outcome).problem());
          failed++;
        }
      }
    }

    private static Outcome<Article> await(Future<Outcome<Article>> f) {
      try {
        return f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Outcome.failed(stopped("interrupted"));
      } catch (ExecutionException e) {
        return Outcome.failed(stopped(String.valueOf(e.getCause())));
      }
    }

    private static Problem stopped(String why) {
      return new Problem("-", Position.none(), "enrich", "enrich-error", why);
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
