package org.parallax.core.compare;

import java.util.List;
import java.util.Objects;

/**
 * One quote as several outlets carry it.
 *
 * @param id stable within the story ({@code q1}, {@code q2}, …)
 * @param text the longest version's words
 * @param versions one per article that carries it
 * @param outlets the outlets that carry it
 * @param unique whether only one independent voice carries it
 */
public record LedgerQuote(
    String id, String text, List<QuoteVersion> versions, List<String> outlets, boolean unique) {

  public LedgerQuote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    versions = List.copyOf(versions);
    outlets = List.copyOf(outlets);
  }
}
