package org.parallax.store;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.parallax.core.compare.ComparedArticle;
import org.parallax.core.compare.Comparison;
import org.parallax.core.story.Story;
import org.parallax.core.story.SyndicationFamily;
import org.parallax.store.query.Page;

/**
 * A typed view of one {@link StoredKind} of a {@link Corpus}: stories, syndication families or
 * comparisons, each stored as JSON under its id with the ids of the articles it concerns. Get one
 * from {@link Corpus#stories()}, {@link Corpus#families()} or {@link Corpus#comparisons()}.
 * Thread-safe.
 *
 * @param <T> the record type
 */
public final class RecordView<T> {

  private final Corpus corpus;
  private final StoredKind kind;
  private final Class<T> type;
  private final Function<T, String> id;
  private final Function<T, Collection<String>> articles;

  RecordView(
      Corpus corpus,
      StoredKind kind,
      Class<T> type,
      Function<T, String> id,
      Function<T, Collection<String>> articles) {
    this.corpus = corpus;
    this.kind = kind;
    this.type = type;
    this.id = id;
    this.articles = articles;
  }

  static RecordView<Story> stories(Corpus c) {
    return new RecordView<>(c, StoredKind.STORY, Story.class, Story::id, Story::articles);
  }

  static RecordView<SyndicationFamily> families(Corpus c) {
    return new RecordView<>(
        c,
        StoredKind.FAMILY,
        SyndicationFamily.class,
        SyndicationFamily::id,
        SyndicationFamily::members);
  }

  static RecordView<Comparison> comparisons(Corpus c) {
    return new RecordView<>(
        c,
        StoredKind.COMPARISON,
        Comparison.class,
        Comparison::story,
        cmp -> cmp.articles().stream().map(ComparedArticle::id).toList());
  }

  /** The record type. */
  public Class<T> type() {
    return type;
  }

  /** Stores these records in one commit, each replacing any earlier one with its id. */
  public void putAll(Collection<T> records) {
    Map<String, Corpus.Stored> byId = new LinkedHashMap<>();
    for (T r : records) {
      byId.put(id.apply(r), new Corpus.Stored(r, articles.apply(r)));
    }
    if (!byId.isEmpty()) {
      corpus.putAll(kind, byId);
    }
  }

  /** Stores one record. */
  public void put(T record) {
    putAll(List.of(record));
  }

  /** The record with this id (for comparisons: the story id). */
  public Optional<T> get(String recordId) {
    return corpus.get(kind, recordId, type);
  }

  /** A page of all records, in id order. */
  public Page<T> list(int offset, int limit) {
    return corpus.list(kind, null, type, offset, limit);
  }

  /** A page of the records that concern {@code articleId}, in id order. */
  public Page<T> containing(String articleId, int offset, int limit) {
    return corpus.list(kind, articleId, type, offset, limit);
  }

  /** Removes the record with this id, if any. */
  public void delete(String recordId) {
    corpus.delete(kind, recordId);
  }
}
