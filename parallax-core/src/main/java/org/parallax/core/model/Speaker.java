package org.parallax.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Who a quote is attributed to.
 *
 * @param id the canonical entity id, or {@code null} for an anonymous source
 * @param name the entity's name, or a description such as {@code unnamed senior US official}
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Speaker(String id, String name) {

  /** Whether the speaker is described but not named. */
  public boolean anonymous() {
    return id == null;
  }
}
