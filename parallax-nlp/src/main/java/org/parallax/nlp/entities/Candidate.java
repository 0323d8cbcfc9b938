package org.parallax.nlp.entities;

/**
 * A mention before resolution: where it is, what the tagger (or the alias scan) called it.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 * @param text the words as written
 * @param type the tagger's type ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code
 *     COUNTRY}, {@code NATIONALITY}, {@code MISC}…)
 * @param alias the alias-table row it matched, or {@code null} for a tagger mention
 */
public record Candidate(int start, int end, String text, String type, Alias alias) {

  /** Whether this candidate and {@code o} share a character. */
  boolean overlaps(Candidate o) {
    return start < o.end && o.start < end;
  }

  /** Whether {@code o} lies inside this candidate. */
  boolean contains(Candidate o) {
    return start <= o.start && o.end <= end;
  }
}
