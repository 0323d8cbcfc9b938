package org.parallax.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.parallax.store.StoredKind;
import org.parallax.store.query.Page;

/**
 * Stories, families, comparisons and overrides as JSON documents: one Lucene document per record,
 * keyed {@code kind/id}, with the article ids it refers to as terms. Thread-safe.
 */
public final class StoredDocuments {

  private static final String SORT_KEY = "stored_key";

  private StoredDocuments() {}

  /** The unique key of a stored record. */
  public static Term key(StoredKind kind, String id) {
    return new Term(Fields.ID, kind.key() + "/" + id);
  }

  /** The document of a record. */
  public static Document build(StoredKind kind, String id, String json, Collection<String> refs) {
    Document d = new Document();
    Term key = key(kind, id);
    d.add(new StringField(Fields.TYPE, Fields.STORED, Field.Store.NO));
    d.add(new StringField(Fields.ID, key.text(), Field.Store.NO));
    d.add(new StringField(Fields.KIND, kind.key(), Field.Store.NO));
    d.add(new SortedDocValuesField(SORT_KEY, new BytesRef(id)));
    d.add(new StoredField(Fields.JSON, json));
    for (String ref : refs) {
      d.add(new StringField(Fields.REF, ref, Field.Store.NO));
    }
    return d;
  }

  /** The JSON of one record, or null. */
  public static String get(IndexSearcher s, StoredKind kind, String id) throws IOException {
    int doc = Searches.find(s, Fields.STORED, key(kind, id).text());
    return doc < 0 ? null : Searches.stored(s, doc, Fields.JSON);
  }

  /**
   * A page of records of one kind in id order, only those referring to {@code ref} when it is not
   * null.
   */
  public static Page<String> list(
      IndexSearcher s, StoredKind kind, String ref, int offset, int limit) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(Fields.KIND, kind.key())), Occur.FILTER);
    b.add(new TermQuery(new Term(Fields.TYPE, Fields.STORED)), Occur.FILTER);
    if (ref != null) {
      b.add(new TermQuery(new Term(Fields.REF, ref)), Occur.FILTER);
    }
    Query q = b.build();
    int n = Math.max(1, Math.min(Searches.MAX_WINDOW, offset + limit));
    TopDocs top = s.search(q, n, new Sort(new SortField(SORT_KEY, SortField.Type.STRING)));
    List<String> out = new ArrayList<>();
    for (int i = offset; i < Math.min(n, top.scoreDocs.length); i++) {
      out.add(Searches.stored(s, top.scoreDocs[i].doc, Fields.JSON));
    }
    return new Page<>(out, s.count(q), offset, limit);
  }
}
