package org.parallax.store.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.parallax.core.json.Json;
import org.parallax.core.model.Article;
import org.parallax.core.model.Position;
import org.parallax.core.model.Problem;
import org.parallax.store.AddResult;
import org.parallax.store.Corpus;
import org.parallax.store.RecordView;

/**
 * Loads JSON Lines files into a corpus, {@code batch} records per commit. Loading the same file
 * twice changes nothing; a load killed half-way keeps the batches it committed, and running it
 * again completes it.
 */
public final class JsonLinesLoader {

  /** Records per commit unless told otherwise. */
  public static final int DEFAULT_BATCH = 1000;

  private static final String STAGE = "store.load";

  private final int batch;

  /** A loader that commits every {@code batch} records. */
  public JsonLinesLoader(int batch) {
    if (batch < 1) {
      throw new IllegalArgumentException("batch must be at least 1");
    }
    this.batch = batch;
  }

  /** Adds the articles of {@code file} (one {@link Article} JSON object a line) to the corpus. */
  public LoadResult articles(Path file, Corpus corpus) throws IOException {
    AddResult[] total = {AddResult.none()};
    List<Problem> problems = new ArrayList<>();
    long[] counts =
        read(
            file,
            Article.class,
            problems,
            b -> {
              AddResult r = corpus.add(b);
              total[0] = total[0].plus(r);
            });
    problems.addAll(total[0].problems());
    return new LoadResult(counts[0], total[0], counts[1], problems);
  }

  /** Stores the records of {@code file} (one JSON object of the view's type a line). */
  public <T> LoadResult records(Path file, RecordView<T> view) throws IOException {
    List<Problem> problems = new ArrayList<>();
    long[] counts = read(file, view.type(), problems, view::putAll);
    return new LoadResult(counts[0], AddResult.none(), counts[1], problems);
  }

  /** Reads {@code file} in batches; returns {lines, parsed records}. */
  private <T> long[] read(Path file, Class<T> type, List<Problem> problems, Consumer<List<T>> sink)
      throws IOException {
    long lines = 0;
    long parsed = 0;
    List<T> pending = new ArrayList<>(batch);
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        lines++;
        try {
          pending.add(Json.read(line, type));
          parsed++;
        } catch (UncheckedIOException | IllegalArgumentException | NullPointerException e) {
          problems.add(
              new Problem(
                  file.toString(),
                  Position.line(lineNo),
                  STAGE,
                  "bad-json",
                  "not a " + type.getSimpleName() + ": " + firstLine(e)));
        }
        if (pending.size() >= batch) {
          sink.accept(List.copyOf(pending));
          pending.clear();
        }
      }
    }
    if (!pending.isEmpty()) {
      sink.accept(List.copyOf(pending));
    }
    return new long[] {lines, parsed};
  }

  private static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
