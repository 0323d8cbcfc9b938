package org.parallax.store.lucene;

/** The field names of the index. One place, so that writing and reading agree. */
public final class Fields {

  /** What a document is: {@link #ARTICLE}, {@link #QUOTE} or {@link #STORED}. */
  public static final String TYPE = "type";

  /** Article id; {@code articleId#n} for a quote; {@code kind/id} for a stored record. */
  public static final String ID = "id";

  /** The article id shared by an article and its quotes, replaced together. */
  public static final String FAMILY = "family";

  /** Hash of what was indexed, to tell an unchanged article from a changed one. */
  public static final String HASH = "hash";

  /** The original record as JSON. */
  public static final String JSON = "json";

  /** Analyzed title. */
  public static final String TITLE = "title";

  /** Analyzed subtitle and headings. */
  public static final String SUBTITLE = "subtitle";

  /** Analyzed body text. */
  public static final String TEXT = "text";

  /** Analyzed quoted words (quote documents). */
  public static final String QUOTE_TEXT = "qtext";

  /** Publication time, epoch milliseconds UTC: a point for ranges and doc values for sorting. */
  public static final String PUBLISHED = "published";

  /** Domain of the article. */
  public static final String DOMAIN = "domain";

  /** The embedding of an article. */
  public static final String VECTOR = "vector";

  /** Kind of a stored record. */
  public static final String KIND = "stored_kind";

  /** Article ids a stored record refers to. */
  public static final String REF = "ref";

  /** Value of {@link #TYPE} for articles. */
  public static final String ARTICLE = "article";

  /** Value of {@link #TYPE} for quotes. */
  public static final String QUOTE = "quote";

  /** Value of {@link #TYPE} for stored records. */
  public static final String STORED = "stored";

  private Fields() {}
}
