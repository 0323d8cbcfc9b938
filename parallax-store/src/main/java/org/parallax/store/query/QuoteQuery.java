package org.parallax.store.query;

/**
 * A search for quotes.
 *
 * @param words words or a phrase of the quoted text (simple syntax, stemmed), or blank for any
 * @param speakerId the canonical speaker id, or {@code null} for any speaker
 * @param filters restrictions on the quoting article (outlet, registry attributes, language, dates)
 * @param offset how many quotes to skip
 * @param limit how many quotes to return (at most 1,000)
 */
public record QuoteQuery(String words, String speakerId, Filters filters, int offset, int limit) {

  public QuoteQuery {
    words = words == null ? "" : words;
    filters = filters == null ? Filters.none() : filters;
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must not be negative");
    }
    limit = Math.min(limit, SearchRequest.MAX_LIMIT);
  }

  /** The first 20 quotes of one speaker, newest first. */
  public static QuoteQuery bySpeaker(String speakerId) {
    return new QuoteQuery("", speakerId, Filters.none(), 0, 20);
  }

  /** The first 20 quotes containing {@code words}, best match first. */
  public static QuoteQuery byWords(String words) {
    return new QuoteQuery(words, null, Filters.none(), 0, 20);
  }
}
