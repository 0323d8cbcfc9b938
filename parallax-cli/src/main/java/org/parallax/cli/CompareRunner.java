package org.parallax.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.compare.StoryComparator;
import org.parallax.compare.report.ReportWriter;
import org.parallax.compare.report.StoryReport;
import org.parallax.core.compare.ClaimStatus;
import org.parallax.core.compare.Comparison;
import org.parallax.core.embed.Embedder;
import org.parallax.core.json.Json;
import org.parallax.core.json.JsonLinesWriter;
import org.parallax.core.model.Article;
import org.parallax.core.model.Outcome;
import org.parallax.core.registry.SourceRegistry;
import org.parallax.core.story.Story;
import org.parallax.core.story.SyndicationFamily;

/**
 * The comparison step of a run: reads {@code DIR/articles.jsonl}, {@code DIR/stories.jsonl} and
 * {@code DIR/syndication.jsonl}, writes {@code DIR/comparisons.jsonl} (one line per story) and the
 * static report {@code DIR/report/}. Without {@code stories.jsonl} (grouping not run) all articles
 * are compared as one story.
 */
final class CompareRunner {

  static final String STORIES = "stories.jsonl";
  static final String FAMILIES = "syndication.jsonl";
  static final String COMPARISONS = "comparisons.jsonl";
  static final String REPORT = "report";

  private CompareRunner() {}

  /**
   * Compares every story of the run in {@code dir}.
   *
   * @return the path of the report's {@code index.html}
   */
  static Path run(
      Path dir, SourceRegistry registry, Embedder embedder, PrintWriter out, PrintWriter err)
      throws IOException {
    return run(dir, registry, embedder, out, err, List.of(), null);
  }

  /**
   * Compares the stories of the run in {@code dir} whose ids are in {@code only} (all when {@code
   * null}), with {@code extra} articles (e.g. from the corpus) beside those of the run.
   *
   * @return the path of the report's {@code index.html}
   */
  static Path run(
      Path dir,
      SourceRegistry registry,
      Embedder embedder,
      PrintWriter out,
      PrintWriter err,
      List<Article> extra,
      Set<String> only)
      throws IOException {
    List<Article> articles =
        new ArrayList<>(read(dir.resolve(IngestRunner.ARTICLES), Article.class));
    articles.addAll(extra);
    List<Story> stories = read(dir.resolve(STORIES), Story.class);
    if (only != null) {
      stories = stories.stream().filter(s -> only.contains(s.id())).toList();
    }
    List<SyndicationFamily> families = read(dir.resolve(FAMILIES), SyndicationFamily.class);
    if (stories.isEmpty() && !articles.isEmpty()) {
      err.println(
          "parallax: no " + STORIES + " in " + dir + "; comparing all articles as one story");
      stories = List.of(StoryComparator.oneStory("all", articles.get(0).title(), articles));
    }
    StoryComparator comparator = StoryComparator.over(embedder, registry, articles);
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    List<StoryReport> reports = new ArrayList<>();
    int shared = 0;
    int contested = 0;
    try (JsonLinesWriter w = JsonLinesWriter.create(dir.resolve(COMPARISONS))) {
      for (Story s : stories) {
        List<Article> members =
            s.articles().stream().map(byId::get).filter(a -> a != null).toList();
        Outcome<Comparison> c = comparator.compare(s, members, families);
        if (c instanceof Outcome.Ok<Comparison> ok) {
          w.write(ok.value());
          reports.add(new StoryReport(s.title(), ok.value(), members));
          shared += ok.value().claims(ClaimStatus.SHARED).size();
          contested += ok.value().claims(ClaimStatus.CONTESTED).size();
        } else if (c instanceof Outcome.Failed<Comparison> f) {
          err.println("parallax: " + f.problem().describe());
        }
      }
    }
    Path index = new ReportWriter().write(dir.resolve(REPORT), reports);
    out.printf(
        Locale.ROOT,
        "compare: %d stories, %d shared and %d contested claims -> %s, %s%n",
        reports.size(),
        shared,
        contested,
        dir.resolve(COMPARISONS),
        index);
    out.flush();
    err.flush();
    return index;
  }

  static <T> List<T> read(Path file, Class<T> type) throws IOException {
    List<T> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          out.add(Json.read(line, type));
        }
      }
    }
    return out;
  }
}
