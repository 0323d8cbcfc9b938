package org.parallax.server.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.parallax.core.compare.Comparison;
import org.parallax.core.json.Json;
import org.parallax.core.model.Article;
import org.parallax.core.model.Position;
import org.parallax.core.model.Problem;
import org.parallax.core.story.Story;
import org.parallax.core.story.SyndicationFamily;
import org.parallax.store.Corpus;
import org.parallax.store.StoredKind;

/**
 * Reads an analysis directory into a corpus, in batches of 1,000 (one commit each). Missing files
 * are skipped (an ingest-only directory has articles alone); a line that is not a valid record
 * becomes a {@link Problem} and the load goes on. Loading the same directory twice changes nothing.
 */
public final class AnalysisLoader {

  /** The file names of an analysis directory. */
  public static final String ARTICLES = "articles.jsonl";

  public static final String FAMILIES = "syndication.jsonl";
  public static final String STORIES = "stories.jsonl";
  public static final String COMPARISONS = "comparisons.jsonl";

  private static final int BATCH = 1000;

  /**
   * What a load did.
   *
   * @param articles articles read
   * @param families syndication families stored
   * @param stories stories stored
   * @param comparisons comparisons stored
   * @param problems lines that could not be read
   */
  public record Loaded(
      int articles, int families, int stories, int comparisons, List<Problem> problems) {

    public Loaded {
      problems = List.copyOf(problems);
    }
  }

  private final Corpus corpus;
  private final List<Problem> problems = new ArrayList<>();

  private AnalysisLoader(Corpus corpus) {
    this.corpus = corpus;
  }

  /** Loads {@code dir} into {@code corpus}. */
  public static Loaded load(Path dir, Corpus corpus) throws IOException {
    AnalysisLoader l = new AnalysisLoader(corpus);
    int articles = l.articles(dir.resolve(ARTICLES));
    int families =
        l.records(
            dir.resolve(FAMILIES),
            SyndicationFamily.class,
            StoredKind.FAMILY,
            f -> new Keyed(f.id(), f.members()));
    int stories =
        l.records(
            dir.resolve(STORIES),
            Story.class,
            StoredKind.STORY,
            s -> new Keyed(s.id(), s.articles()));
    int comparisons =
        l.records(
            dir.resolve(COMPARISONS),
            Comparison.class,
            StoredKind.COMPARISON,
            c -> new Keyed(c.story(), c.articles().stream().map(a -> a.id()).toList()));
    return new Loaded(articles, families, stories, comparisons, l.problems);
  }

  private record Keyed(String id, List<String> refs) {}

  private int articles(Path file) throws IOException {
    List<Article> batch = new ArrayList<>();
    int[] count = {0};
    read(
        file,
        Article.class,
        a -> {
          batch.add(a);
          count[0]++;
          if (batch.size() == BATCH) {
            problems.addAll(corpus.add(batch).problems());
            batch.clear();
          }
        });
    if (!batch.isEmpty()) {
      problems.addAll(corpus.add(batch).problems());
    }
    return count[0];
  }

  private <T> int records(Path file, Class<T> type, StoredKind kind, Function<T, Keyed> key)
      throws IOException {
    Map<String, Corpus.Stored> batch = new LinkedHashMap<>();
    int[] count = {0};
    read(
        file,
        type,
        r -> {
          Keyed k = key.apply(r);
          batch.put(k.id(), new Corpus.Stored(r, k.refs()));
          count[0]++;
          if (batch.size() == BATCH) {
            corpus.putAll(kind, batch);
            batch.clear();
          }
        });
    if (!batch.isEmpty()) {
      corpus.putAll(kind, batch);
    }
    return count[0];
  }

  private <T> void read(Path file, Class<T> type, java.util.function.Consumer<T> sink)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        T value;
        try {
          value = Json.read(line, type);
        } catch (RuntimeException e) {
          problems.add(
              new Problem(
                  file.toString(),
                  Position.line(n),
                  "serve.load",
                  "bad-record",
                  "The line is not a valid " + type.getSimpleName() + " record."));
          continue;
        }
        sink.accept(value);
      }
    }
  }
}
