package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.core.model.Article;
import org.parallax.core.registry.SourceRegistry;
import org.parallax.store.Corpus;
import org.parallax.store.CorpusConfig;
import org.parallax.store.StoredKind;
import org.parallax.store.lucene.Searches;
import org.parallax.store.query.ArticleHit;
import org.parallax.store.query.Filters;
import org.parallax.store.query.Page;

/**
 * What an incremental {@code analyze --corpus DIR} reads from the existing corpus: its articles, so
 * that a new batch is grouped together with them and joins their stories. The corpus is opened
 * read-only and closed again before the run loads its results.
 */
final class CorpusArticles {

  private static final int PAGE = 500;

  private CorpusArticles() {}

  /** Whether {@code dir} holds a corpus ({@code null} means no {@code --corpus}). */
  static boolean exists(Path dir) {
    return dir != null && Files.isDirectory(dir.resolve(Corpus.INDEX_DIR));
  }

  /**
   * All articles of the corpus in {@code dir}, held in memory. Paging reaches at most {@value
   * Searches#MAX_WINDOW} articles (the newest); a larger corpus is reported on {@code err}.
   */
  static List<Article> all(Path dir, SourceRegistry registry, PrintWriter err) throws IOException {
    List<Article> out = new ArrayList<>();
    try (Corpus c = open(dir, registry)) {
      long total = c.articleCount();
      if (total > Searches.MAX_WINDOW) {
        err.printf(
            "parallax: the corpus holds %d articles; only the newest %d are re-grouped%n",
            total, Searches.MAX_WINDOW);
        err.flush();
      }
      for (int offset = 0; offset < Math.min(total, Searches.MAX_WINDOW); offset += PAGE) {
        Page<ArticleHit> page = c.articles(Filters.none(), offset, PAGE);
        if (page.items().isEmpty()) {
          break;
        }
        for (ArticleHit hit : page.items()) {
          c.article(hit.id()).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  /** The articles of the corpus in {@code dir} with these ids (those it holds), by id. */
  static Map<String, Article> byId(Path dir, SourceRegistry registry, Collection<String> ids)
      throws IOException {
    Map<String, Article> out = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    try (Corpus c = open(dir, registry)) {
      for (String id : ids) {
        c.article(id).ifPresent(a -> out.put(id, a));
      }
    }
    return out;
  }

  /**
   * The grouping corrections stored in the corpus by the server ({@code POST /api/overrides}, the
   * web app's form), in the order they arrived, so that a later analysis run honours them.
   */
  static List<org.parallax.core.story.Override> storedOverrides(Path dir, SourceRegistry registry)
      throws IOException {
    List<org.parallax.core.story.Override> out = new ArrayList<>();
    try (Corpus c = open(dir, registry)) {
      for (int offset = 0; ; offset += PAGE) {
        List<org.parallax.core.story.Override> page =
            c.list(StoredKind.OVERRIDE, null, org.parallax.core.story.Override.class, offset, PAGE)
                .items();
        out.addAll(page);
        if (page.size() < PAGE) {
          return out;
        }
      }
    }
  }

  private static Corpus open(Path dir, SourceRegistry registry) throws IOException {
    return Corpus.open(dir, CorpusConfig.defaults().withRegistry(registry).asReadOnly());
  }
}
