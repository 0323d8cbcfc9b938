package org.parallax.core.compare;

import java.util.List;
import java.util.Objects;

/**
 * The quotes of one speaker across a story's outlets.
 *
 * @param speaker the canonical entity id, or null for an anonymous source
 * @param name the display name or description
 * @param quotes the distinct quotes, each with its versions per article
 * @param quotedBy outlets that quote this speaker directly or partially
 * @param indirectOnly outlets that name the speaker but never quote them
 */
public record SpeakerQuotes(
    String speaker,
    String name,
    List<LedgerQuote> quotes,
    List<String> quotedBy,
    List<String> indirectOnly) {

  public SpeakerQuotes {
    Objects.requireNonNull(name, "name");
    quotes = List.copyOf(quotes);
    quotedBy = List.copyOf(quotedBy);
    indirectOnly = List.copyOf(indirectOnly);
  }
}
