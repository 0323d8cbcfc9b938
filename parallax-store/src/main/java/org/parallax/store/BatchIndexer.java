package org.parallax.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.parallax.core.embed.Embedder;
import org.parallax.core.id.Ids;
import org.parallax.core.json.Json;
import org.parallax.core.model.Article;
import org.parallax.core.model.Position;
import org.parallax.core.model.Problem;
import org.parallax.store.lucene.ArticleDocuments;
import org.parallax.store.lucene.Fields;
import org.parallax.store.lucene.Searches;

/**
 * Adds articles to the writer without committing: skips those whose content hash is already
 * indexed, replaces changed ones together with their quotes, and embeds the text when there is an
 * embedder. Callers serialise batches and commit.
 */
final class BatchIndexer {

  /** How much of title and text goes into an embedding. */
  static final int EMBED_CHARS = 2000;

  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ArticleDocuments docs;
  private final Embedder embedder;

  BatchIndexer(
      IndexWriter writer, SearcherManager searchers, ArticleDocuments docs, Embedder embedder) {
    this.writer = writer;
    this.searchers = searchers;
    this.docs = docs;
    this.embedder = embedder;
  }

  AddResult index(Collection<Article> articles) throws IOException {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    List<Problem> problems = new ArrayList<>();
    IndexSearcher s = searchers.acquire();
    try {
      for (Article a : articles) {
        String json = Json.write(a);
        String hash = Ids.hash(json + "|" + embedderName());
        int doc = Searches.find(s, Fields.ARTICLE, a.id());
        String old = doc < 0 ? null : Searches.stored(s, doc, Fields.HASH);
        if (hash.equals(old)) {
          unchanged++;
          continue;
        }
        try {
          List<Document> d = docs.build(a, json, hash, vectorOf(a));
          writer.updateDocuments(new Term(Fields.FAMILY, a.id()), d);
        } catch (RuntimeException e) {
          problems.add(
              new Problem(
                  a.id(), Position.none(), "store", "index", String.valueOf(e.getMessage())));
          continue;
        }
        if (old == null) {
          added++;
        } else {
          updated++;
        }
      }
    } finally {
      searchers.release(s);
    }
    return new AddResult(added, updated, unchanged, problems);
  }

  private String embedderName() {
    return embedder == null ? "" : embedder.model() + "/" + embedder.dimension();
  }

  private float[] vectorOf(Article a) {
    if (embedder == null) {
      return null;
    }
    String t = (a.title() == null ? "" : a.title() + "\n") + a.text();
    return embedder.embed(t.length() > EMBED_CHARS ? t.substring(0, EMBED_CHARS) : t);
  }
}
