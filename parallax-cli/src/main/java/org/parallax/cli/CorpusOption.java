package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.parallax.core.model.Problem;
import org.parallax.core.registry.SourceRegistry;
import org.parallax.core.story.Story;
import org.parallax.core.story.SyndicationFamily;
import org.parallax.group.embed.MiniLmEmbedder;
import org.parallax.store.AddResult;
import org.parallax.store.Corpus;
import org.parallax.store.CorpusConfig;
import org.parallax.store.RecordView;
import org.parallax.store.load.JsonLinesLoader;
import org.parallax.store.load.LoadResult;
import org.parallax.store.lucene.Searches;
import org.parallax.store.query.Page;
import picocli.CommandLine;
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

  private static final int STALE_PAGE = 500;

  /** A run that writes to an output directory with the user's source registry. */
  @FunctionalInterface
  interface Run {
    /** Runs and returns the run's exit code. */
    int run(SourceRegistry registry) throws IOException;
  }

  @Option(
      names = "--corpus",
      arity = "0..1",
      paramLabel = "DIR",
      fallbackValue = DEFAULT_DIR,
      description = {
        "Also add the results to the corpus in DIR (created when missing; default when given",
        "without DIR: ./" + DEFAULT_DIR + "), for search and `parallax serve`; each article",
        "gets an all-MiniLM-L6-v2 vector for similar-article search. Re-adding the same",
        "articles changes nothing."
      })
  Path dir;

  /**
   * Reads the registry of {@code sources}, runs {@code run} with it, then loads what it wrote to
   * {@code outDir} ({@link #load(int, Path, SourceRegistry, PrintWriter, PrintWriter, boolean)}).
   * Returns {@link ExitCodes#FAILURE} without running when the registry cannot be read.
   */
  int runThenLoad(
      CommandLine.Model.CommandSpec spec,
      SourcesOption sources,
      Path outDir,
      boolean replace,
      Run run)
      throws IOException {
    Optional<SourceRegistry> registry = sources.registry(spec);
    if (registry.isEmpty()) {
      return ExitCodes.FAILURE;
    }
    int code = run.run(registry.get());
    CommandLine cl = spec.commandLine();
    return load(code, outDir, registry.get(), cl.getOut(), cl.getErr(), replace);
  }

  /**
   * Loads the output of a run that ended with {@code code}; returns the run's exit code, {@link
   * ExitCodes#REJECTS} when some lines could not be loaded, {@link ExitCodes#FAILURE} when the
   * corpus could not be opened. Does nothing without {@code --corpus} or after a failed run.
   */
  int load(int code, Path outDir, SourceRegistry registry, PrintWriter out, PrintWriter err) {
    return load(code, outDir, registry, out, err, false);
  }

  /**
   * As {@link #load(int, Path, SourceRegistry, PrintWriter, PrintWriter)}; with {@code replace}
   * (after {@code analyze}, whose grouping covered the corpus's articles) the corpus's stories and
   * families that the run no longer has are removed, with their comparisons.
   */
  int load(
      int code,
      Path outDir,
      SourceRegistry registry,
      PrintWriter out,
      PrintWriter err,
      boolean replace) {
    if (dir == null || code == ExitCodes.FAILURE) {
      return code;
    }
    List<Problem> problems = new ArrayList<>();
    try (MiniLmEmbedder embedder = MiniLmEmbedder.load(MiniLmEmbedder.Device.AUTO);
        Corpus corpus =
            Corpus.open(
                dir, CorpusConfig.defaults().withRegistry(registry).withEmbedder(embedder))) {
      boolean regrouped = replace && corpus.articleCount() <= Searches.MAX_WINDOW;
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
      if (regrouped) {
        int stale = removeStale(corpus, outDir);
        if (stale > 0) {
          records.append(String.format(Locale.ROOT, ", %d stale records removed", stale));
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

  /** Removes the corpus's stories and families that the run's files no longer hold. */
  private static int removeStale(Corpus corpus, Path outDir) throws IOException {
    int removed = 0;
    Path stories = outDir.resolve("stories.jsonl");
    if (Files.isRegularFile(stories)) {
      Set<String> keep = new HashSet<>();
      CompareRunner.read(stories, Story.class).forEach(s -> keep.add(s.id()));
      for (String id : stale(corpus.stories(), keep, Story::id)) {
        corpus.stories().delete(id);
        corpus.comparisons().delete(id);
        removed++;
      }
    }
    Path families = outDir.resolve("syndication.jsonl");
    if (Files.isRegularFile(families)) {
      Set<String> keep = new HashSet<>();
      CompareRunner.read(families, SyndicationFamily.class).forEach(f -> keep.add(f.id()));
      for (String id : stale(corpus.families(), keep, SyndicationFamily::id)) {
        corpus.families().delete(id);
        removed++;
      }
    }
    return removed;
  }

  private static <T> List<String> stale(
      RecordView<T> view, Set<String> keep, Function<T, String> id) {
    List<String> out = new ArrayList<>();
    for (int offset = 0; ; offset += STALE_PAGE) {
      Page<T> page = view.list(offset, STALE_PAGE);
      page.items().stream().map(id).filter(i -> !keep.contains(i)).forEach(out::add);
      if (!page.hasMore() || page.items().isEmpty()) {
        return out;
      }
    }
  }

  private static RecordView<?> view(Corpus corpus, String file) {
    return switch (file) {
      case "syndication.jsonl" -> corpus.families();
      case "stories.jsonl" -> corpus.stories();
      default -> corpus.comparisons();
    };
  }
}
