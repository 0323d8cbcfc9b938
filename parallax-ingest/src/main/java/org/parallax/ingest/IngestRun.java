package org.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.parallax.core.model.Article;
import org.parallax.core.model.Outcome;
import org.parallax.core.model.Position;
import org.parallax.core.model.Problem;
import org.parallax.core.model.RawDocument;
import org.parallax.ingest.feed.FeedReader;
import org.parallax.ingest.htmlfile.HtmlFileReader;
import org.parallax.ingest.input.DocumentReader;
import org.parallax.ingest.input.InputFormat;
import org.parallax.ingest.input.Inputs;
import org.parallax.ingest.input.OpenedInput;
import org.parallax.ingest.input.ReaderSink;
import org.parallax.ingest.jsonl.JsonLinesReader;
import org.parallax.ingest.text.TextFileReader;
import org.parallax.ingest.warc.WarcFileReader;

/**
 * One ingest run: reads inputs on the calling thread, cleans items on worker threads, and hands
 * results to the sink in input order. A bounded window of pending items keeps memory bounded. Used
 * by one thread.
 */
final class IngestRun implements AutoCloseable {

  private static final Map<InputFormat, DocumentReader> READERS = readers();
  private static final long PROGRESS_NANOS = 1_000_000_000L;
  private static final AtomicInteger POOL = new AtomicInteger();

  private final ArticleCleaner cleaner;
  private final IngestSink sink;
  private final ExecutorService pool;
  private final int window;
  private final Deque<Future<Outcome<Article>>> pending = new ArrayDeque<>();
  private final Map<String, String> seen = new HashMap<>();
  private final Map<String, Long> byCode = new HashMap<>();
  private final long started = System.nanoTime();
  private long lastProgress = started;
  private long inputsTotal;
  private long inputsDone;
  private long inputsOpened;
  private long articles;
  private long rejects;
  private long skipped;
  private String current = "";

  IngestRun(ArticleCleaner cleaner, int workers, IngestSink sink) {
    this.cleaner = cleaner;
    this.sink = sink;
    this.window = workers * 16;
    if (workers > 1) {
      int id = POOL.incrementAndGet();
      AtomicInteger n = new AtomicInteger();
      this.pool =
          Executors.newFixedThreadPool(
              workers,
              r -> {
                Thread t = new Thread(r, "parallax-clean-" + id + "-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
    } else {
      this.pool = null;
    }
  }

  private static Map<InputFormat, DocumentReader> readers() {
    Map<InputFormat, DocumentReader> m = new EnumMap<>(InputFormat.class);
    m.put(InputFormat.TEXT, new TextFileReader());
    m.put(InputFormat.HTML, new HtmlFileReader());
    m.put(InputFormat.JSONL, new JsonLinesReader());
    m.put(InputFormat.FEED, new FeedReader());
    m.put(InputFormat.WARC, new WarcFileReader());
    return m;
  }

  void expectInputs(long n) {
    inputsTotal += n;
  }

  /** Reads one input to its end; never throws for bad content. */
  void read(String source, InputStream raw) {
    current = source;
    OpenedInput in;
    try {
      in = Inputs.open(source, raw);
    } catch (IOException e) {
      inputProblem(
          new Problem(
              source,
              Position.none(),
              "ingest",
              "unreadable",
              "The input could not be read (" + e.getMessage() + ")."));
      return;
    }
    inputsOpened++;
    switch (in.format()) {
      case EMPTY -> submit(Outcome.failed(problem(source, "empty", "The file is empty.")));
      case BINARY ->
          submit(
              Outcome.failed(
                  problem(
                      source,
                      "binary",
                      "The file is binary data, not text, HTML, JSON Lines, a feed or a WARC"
                          + " archive.")));
      default -> READERS.get(in.format()).read(in, sinkFor());
    }
    inputDone();
  }

  /** Records a problem with a whole input (missing, unreadable). */
  void inputProblem(Problem p) {
    submit(Outcome.failed(p));
    inputDone();
  }

  private void inputDone() {
    inputsDone++;
    progress(true);
  }

  private static Problem problem(String source, String code, String reason) {
    return new Problem(source, Position.none(), "ingest", code, reason);
  }

  private ReaderSink sinkFor() {
    return new ReaderSink() {
      @Override
      public void accept(Outcome<RawDocument> item) {
        if (item instanceof Outcome.Failed<RawDocument> f) {
          submit(Outcome.failed(f.problem()));
        } else {
          RawDocument raw = ((Outcome.Ok<RawDocument>) item).value();
          submitClean(raw);
        }
      }

      @Override
      public void skipped(String kind) {
        skipped++;
      }
    };
  }

  private void submit(Outcome<Article> done) {
    enqueue(CompletableFuture.completedFuture(done));
  }

  private void submitClean(RawDocument raw) {
    if (pool == null) {
      enqueue(CompletableFuture.completedFuture(cleaner.apply(raw)));
    } else {
      enqueue(pool.submit(() -> cleaner.apply(raw)));
    }
  }

  private void enqueue(Future<Outcome<Article>> f) {
    pending.addLast(f);
    while (pending.size() > window || pending.peekFirst() != null && pending.peekFirst().isDone()) {
      emit(pending.pollFirst());
    }
  }

  private void emit(Future<Outcome<Article>> f) {
    Outcome<Article> o;
    try {
      o = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a cleaning task failed unexpectedly", e.getCause());
    }
    if (o instanceof Outcome.Ok<Article> ok) {
      Article a = ok.value();
      String first = seen.putIfAbsent(a.id(), a.source());
      if (first == null) {
        articles++;
        sink.article(a);
      } else {
        reject(
            new Problem(
                a.source(),
                Position.none(),
                "ingest",
                "duplicate",
                "The same article (id " + a.id() + ") was already read from " + first + "."));
      }
    } else {
      reject(((Outcome.Failed<Article>) o).problem());
    }
    progress(false);
  }

  private void reject(Problem p) {
    rejects++;
    byCode.merge(p.code(), 1L, Long::sum);
    sink.problem(p);
  }

  private void progress(boolean force) {
    long now = System.nanoTime();
    if (force || now - lastProgress >= PROGRESS_NANOS) {
      lastProgress = now;
      sink.progress(
          new IngestProgress(
              inputsDone,
              Math.max(inputsTotal, inputsDone),
              articles + rejects,
              articles,
              rejects,
              current));
    }
  }

  /** Waits for every pending item and returns the summary. */
  IngestSummary finish() {
    while (!pending.isEmpty()) {
      emit(pending.pollFirst());
    }
    progress(true);
    return new IngestSummary(
        inputsOpened,
        articles + rejects,
        articles,
        rejects,
        skipped,
        byCode,
        Duration.ofNanos(System.nanoTime() - started));
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
