package org.parallax.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One distinct real-world entity named in an article.
 *
 * @param id the canonical id, the same in every article ({@code North Korea} for DPRK, Pyongyang as
 *     actor, North Korean)
 * @param name the display name, usually equal to the id
 * @param type {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code COUNTRY}, …
 * @param mentions every mention in the article's text
 * @param salience how prominent the entity is
 */
public record Entity(String id, String name, String type, List<Span> mentions, Salience salience) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    mentions = List.copyOf(mentions);
  }
}
