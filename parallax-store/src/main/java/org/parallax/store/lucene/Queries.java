package org.parallax.store.lucene;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.parallax.store.query.Facet;
import org.parallax.store.query.Filters;

/**
 * Builds Lucene queries from user text and {@link Filters}. User text goes through Lucene's {@link
 * SimpleQueryParser}, which never fails on odd input: words are all required, {@code "…"} is a
 * phrase, {@code -} excludes, {@code |} is or, {@code *} a prefix. Thread-safe.
 */
public final class Queries {

  private static final Map<String, Float> ARTICLE_FIELDS =
      Map.of(Fields.TITLE, 3f, Fields.SUBTITLE, 1.5f, Fields.TEXT, 1f);

  private final Analyzer analyzer;

  /** Queries analysed with {@code analyzer} (the one the index was written with). */
  public Queries(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** Articles matching {@code text} (all articles when blank) and {@code filters}. */
  public Query articles(String text, Filters filters) {
    return build(Fields.ARTICLE, parse(text, ARTICLE_FIELDS), filters);
  }

  /** Quotes whose words match {@code words}, by {@code speakerId} when not null, and filters. */
  public Query quotes(String words, String speakerId, Filters filters) {
    Query text = parse(words, Map.of(Fields.QUOTE_TEXT, 1f));
    Filters f = speakerId == null ? filters : filters.and(Facet.SPEAKER, speakerId);
    return build(Fields.QUOTE, text, f);
  }

  /** Documents of {@code type} that pass {@code filters}, for use as a pre-filter. */
  public Query filterOnly(String type, Filters filters) {
    return build(type, null, filters);
  }

  private Query parse(String text, Map<String, Float> fields) {
    if (text == null || text.isBlank()) {
      return null;
    }
    SimpleQueryParser p = new SimpleQueryParser(analyzer, fields);
    p.setDefaultOperator(Occur.MUST);
    Query q = p.parse(text);
    // a query of stop words alone parses to nothing: it matches nothing rather than everything
    return q == null ? new BooleanQuery.Builder().build() : q;
  }

  private static Query build(String type, Query text, Filters filters) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(text == null ? new MatchAllDocsQuery() : text, text == null ? Occur.FILTER : Occur.MUST);
    b.add(new TermQuery(new Term(Fields.TYPE, type)), Occur.FILTER);
    for (Map.Entry<Facet, List<String>> e : filters.values().entrySet()) {
      b.add(anyOf(e.getKey(), e.getValue()), Occur.FILTER);
    }
    if (filters.from() != null || filters.to() != null) {
      long lo = filters.from() == null ? Long.MIN_VALUE : Dates.startOf(filters.from());
      long hi = filters.to() == null ? Long.MAX_VALUE : Dates.endOf(filters.to());
      b.add(LongPoint.newRangeQuery(Fields.PUBLISHED, lo, hi), Occur.FILTER);
    }
    return b.build();
  }

  private static Query anyOf(Facet facet, List<String> values) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String v : values) {
      String value = facet == Facet.LANGUAGE ? v.strip().toLowerCase(Locale.ROOT) : v;
      any.add(new TermQuery(new Term(facet.field(), value)), Occur.SHOULD);
    }
    return any.build();
  }

  /** The plain words of {@code text}, lower-cased, for snippets. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 2) {
        out.add(w);
      }
    }
    return out;
  }
}
