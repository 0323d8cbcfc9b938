package org.parallax.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.parallax.core.json.Json;
import org.parallax.core.model.Article;
import org.parallax.store.query.ArticleHit;
import org.parallax.store.query.Facet;
import org.parallax.store.query.FacetCount;
import org.parallax.store.query.Filters;
import org.parallax.store.query.Page;
import org.parallax.store.query.QuoteHit;
import org.parallax.store.query.QuoteQuery;
import org.parallax.store.query.SearchRequest;
import org.parallax.store.query.SearchResult;
import org.parallax.store.query.Sort;

/**
 * The reads of the corpus over one {@link IndexSearcher}: look-ups, article search with facets,
 * quote search and nearest neighbours. Thread-safe.
 */
public final class Searches {

  /** How many values of each facet a search returns. */
  public static final int FACET_SIZE = 30;

  /** The deepest hit a page may reach (offset + limit). */
  public static final int MAX_WINDOW = 10_000;

  /** The smallest number of candidates a nearest-neighbour search explores. */
  private static final int KNN_BEAM = 64;

  private static final Set<String> JSON_ONLY = Set.of(Fields.JSON);

  private final Queries queries;
  private final ArticleDocuments docs;
  private final FacetCounter facets = new FacetCounter();

  /** Reads with these query builders and documents. */
  public Searches(Queries queries, ArticleDocuments docs) {
    this.queries = queries;
    this.docs = docs;
  }

  /** The doc id of the live document with this id and type, or -1. */
  public static int find(IndexSearcher s, String type, String id) throws IOException {
    BooleanQuery q =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.ID, id)), Occur.FILTER)
            .add(new TermQuery(new Term(Fields.TYPE, type)), Occur.FILTER)
            .build();
    TopDocs top = s.search(q, 1);
    return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
  }

  /** A stored field of a document. */
  public static String stored(IndexSearcher s, int doc, String field) throws IOException {
    return s.storedFields().document(doc, Set.of(field)).get(field);
  }

  /** The article with this id. */
  public Optional<Article> article(IndexSearcher s, String id) throws IOException {
    int doc = find(s, Fields.ARTICLE, id);
    return doc < 0
        ? Optional.empty()
        : Optional.of(Json.read(stored(s, doc, Fields.JSON), Article.class));
  }

  /** Articles matching the request, a page of hits and the requested facet counts. */
  public SearchResult search(IndexSearcher s, SearchRequest r) throws IOException {
    Query q = queries.articles(r.text(), r.filters());
    int n = Math.min(MAX_WINDOW, r.offset() + r.limit());
    org.apache.lucene.search.Sort sort = sort(r.sort(), r.text().isBlank());
    TopDocs top;
    long total;
    Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
    if (r.facets().isEmpty()) {
      top = top(s, q, Math.max(n, 1), sort);
      total = top.totalHits.value;
    } else {
      FacetsCollectorManager fcm = new FacetsCollectorManager();
      FacetsCollectorManager.FacetsResult fr =
          sort == null
              ? FacetsCollectorManager.search(s, q, Math.max(n, 1), fcm)
              : FacetsCollectorManager.search(s, q, Math.max(n, 1), sort, fcm);
      top = fr.topDocs();
      total = exact(s, q, top.totalHits);
      for (Facet f : r.facets()) {
        counts.put(f, facets.count(s.getIndexReader(), fr.facetsCollector(), f, FACET_SIZE));
      }
    }
    List<String> words = Queries.words(r.text());
    List<ArticleHit> hits = new ArrayList<>();
    for (int i = r.offset(); i < Math.min(n, top.scoreDocs.length); i++) {
      ScoreDoc sd = top.scoreDocs[i];
      hits.add(hit(s, sd.doc, Float.isNaN(sd.score) ? 0f : sd.score, words));
    }
    return new SearchResult(new Page<>(hits, total, r.offset(), r.limit()), counts);
  }

  /** Quotes matching the query: best match first with words, else newest first. */
  public Page<QuoteHit> quotes(IndexSearcher s, QuoteQuery qq) throws IOException {
    Query q = queries.quotes(qq.words(), qq.speakerId(), qq.filters());
    int n = Math.max(1, Math.min(MAX_WINDOW, qq.offset() + qq.limit()));
    org.apache.lucene.search.Sort sort = sort(Sort.RELEVANCE, qq.words().isBlank());
    TopDocs top = top(s, q, n, sort);
    List<QuoteHit> out = new ArrayList<>();
    for (int i = qq.offset(); i < Math.min(n, top.scoreDocs.length); i++) {
      String json = s.storedFields().document(top.scoreDocs[i].doc, JSON_ONLY).get(Fields.JSON);
      out.add(Json.read(json, QuoteHit.class));
    }
    return new Page<>(out, top.totalHits.value, qq.offset(), qq.limit());
  }

  /** Articles of {@code filters}, newest first. */
  public Page<ArticleHit> list(IndexSearcher s, Filters filters, int offset, int limit)
      throws IOException {
    SearchRequest r = new SearchRequest("", filters, List.of(), Sort.NEWEST, offset, limit);
    return search(s, r).hits();
  }

  /** The {@code k} articles nearest to {@code vector}, other than {@code exceptId}. */
  public List<ArticleHit> nearest(IndexSearcher s, float[] vector, int k, String exceptId)
      throws IOException {
    // only article documents have vectors, so no filter is needed (a filter costs a bit set of
    // the whole index per query); the excluded article, if found, is dropped afterwards
    int want = exceptId == null ? k : k + 1;
    // the graph search is greedy: a wider beam than k finds the true nearest far more often
    int beam = Math.max(want, KNN_BEAM);
    TopDocs top = s.search(new KnnFloatVectorQuery(Fields.VECTOR, vector, beam), want);
    List<ArticleHit> out = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      // DOT_PRODUCT scores are (1 + cosine) / 2
      ArticleHit hit = hit(s, sd.doc, 2 * sd.score - 1, List.of());
      if (out.size() < k && !hit.id().equals(exceptId)) {
        out.add(hit);
      }
    }
    return out;
  }

  /** The stored vector of the article with this id, if it has one. */
  public static Optional<float[]> vector(IndexSearcher s, String id) throws IOException {
    int doc = find(s, Fields.ARTICLE, id);
    if (doc < 0) {
      return Optional.empty();
    }
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    FloatVectorValues values = leaf.reader().getFloatVectorValues(Fields.VECTOR);
    int local = doc - leaf.docBase;
    if (values == null || values.advance(local) != local) {
      return Optional.empty();
    }
    return Optional.of(values.vectorValue().clone());
  }

  private ArticleHit hit(IndexSearcher s, int doc, float score, List<String> words)
      throws IOException {
    Article a = Json.read(stored(s, doc, Fields.JSON), Article.class);
    String outlet = OutletInfo.of(a, docs.registry()).name();
    return new ArticleHit(
        a.id(),
        a.title(),
        outlet,
        a.published(),
        a.url(),
        a.language(),
        score,
        Snippets.of(a.text(), words));
  }

  /** The top {@code n} hits, with an exact total count (counted in the same pass). */
  private static TopDocs top(IndexSearcher s, Query q, int n, org.apache.lucene.search.Sort sort)
      throws IOException {
    return sort == null
        ? s.search(q, new TopScoreDocCollectorManager(n, Integer.MAX_VALUE))
        : s.search(q, new TopFieldCollectorManager(sort, n, Integer.MAX_VALUE));
  }

  private static long exact(IndexSearcher s, Query q, TotalHits th) throws IOException {
    return th.relation == TotalHits.Relation.EQUAL_TO ? th.value : s.count(q);
  }

  private static org.apache.lucene.search.Sort sort(Sort sort, boolean noText) {
    Sort effective = sort == Sort.RELEVANCE && noText ? Sort.NEWEST : sort;
    if (effective == Sort.RELEVANCE) {
      return null;
    }
    boolean newest = effective == Sort.NEWEST;
    SortField f = new SortField(Fields.PUBLISHED, SortField.Type.LONG, newest);
    f.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new org.apache.lucene.search.Sort(f, SortField.FIELD_DOC);
  }
}
