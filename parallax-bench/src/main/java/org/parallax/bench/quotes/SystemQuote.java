package org.parallax.bench.quotes;

/**
 * One quotation as a system found it.
 *
 * @param start first character
 * @param end character after the last
 * @param term whether the system calls it a term (no speech)
 * @param speaker the speaker's name or description, or {@code null}
 * @param anonymous whether the system marks the speaker as unnamed
 * @param speakerStart start of the speaker mention, or -1
 * @param speakerEnd end of the speaker mention, or -1
 */
public record SystemQuote(
    int start,
    int end,
    boolean term,
    String speaker,
    boolean anonymous,
    int speakerStart,
    int speakerEnd) {}
