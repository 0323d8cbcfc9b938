package org.parallax.store.lucene;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.parallax.core.json.Json;
import org.parallax.core.model.Article;
import org.parallax.core.model.Entity;
import org.parallax.core.model.Quote;
import org.parallax.core.registry.SourceRegistry;
import org.parallax.store.query.Facet;
import org.parallax.store.query.QuoteHit;

/**
 * Turns an {@link Article} into its Lucene documents: one article document (analyzed text, facet
 * fields, publication time, stored JSON, optional vector) followed by one document per quote. All
 * share the {@link Fields#FAMILY} term so that they are replaced together. Thread-safe.
 */
public final class ArticleDocuments {

  private final SourceRegistry registry;

  /** Documents whose outlets are looked up in {@code registry}. */
  public ArticleDocuments(SourceRegistry registry) {
    this.registry = registry;
  }

  /** The registry outlets are looked up in. */
  public SourceRegistry registry() {
    return registry;
  }

  /**
   * The documents of {@code a}.
   *
   * @param json the article as JSON ({@code Json.write(a)}), stored for retrieval
   * @param hash the content hash to store
   * @param vector the article's embedding, or {@code null}
   */
  public List<Document> build(Article a, String json, String hash, float[] vector) {
    OutletInfo outlet = OutletInfo.of(a, registry);
    OptionalLong published = Dates.millis(a.published());
    List<Document> docs = new ArrayList<>(1 + a.quotes().size());
    Document d = new Document();
    d.add(new StringField(Fields.TYPE, Fields.ARTICLE, Field.Store.NO));
    d.add(new StringField(Fields.ID, a.id(), Field.Store.YES));
    d.add(new StringField(Fields.FAMILY, a.id(), Field.Store.NO));
    d.add(new StoredField(Fields.HASH, hash));
    d.add(new StoredField(Fields.JSON, json));
    addText(d, Fields.TITLE, a.title());
    addText(d, Fields.SUBTITLE, a.subtitle());
    for (String h : a.headings()) {
      addText(d, Fields.SUBTITLE, h);
    }
    addText(d, Fields.TEXT, a.text());
    if (a.domain() != null && !a.domain().isBlank()) {
      d.add(new StringField(Fields.DOMAIN, a.domain().toLowerCase(Locale.ROOT), Field.Store.NO));
    }
    addOutlet(d, outlet, a.language(), published);
    Set<String> entities = new LinkedHashSet<>();
    for (Entity e : a.entities()) {
      entities.add(e.id());
    }
    entities.forEach(e -> addFacet(d, Facet.ENTITY, e));
    Set<String> speakers = new LinkedHashSet<>();
    for (Quote q : a.quotes()) {
      if (q.speaker() != null && q.speaker().id() != null) {
        speakers.add(q.speaker().id());
      }
    }
    speakers.forEach(s -> addFacet(d, Facet.SPEAKER, s));
    if (vector != null) {
      d.add(new KnnFloatVectorField(Fields.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    }
    docs.add(d);
    for (int i = 0; i < a.quotes().size(); i++) {
      docs.add(quote(a, i, outlet, published));
    }
    return docs;
  }

  private Document quote(Article a, int index, OutletInfo outlet, OptionalLong published) {
    Quote q = a.quotes().get(index);
    Document d = new Document();
    d.add(new StringField(Fields.TYPE, Fields.QUOTE, Field.Store.NO));
    d.add(new StringField(Fields.ID, a.id() + "#" + index, Field.Store.NO));
    d.add(new StringField(Fields.FAMILY, a.id(), Field.Store.NO));
    QuoteHit hit = new QuoteHit(a.id(), index, q, a.title(), outlet.name(), a.published());
    d.add(new StoredField(Fields.JSON, Json.write(hit)));
    addText(d, Fields.QUOTE_TEXT, q.text());
    addOutlet(d, outlet, a.language(), published);
    if (q.speaker() != null && q.speaker().id() != null) {
      addFacet(d, Facet.SPEAKER, q.speaker().id());
    }
    return d;
  }

  private static void addOutlet(
      Document d, OutletInfo outlet, String language, OptionalLong published) {
    addFacet(d, Facet.OUTLET, outlet.name());
    addFacet(d, Facet.KIND, outlet.kind());
    addFacet(d, Facet.COUNTRY, outlet.country());
    outlet.labels().forEach(l -> addFacet(d, Facet.LABEL, l));
    if (language != null) {
      addFacet(d, Facet.LANGUAGE, language.strip().toLowerCase(Locale.ROOT));
    }
    if (published.isPresent()) {
      long t = published.getAsLong();
      d.add(new LongPoint(Fields.PUBLISHED, t));
      d.add(new NumericDocValuesField(Fields.PUBLISHED, t));
      addFacet(d, Facet.MONTH, Dates.month(t));
    }
  }

  private static void addText(Document d, String field, String value) {
    if (value != null && !value.isBlank()) {
      d.add(new TextField(field, value, Field.Store.NO));
    }
  }

  /** Adds {@code value} as a filter term and a facet value of {@code facet}. */
  static void addFacet(Document d, Facet facet, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    d.add(new StringField(facet.field(), value, Field.Store.NO));
    d.add(new SortedSetDocValuesField(facet.field(), new BytesRef(value)));
  }
}
