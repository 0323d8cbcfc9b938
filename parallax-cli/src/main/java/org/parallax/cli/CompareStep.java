package org.parallax.cli;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parallax.core.model.Article;
import org.parallax.core.story.Story;
import org.parallax.group.embed.MiniLmEmbedder;

/**
 * The {@code analyze} step that compares each story's outlets: {@code DIR/comparisons.jsonl} and
 * the static report {@code DIR/report/index.html}. With a corpus ({@code --corpus CDIR}) only the
 * stories that hold an article of the batch are compared (their other members are read from the
 * corpus), so the corpus's other comparisons stay as they are.
 */
final class CompareStep implements AnalyzeStep {

  @Override
  public String name() {
    return "compare";
  }

  @Override
  public int run(AnalyzeContext context) throws IOException {
    List<Article> extra = List.of();
    Set<String> touched = null;
    if (CorpusArticles.exists(context.corpus())) {
      Set<String> batch = new HashSet<>();
      GroupStep.read(context.articles()).forEach(a -> batch.add(a.id()));
      touched = new HashSet<>();
      Set<String> missing = new LinkedHashSet<>();
      for (Story s : CompareRunner.read(context.outDir().resolve(GroupStep.STORIES), Story.class)) {
        if (s.articles().stream().anyMatch(batch::contains)) {
          touched.add(s.id());
          s.articles().stream().filter(id -> !batch.contains(id)).forEach(missing::add);
        }
      }
      extra =
          List.copyOf(CorpusArticles.byId(context.corpus(), context.registry(), missing).values());
    }
    try (MiniLmEmbedder embedder = MiniLmEmbedder.load(MiniLmEmbedder.Device.AUTO)) {
      CompareRunner.run(
          context.outDir(),
          context.registry(),
          embedder,
          context.out(),
          context.err(),
          extra,
          touched);
      return ExitCodes.OK;
    }
  }
}
