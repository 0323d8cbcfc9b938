package org.parallax.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a quoted passage is. */
public enum QuoteKind {
  /** Whole-sentence speech. */
  @JsonProperty("direct")
  DIRECT,
  /** Quoted words inside the writer's own sentence. */
  @JsonProperty("partial")
  PARTIAL,
  /** A scare-quoted or quoted term: not speech, no speaker. */
  @JsonProperty("term")
  TERM
}
