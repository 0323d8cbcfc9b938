package org.parallax.core.compare;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a claim stands across a story's independent voices. */
public enum ClaimStatus {
  /** Reported by at least two independent voices, without conflict. */
  @JsonProperty("shared")
  SHARED,
  /** Reported by one independent voice only. */
  @JsonProperty("unique")
  UNIQUE,
  /** The same point, told with conflicting numbers, dates, negation or opposite evaluation. */
  @JsonProperty("contested")
  CONTESTED
}
