package org.parallax.core.compare;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * One run of a word diff between two versions of a quote.
 *
 * @param op whether the words are in both versions, only in the reference or only in this one
 * @param text the words of the run
 */
public record DiffOp(Op op, String text) {

  public DiffOp {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(text, "text");
  }

  /** The kind of a diff run. */
  public enum Op {
    /** In both versions. */
    @JsonProperty("same")
    SAME,
    /** Only in the reference version (this version left it out). */
    @JsonProperty("removed")
    REMOVED,
    /** Only in this version. */
    @JsonProperty("added")
    ADDED
  }
}
