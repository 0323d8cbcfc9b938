package org.parallax.bench.quotes;

/**
 * One gold quotation.
 *
 * @param start first character of the quoted words
 * @param end character after the last quoted word
 * @param term whether it is a quoted term rather than speech
 * @param speaker the speaker's canonical name or description, or {@code null}
 * @param anonymous whether the speaker is an unnamed source
 * @param speakerStart start of the gold speaker span, or -1 when the gold gives a name only
 * @param speakerEnd end of the gold speaker span, or -1
 */
public record GoldQuote(
    int start,
    int end,
    boolean term,
    String speaker,
    boolean anonymous,
    int speakerStart,
    int speakerEnd) {

  /** Whether the gold names who said it. */
  public boolean hasSpeaker() {
    return !term && (speaker != null || speakerStart >= 0);
  }
}
