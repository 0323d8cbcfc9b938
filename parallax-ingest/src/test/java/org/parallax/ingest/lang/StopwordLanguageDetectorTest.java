package org.parallax.ingest.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StopwordLanguageDetectorTest {

  private final LanguageDetector d = new StopwordLanguageDetector();

  @Test
  void commonWordsDecideAmongLatinScriptLanguages() {
    assertEquals(
        Optional.of("en"),
        d.detect(
            "The talks with the North have stalled, and it is not clear that they will resume."));
    assertEquals(
        Optional.of("de"),
        d.detect(
            "Die Gespräche mit dem Norden sind ins Stocken geraten, und es ist nicht klar, ob sie weitergehen."));
    assertEquals(
        Optional.of("fr"),
        d.detect(
            "Les discussions avec le Nord sont au point mort et il n'est pas clair que les pourparlers reprennent."));
    assertEquals(
        Optional.of("es"),
        d.detect(
            "Las conversaciones con el Norte están estancadas y no está claro que se reanuden para los dos países."));
  }

  @Test
  void scriptDecidesForOtherScripts() {
    assertEquals(Optional.of("ru"), d.detect("Переговоры с Северной Кореей зашли в тупик."));
    assertEquals(Optional.of("ko"), d.detect("북한과의 회담이 교착 상태에 빠졌다."));
    assertEquals(Optional.of("ja"), d.detect("北朝鮮との協議は行き詰まっている。"));
  }

  @Test
  void tooLittleTextIsUnknown() {
    assertEquals(Optional.empty(), d.detect("Pyongyang"));
    assertEquals(Optional.empty(), d.detect(""));
  }
}
