package org.parallax.core.model;

import java.util.Objects;

/**
 * A quotation in an article.
 *
 * @param text the quoted words, without the quote marks
 * @param span the quoted words in the article's text
 * @param kind direct, partial or term
 * @param speaker who said it, or {@code null} when unknown (always {@code null} for terms)
 * @param speakerSpan the mention that names the speaker, or {@code null}
 * @param cue the attribution cue (said, told reporters, according to…), or {@code null}
 * @param via the outlet that relayed the quote ("told the Washington Post"), or {@code null}
 */
public record Quote(
    String text,
    Span span,
    QuoteKind kind,
    Speaker speaker,
    Span speakerSpan,
    String cue,
    String via) {

  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
  }
}
