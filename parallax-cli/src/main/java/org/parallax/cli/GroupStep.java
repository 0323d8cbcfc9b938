package org.parallax.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.core.json.Json;
import org.parallax.core.json.JsonLinesWriter;
import org.parallax.core.model.Article;
import org.parallax.core.model.Outcome;
import org.parallax.core.story.Overrides;
import org.parallax.core.story.Story;
import org.parallax.core.story.SyndicationFamily;
import org.parallax.group.embed.MiniLmEmbedder;
import org.parallax.group.story.OverridesFile;
import org.parallax.group.story.StoryConfig;
import org.parallax.group.story.StoryGrouper;
import org.parallax.group.syndication.SyndicationConfig;
import org.parallax.group.syndication.SyndicationDetector;

/**
 * The {@code analyze} step that groups the enriched articles: {@code DIR/syndication.jsonl} (one
 * syndication family a line) and {@code DIR/stories.jsonl} (one story a line, with the evidence of
 * every assignment). The user's corrections are read from {@code DIR/overrides.json} when it
 * exists; that file is never written by {@code analyze}, so corrections survive re-runs. With a
 * corpus ({@code --corpus CDIR}) the batch is grouped together with the corpus's articles, so it
 * joins their stories (ids are stable: derived from each story's first article), both files hold
 * the merged result, and {@code CDIR/overrides.json} is honoured before {@code DIR/overrides.json}.
 */
final class GroupStep implements AnalyzeStep {

  /** Syndication families, one JSON object a line. */
  static final String SYNDICATION = "syndication.jsonl";

  /** Stories, one JSON object a line. */
  static final String STORIES = "stories.jsonl";

  /** The user's corrections. */
  static final String OVERRIDES = "overrides.json";

  @Override
  public String name() {
    return "group";
  }

  @Override
  public int run(AnalyzeContext context) throws IOException {
    Outcome<Overrides> overrides = overrides(context);
    if (overrides instanceof Outcome.Failed<Overrides> f) {
      context.err().println("parallax: " + f.problem().describe());
      context.err().flush();
      return ExitCodes.FAILURE;
    }
    List<Article> batch = read(context.articles());
    List<Article> articles = withCorpus(context, batch);
    List<SyndicationFamily> families =
        new SyndicationDetector(SyndicationConfig.defaults(), context.registry())
            .families(articles);
    List<Story> stories;
    try (MiniLmEmbedder embedder = MiniLmEmbedder.load(MiniLmEmbedder.Device.AUTO)) {
      stories =
          new StoryGrouper(StoryConfig.defaults(), embedder)
              .group(articles, families, ((Outcome.Ok<Overrides>) overrides).value());
    }
    write(context.outDir().resolve(SYNDICATION), families);
    write(context.outDir().resolve(STORIES), stories);
    context
        .out()
        .printf(
            "Grouped %d articles (%d from the corpus): %d syndication families, %d stories"
                + " -> %s, %s%n",
            articles.size(),
            articles.size() - batch.size(),
            families.size(),
            stories.size(),
            SYNDICATION,
            STORIES);
    context.out().flush();
    return ExitCodes.OK;
  }

  /**
   * The corpus's overrides (when there is a corpus: its {@code overrides.json}, then the
   * corrections the server stored in it) followed by those of the output directory.
   */
  private static Outcome<Overrides> overrides(AnalyzeContext context) throws IOException {
    Outcome<Overrides> local = OverridesFile.read(context.outDir().resolve(OVERRIDES));
    if (context.corpus() == null || local instanceof Outcome.Failed<Overrides>) {
      return local;
    }
    Outcome<Overrides> shared = OverridesFile.read(context.corpus().resolve(OVERRIDES));
    if (shared instanceof Outcome.Ok<Overrides> a && local instanceof Outcome.Ok<Overrides> b) {
      List<org.parallax.core.story.Override> all = new ArrayList<>(a.value().overrides());
      if (CorpusArticles.exists(context.corpus())) {
        all.addAll(CorpusArticles.storedOverrides(context.corpus(), context.registry()));
      }
      all.addAll(b.value().overrides());
      return Outcome.ok(new Overrides(all));
    }
    return shared;
  }

  /**
   * The batch preceded by the corpus's articles that are not in it (all of them are held in
   * memory), so that new articles join the corpus's stories; the batch alone without a corpus.
   */
  private static List<Article> withCorpus(AnalyzeContext context, List<Article> batch)
      throws IOException {
    if (!CorpusArticles.exists(context.corpus())) {
      return batch;
    }
    Set<String> ids = new HashSet<>();
    batch.forEach(a -> ids.add(a.id()));
    List<Article> all = new ArrayList<>();
    for (Article a : CorpusArticles.all(context.corpus(), context.registry(), context.err())) {
      if (!ids.contains(a.id())) {
        all.add(a);
      }
    }
    all.addAll(batch);
    return all;
  }

  static List<Article> read(Path file) throws IOException {
    List<Article> out = new ArrayList<>();
    if (!Files.exists(file)) {
      return out;
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          out.add(Json.read(line, Article.class));
        }
      }
    }
    return out;
  }

  private static void write(Path file, List<?> values) throws IOException {
    try (JsonLinesWriter w = JsonLinesWriter.create(file)) {
      for (Object v : values) {
        w.write(v);
      }
    }
  }
}
