package org.parallax.nlp.entities;

/**
 * One row of the alias table.
 *
 * @param id the canonical id it resolves to
 * @param type the entity type of that id ({@code COUNTRY}, {@code ORGANIZATION}, {@code PERSON},
 *     {@code LOCATION})
 * @param kind how the alias names the entity
 */
public record Alias(String id, String type, Kind kind) {

  /** How an alias names its entity. */
  public enum Kind {
    /** Another name: DPRK, UN, U.S. */
    NAME,
    /** A nationality word: North Korean, American. */
    DEMONYM,
    /** A capital or seat of government, the entity only when it acts: Pyongyang, Kremlin. */
    METONYM,
    /** A person's short name, used only when the article never gives the full name. */
    SURNAME
  }
}
