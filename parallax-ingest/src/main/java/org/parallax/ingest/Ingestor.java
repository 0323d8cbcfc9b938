package org.parallax.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Objects;
import org.parallax.core.model.Position;
import org.parallax.core.model.Problem;
import org.parallax.core.registry.SourceRegistry;
import org.parallax.ingest.input.Inputs;
import org.parallax.ingest.lang.LanguageDetector;
import org.parallax.ingest.lang.StopwordLanguageDetector;

/**
 * Reads inputs into clean articles. Each item ends as an {@link org.parallax.core.model.Article} or
 * a {@link Problem}, handed to an {@link IngestSink} in input order; one bad item or file never
 * stops a run. Cleaning runs on a small pool of worker threads (two by default). Stateless between
 * runs and thread-safe: concurrent calls each get their own run.
 *
 * <pre>{@code
 * Ingestor ingestor = Ingestor.create(SourceRegistry.defaults());
 * IngestSummary s = ingestor.ingest(List.of("examples"), sink);
 * }</pre>
 */
public final class Ingestor {

  /** The default number of cleaning threads. */
  public static final int DEFAULT_WORKERS = 2;

  private final ArticleCleaner cleaner;
  private final int workers;

  private Ingestor(ArticleCleaner cleaner, int workers) {
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
    this.workers = Math.max(1, workers);
  }

  /** An ingestor that names publishers from {@code registry}. */
  public static Ingestor create(SourceRegistry registry) {
    return create(registry, new StopwordLanguageDetector(), DEFAULT_WORKERS);
  }

  /**
   * An ingestor with its own language detector and number of cleaning threads ({@code 1} cleans on
   * the calling thread).
   */
  public static Ingestor create(SourceRegistry registry, LanguageDetector languages, int workers) {
    return new Ingestor(ArticleCleaner.create(registry, languages), workers);
  }

  /**
   * Ingests files, directories (recursively, in sorted order) and {@code -} for standard input. An
   * input that does not exist or cannot be opened becomes a problem.
   */
  public IngestSummary ingest(List<String> inputs, IngestSink sink) {
    try (IngestRun run = new IngestRun(cleaner, workers, sink)) {
      run.expectInputs(inputs.size());
      for (String input : inputs) {
        if (input.equals(Inputs.STDIN)) {
          run.read(Inputs.STDIN, new NonClosingStream(System.in));
        } else {
          readPath(run, input);
        }
      }
      return run.finish();
    }
  }

  /**
   * Ingests one stream (a JSON Lines body posted to the server, a pipe) named {@code sourceName} in
   * problems and article sources. The stream is read to its end but not closed.
   */
  public IngestSummary ingest(InputStream in, String sourceName, IngestSink sink) {
    try (IngestRun run = new IngestRun(cleaner, workers, sink)) {
      run.expectInputs(1);
      run.read(sourceName, new NonClosingStream(in));
      return run.finish();
    }
  }

  private static void readPath(IngestRun run, String input) {
    Path path = Paths.get(input);
    if (!Files.exists(path)) {
      run.inputProblem(
          new Problem(
              input,
              Position.none(),
              "ingest",
              "not-found",
              "There is no file or directory here."));
      return;
    }
    List<Path> files;
    try {
      files = Inputs.expand(path);
    } catch (IOException | RuntimeException e) {
      run.inputProblem(
          new Problem(
              input,
              Position.none(),
              "ingest",
              "unreadable",
              "The directory could not be listed (" + e.getMessage() + ")."));
      return;
    }
    run.expectInputs(files.size() - 1);
    for (Path file : files) {
      String name = file.toString();
      try (InputStream raw = Files.newInputStream(file)) {
        run.read(name, raw);
      } catch (IOException e) {
        run.inputProblem(
            new Problem(
                name,
                Position.none(),
                "ingest",
                "unreadable",
                "The file could not be opened (" + e.getMessage() + ")."));
      }
    }
  }

  /** Keeps a reader from closing a stream the caller owns. */
  private static final class NonClosingStream extends java.io.FilterInputStream {
    NonClosingStream(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // the caller closes it
    }
  }
}
