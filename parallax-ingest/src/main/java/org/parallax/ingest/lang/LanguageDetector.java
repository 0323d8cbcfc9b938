package org.parallax.ingest.lang;

import java.util.Optional;

/** Identifies the language of a text. Implementations are thread-safe. */
@FunctionalInterface
public interface LanguageDetector {

  /** The ISO 639-1 code of {@code text}'s language, or empty when unsure. */
  Optional<String> detect(String text);
}
