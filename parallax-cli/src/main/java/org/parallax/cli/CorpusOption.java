package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.core.model.Problem;
import org.parallax.core.registry.SourceRegistry;
import org.parallax.store.AddResult;
import org.parallax.store.Corpus;
import org.parallax.store.CorpusConfig;
import org.parallax.store.RecordView;
import org.parallax.store.load.JsonLinesLoader;
import org.parallax.store.load.LoadResult;
import picocli.CommandLine.Option;

/**
 * The {@code --corpus [DIR]} option of {@code ingest} and {@code analyze}: after the run, add what
 * it wrote to the output directory (articles, and after {@code analyze} the syndication families,
 * stories and comparisons) to the corpus in DIR, one commit per batch. Adding the same articles
 * again changes nothing, so a run can be repeated or resumed after a crash.
 */
final class CorpusOption {

  /** The corpus directory when {@code --corpus} is given without one. */
  static final String DEFAULT_DIR = "parallax-data";

  /** The files of later {@code analyze} steps, with the kind of record each holds. */
  private static final List<String> RECORD_FILES =
      List.of("syndication.jsonl", "stories.jsonl", "comparisons.jsonl");

  private static final int SHOWN_PROBLEMS = 10;

  @Option(
      names = "--corpus",
      arity = "0..1",
      paramLabel = "DIR",
      fallbackValue = DEFAULT_DIR,
      description = {
        "Also add the results to the corpus in DIR (created when missing; default when given",
        "without DIR: ./" + DEFAULT_DIR + "), for search and `parallax serve`. Re-adding the",
        "same articles changes nothing."
      })
  Path dir;

  /**
   * Loads the output of a run that ended with {@code code}; returns the run's exit code, {@link
   * ExitCodes#REJECTS} when some lines could not be loaded, {@link ExitCodes#FAILURE} when the
   * corpus could not be opened. Does nothing without {@code --corpus} or after a failed run.
   */
  int load(int code, Path outDir, SourceRegistry registry, PrintWriter out, PrintWriter err) {
    if (dir == null || code == ExitCodes.FAILURE) {
      return code;
    }
    List<Problem> problems = new ArrayList<>();
    try (Corpus corpus = Corpus.open(dir, CorpusConfig.defaults().withRegistry(registry))) {
      JsonLinesLoader loader = new JsonLinesLoader(JsonLinesLoader.DEFAULT_BATCH);
      LoadResult articles = loader.articles(outDir.resolve(IngestRunner.ARTICLES), corpus);
      problems.addAll(articles.problems());
      StringBuilder records = new StringBuilder();
      for (String file : RECORD_FILES) {
        Path path = outDir.resolve(file);
        if (Files.isRegularFile(path)) {
          LoadResult r = loader.records(path, view(corpus, file));
          problems.addAll(r.problems());
          records.append(String.format(Locale.ROOT, ", %d from %s", r.records(), file));
        }
      }
      AddResult a = articles.added();
      out.printf(
          Locale.ROOT,
          "Corpus %s: %d article%s added, %d updated, %d unchanged%s; %d articles in all.%n",
          dir,
          a.added(),
          a.added() == 1 ? "" : "s",
          a.updated(),
          a.unchanged(),
          records,
          corpus.articleCount());
      out.flush();
    } catch (IOException | UncheckedIOException e) {
      err.println("parallax: cannot add to the corpus " + dir + ": " + e.getMessage());
      err.flush();
      return ExitCodes.FAILURE;
    }
    for (int i = 0; i < Math.min(SHOWN_PROBLEMS, problems.size()); i++) {
      err.println("parallax: corpus: " + problems.get(i).describe());
    }
    if (problems.size() > SHOWN_PROBLEMS) {
      err.println("parallax: corpus: " + (problems.size() - SHOWN_PROBLEMS) + " more problems");
    }
    err.flush();
    return problems.isEmpty() ? code : Math.max(code, ExitCodes.REJECTS);
  }

  private static RecordView<?> view(Corpus corpus, String file) {
    return switch (file) {
      case "syndication.jsonl" -> corpus.families();
      case "stories.jsonl" -> corpus.stories();
      default -> corpus.comparisons();
    };
  }
}
