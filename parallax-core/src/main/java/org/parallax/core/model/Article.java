package org.parallax.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * A clean article: metadata, body as paragraphs, and {@code text} (the paragraphs joined by a blank
 * line) into which every later annotation points. Enrichment fields ({@code sentences}, {@code
 * entities}, {@code quotes}, {@code times}, {@code notes}) are empty until the enrichment stage has
 * run, and are then left out of the JSON when empty.
 *
 * <p>Use {@link #builder()} to make one and {@link #toBuilder()} to derive a changed copy.
 */
@JsonPropertyOrder({
  "id",
  "source_id",
  "source",
  "url",
  "title",
  "subtitle",
  "authors",
  "published",
  "publisher",
  "domain",
  "syndicated_from",
  "language",
  "section",
  "headings",
  "captions",
  "paragraphs",
  "text"
})
public record Article(
    String id,
    String sourceId,
    String source,
    String url,
    String title,
    String subtitle,
    List<String> authors,
    String published,
    String publisher,
    String domain,
    String syndicatedFrom,
    String language,
    String section,
    List<String> headings,
    List<String> captions,
    List<String> paragraphs,
    String text,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Span> sentences,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Entity> entities,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Quote> quotes,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TimeExpression> times,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> notes) {

  /** The separator between paragraphs in {@link #text()}. */
  public static final String PARAGRAPH_SEPARATOR = "\n\n";

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    authors = copy(authors);
    headings = copy(headings);
    captions = copy(captions);
    paragraphs = copy(paragraphs);
    text = text == null ? String.join(PARAGRAPH_SEPARATOR, paragraphs) : text;
    sentences = copy(sentences);
    entities = copy(entities);
    quotes = copy(quotes);
    times = copy(times);
    notes = copy(notes);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** A span of this article's text. */
  public Span span(int start, int end) {
    return Span.of(text, start, end);
  }

  /** Number of whitespace-separated words in {@link #text()}. */
  public int wordCount() {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.sourceId = sourceId;
    b.source = source;
    b.url = url;
    b.title = title;
    b.subtitle = subtitle;
    b.authors = authors;
    b.published = published;
    b.publisher = publisher;
    b.domain = domain;
    b.syndicatedFrom = syndicatedFrom;
    b.language = language;
    b.section = section;
    b.headings = headings;
    b.captions = captions;
    b.paragraphs = paragraphs;
    b.text = text;
    b.sentences = sentences;
    b.entities = entities;
    b.quotes = quotes;
    b.times = times;
    b.notes = notes;
    return b;
  }

  /** Builds an {@link Article}; {@code text} defaults to the joined paragraphs. */
  public static final class Builder {
    private String id;
    private String sourceId;
    private String source;
    private String url;
    private String title;
    private String subtitle;
    private List<String> authors = List.of();
    private String published;
    private String publisher;
    private String domain;
    private String syndicatedFrom;
    private String language;
    private String section;
    private List<String> headings = List.of();
    private List<String> captions = List.of();
    private List<String> paragraphs = List.of();
    private String text;
    private List<Span> sentences = List.of();
    private List<Entity> entities = List.of();
    private List<Quote> quotes = List.of();
    private List<TimeExpression> times = List.of();
    private List<String> notes = List.of();

    private Builder() {}

    public Builder id(String v) {
      id = v;
      return this;
    }

    public Builder sourceId(String v) {
      sourceId = v;
      return this;
    }

    public Builder source(String v) {
      source = v;
      return this;
    }

    public Builder url(String v) {
      url = v;
      return this;
    }

    public Builder title(String v) {
      title = v;
      return this;
    }

    public Builder subtitle(String v) {
      subtitle = v;
      return this;
    }

    public Builder authors(List<String> v) {
      authors = v;
      return this;
    }

    public Builder published(String v) {
      published = v;
      return this;
    }

    public Builder publisher(String v) {
      publisher = v;
      return this;
    }

    public Builder domain(String v) {
      domain = v;
      return this;
    }

    public Builder syndicatedFrom(String v) {
      syndicatedFrom = v;
      return this;
    }

    public Builder language(String v) {
      language = v;
      return this;
    }

    public Builder section(String v) {
      section = v;
      return this;
    }

    public Builder headings(List<String> v) {
      headings = v;
      return this;
    }

    public Builder captions(List<String> v) {
      captions = v;
      return this;
    }

    /** Sets the paragraphs and resets {@code text} to their join. */
    public Builder paragraphs(List<String> v) {
      paragraphs = v;
      text = null;
      return this;
    }

    public Builder sentences(List<Span> v) {
      sentences = v;
      return this;
    }

    public Builder entities(List<Entity> v) {
      entities = v;
      return this;
    }

    public Builder quotes(List<Quote> v) {
      quotes = v;
      return this;
    }

    public Builder times(List<TimeExpression> v) {
      times = v;
      return this;
    }

    public Builder notes(List<String> v) {
      notes = v;
      return this;
    }

    public Article build() {
      return new Article(
          id,
          sourceId,
          source,
          url,
          title,
          subtitle,
          authors,
          published,
          publisher,
          domain,
          syndicatedFrom,
          language,
          section,
          headings,
          captions,
          paragraphs,
          text,
          sentences,
          entities,
          quotes,
          times,
          notes);
    }
  }
}
