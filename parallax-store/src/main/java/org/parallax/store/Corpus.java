package org.parallax.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.parallax.core.compare.Comparison;
import org.parallax.core.embed.Embedder;
import org.parallax.core.json.Json;
import org.parallax.core.model.Article;
import org.parallax.core.story.Story;
import org.parallax.core.story.SyndicationFamily;
import org.parallax.store.lucene.ArticleDocuments;
import org.parallax.store.lucene.Fields;
import org.parallax.store.lucene.NewsAnalyzer;
import org.parallax.store.lucene.Queries;
import org.parallax.store.lucene.Searches;
import org.parallax.store.lucene.StoredDocuments;
import org.parallax.store.query.ArticleHit;
import org.parallax.store.query.Filters;
import org.parallax.store.query.Page;
import org.parallax.store.query.QuoteHit;
import org.parallax.store.query.QuoteQuery;
import org.parallax.store.query.SearchRequest;
import org.parallax.store.query.SearchResult;

/**
 * A corpus directory: an embedded Lucene index of articles, their quotes, and stored stories,
 * families, comparisons and overrides.
 *
 * <p>One process at a time may open a directory for writing (Lucene's {@code write.lock}, released
 * by the operating system if the process dies); any number may open it {@linkplain
 * CorpusConfig#asReadOnly() read-only}. Each {@link #add} is one atomic, durable commit: a process
 * killed during a batch leaves the corpus as it was after the previous batch. Articles are keyed by
 * {@link Article#id()}: adding the same article again changes nothing, adding a changed article
 * replaces it and its quotes.
 *
 * <p>Thread-safe: reads run concurrently and always see the last commit; writes are serialised. I/O
 * failures during reads surface as {@link UncheckedIOException}.
 */
public final class Corpus implements AutoCloseable {

  /** The sub-directory of the corpus directory that holds the Lucene index. */
  public static final String INDEX_DIR = "index";

  private final Path dir;
  private final CorpusConfig config;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ArticleDocuments docs;
  private final Searches searches;
  private final BatchIndexer indexer;
  private final Object writeLock = new Object();
  private volatile long lastRefresh = System.nanoTime();

  /** How often a read-only corpus looks for new commits on its own. */
  private static final long REFRESH_NANOS = 1_000_000_000L;

  private Corpus(Path dir, CorpusConfig config) throws IOException {
    this.dir = dir;
    this.config = config;
    Analyzer analyzer = NewsAnalyzer.create();
    this.docs = new ArticleDocuments(config.registry());
    this.searches = new Searches(new Queries(analyzer), docs);
    Path indexDir = dir.resolve(INDEX_DIR);
    if (config.readOnly()) {
      if (!Files.isDirectory(indexDir)) {
        throw new IOException("no corpus in " + dir);
      }
      try (Directory probe = FSDirectory.open(indexDir)) {
        if (!DirectoryReader.indexExists(probe)) {
          throw new IOException("no corpus in " + dir);
        }
      }
    }
    Files.createDirectories(indexDir);
    this.directory = FSDirectory.open(indexDir);
    if (config.readOnly()) {
      this.writer = null;
      this.searchers = new SearcherManager(directory, null);
      this.indexer = null;
      return;
    }
    IndexWriterConfig iwc = new IndexWriterConfig(analyzer);
    iwc.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    iwc.setRAMBufferSizeMB(64);
    try {
      this.writer = new IndexWriter(directory, iwc);
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IOException("corpus " + dir + " is open for writing by another process", e);
    }
    if (!DirectoryReader.indexExists(directory)) {
      writer.commit();
    }
    this.searchers = new SearcherManager(writer, null);
    this.indexer = new BatchIndexer(writer, searchers, docs, config.embedder());
  }

  /** Opens the corpus in {@code dir} for writing, creating it when missing; no embedder. */
  public static Corpus open(Path dir) throws IOException {
    return new Corpus(dir, CorpusConfig.defaults());
  }

  /** Opens the corpus in {@code dir} as configured. */
  public static Corpus open(Path dir, CorpusConfig config) throws IOException {
    return new Corpus(dir, config);
  }

  /** The corpus directory. */
  public Path directory() {
    return dir;
  }

  /** Whether this corpus was opened read-only. */
  public boolean readOnly() {
    return writer == null;
  }

  /** Adds or replaces a batch of articles in one commit. */
  public AddResult add(Collection<Article> batch) {
    return add(batch, Map.of());
  }

  /**
   * Adds or replaces a batch of articles and records {@code checkpoint} (e.g. how far an input was
   * read) in the same atomic commit, so that a restarted ingest can resume from {@link
   * #checkpoint()}. The last article of a batch wins when two share an id.
   */
  public AddResult add(Collection<Article> batch, Map<String, String> checkpoint) {
    requireWritable();
    synchronized (writeLock) {
      try {
        Map<String, Article> byId = new LinkedHashMap<>();
        batch.forEach(a -> byId.put(a.id(), a));
        AddResult result = indexer.index(byId.values());
        commit(checkpoint);
        return result;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private void commit(Map<String, String> checkpoint) throws IOException {
    if (!checkpoint.isEmpty()) {
      Map<String, String> data = new HashMap<>(checkpoint());
      data.putAll(checkpoint);
      writer.setLiveCommitData(data.entrySet());
    }
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  /** The checkpoint recorded by the last commit; empty when none was. */
  public Map<String, String> checkpoint() {
    try {
      if (writer != null) {
        Map<String, String> m = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
          live.forEach(e -> m.put(e.getKey(), e.getValue()));
        }
        return Map.copyOf(m);
      }
      IndexSearcher s = searchers.acquire();
      try {
        DirectoryReader r = (DirectoryReader) s.getIndexReader();
        return Map.copyOf(r.getIndexCommit().getUserData());
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The article with this id. */
  public Optional<Article> article(String id) {
    return read(s -> searches.article(s, id));
  }

  /** Whether the corpus holds an article with this id. */
  public boolean contains(String id) {
    return read(s -> Searches.find(s, Fields.ARTICLE, id) >= 0);
  }

  /** How many articles the corpus holds. */
  public long articleCount() {
    return read(s -> (long) s.count(new TermQuery(new Term(Fields.TYPE, Fields.ARTICLE))));
  }

  /** A page of articles passing {@code filters}, newest first. */
  public Page<ArticleHit> articles(Filters filters, int offset, int limit) {
    return read(s -> searches.list(s, filters, offset, limit));
  }

  /**
   * Full-text search with filters and facet counts. Totals are exact; pages reach at most the first
   * {@value org.parallax.store.lucene.Searches#MAX_WINDOW} hits (deeper pages are empty).
   */
  public SearchResult search(SearchRequest request) {
    return read(s -> searches.search(s, request));
  }

  /** Quotes by words and/or speaker. */
  public Page<QuoteHit> quotes(QuoteQuery query) {
    return read(s -> searches.quotes(s, query));
  }

  /**
   * The {@code k} articles whose embeddings are nearest to that of {@code articleId}, most similar
   * first, with the cosine similarity as score. Empty when the corpus has no embedder or the
   * article no vector.
   */
  public List<ArticleHit> similar(String articleId, int k) {
    return read(
        s -> {
          Optional<float[]> v = Searches.vector(s, articleId);
          return v.isEmpty() ? List.of() : searches.nearest(s, v.get(), k, articleId);
        });
  }

  /** The {@code k} articles nearest to {@code text}; empty without an embedder. */
  public List<ArticleHit> similarToText(String text, int k) {
    Embedder e = config.embedder();
    if (e == null) {
      return List.of();
    }
    float[] v = e.embed(text);
    return read(s -> searches.nearest(s, v, k, null));
  }

  /**
   * Stores {@code record} as JSON under {@code kind}/{@code id}, replacing any earlier one, and
   * commits.
   *
   * @param refs the article ids it concerns, for {@link #list(StoredKind, String, Class, int, int)}
   */
  public void put(StoredKind kind, String id, Object record, Collection<String> refs) {
    putAll(kind, Map.of(id, new Stored(record, refs)));
  }

  /** A record to store with the article ids it concerns. */
  public record Stored(Object record, Collection<String> refs) {}

  /** Stores several records of one kind in one commit. */
  public void putAll(StoredKind kind, Map<String, Stored> records) {
    requireWritable();
    synchronized (writeLock) {
      try {
        for (Map.Entry<String, Stored> e : records.entrySet()) {
          String json = Json.write(e.getValue().record());
          Document d = StoredDocuments.build(kind, e.getKey(), json, e.getValue().refs());
          writer.updateDocument(StoredDocuments.key(kind, e.getKey()), d);
        }
        commit(Map.of());
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
  }

  /** Removes a stored record, if present, and commits. */
  public void delete(StoredKind kind, String id) {
    requireWritable();
    synchronized (writeLock) {
      try {
        writer.deleteDocuments(StoredDocuments.key(kind, id));
        commit(Map.of());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A stored record read as {@code type}. */
  public <T> Optional<T> get(StoredKind kind, String id, Class<T> type) {
    return getJson(kind, id).map(json -> Json.read(json, type));
  }

  /** The JSON of a stored record. */
  public Optional<String> getJson(StoredKind kind, String id) {
    return read(s -> Optional.ofNullable(StoredDocuments.get(s, kind, id)));
  }

  /**
   * A page of stored records of one kind, in id order.
   *
   * @param articleId only records that refer to this article, or {@code null} for all
   */
  public <T> Page<T> list(StoredKind kind, String articleId, Class<T> type, int offset, int limit) {
    Page<String> p = read(s -> StoredDocuments.list(s, kind, articleId, offset, limit));
    List<T> items = p.items().stream().map(j -> Json.read(j, type)).toList();
    return new Page<>(items, p.total(), offset, limit);
  }

  /** The stories, keyed by story id, findable by member article. */
  public RecordView<Story> stories() {
    return RecordView.stories(this);
  }

  /** The syndication families, keyed by family id, findable by member article. */
  public RecordView<SyndicationFamily> families() {
    return RecordView.families(this);
  }

  /** The comparisons, keyed by story id, findable by compared article. */
  public RecordView<Comparison> comparisons() {
    return RecordView.comparisons(this);
  }

  /**
   * Picks up commits made by another process now. A read-only corpus also does this on its own, at
   * most once a second, when it is read; a writable corpus always sees its own commits.
   */
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    synchronized (writeLock) {
      try {
        searchers.close();
      } finally {
        try {
          if (writer != null) {
            writer.close();
          }
        } finally {
          directory.close();
        }
      }
    }
  }

  private void requireWritable() {
    if (writer == null) {
      throw new IllegalStateException("corpus " + dir + " was opened read-only");
    }
  }

  private <T> T read(Reader<T> r) {
    try {
      if (writer == null) {
        long now = System.nanoTime();
        if (now - lastRefresh > REFRESH_NANOS) {
          lastRefresh = now;
          searchers.maybeRefresh(); // non-blocking: another reader may be refreshing already
        }
      }
      IndexSearcher s = searchers.acquire();
      try {
        return r.apply(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FunctionalInterface
  private interface Reader<T> {
    T apply(IndexSearcher s) throws IOException;
  }
}
