package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.core.model.Article;
import org.parallax.core.model.Entity;
import org.parallax.core.model.Outcome;
import org.parallax.core.model.Span;

/** Inputs that break naive pipelines all finish with sensible output or a named note. */
class BadInputTest {

  private static Article article(String... paragraphs) {
    return Article.builder()
        .id("bad")
        .source("bad-input")
        .published("2021-05-04")
        .paragraphs(List.of(paragraphs))
        .build();
  }

  private static Article enrich(Article a) {
    Outcome<Article> out = Enricher.shared().apply(a);
    assertTrue(out.isOk(), out.toString());
    return ((Outcome.Ok<Article>) out).value();
  }

  @Test
  void twoMegabyteArticleIsAnalysedUpToTheLimitWithANote() {
    List<String> paragraphs = new ArrayList<>();
    int size = 0;
    List<String> seed = Seeds.article(0).paragraphs();
    for (int i = 0; size < 2_000_000; i++) {
      String p = seed.get(i % seed.size());
      paragraphs.add(p);
      size += p.length() + 2;
    }
    Article a = enrich(article(paragraphs.toArray(String[]::new)));
    assertTrue(a.text().length() >= 2_000_000);
    assertTrue(
        a.notes().stream().anyMatch(n -> n.startsWith("text too long")), a.notes().toString());
    Span last = a.sentences().get(a.sentences().size() - 1);
    assertTrue(last.end() <= Enricher.MAX_NLP_CHARS, "last sentence ends at " + last.end());
    assertTrue(a.entities().stream().anyMatch(e -> e.id().equals("North Korea")));
  }

  @Test
  void oneWordArticleHasOneSentenceAndSaysItsLanguageIsUndetermined() {
    Article a = enrich(article("Pyongyang"));
    assertEquals(1, a.sentences().size());
    assertEquals("und", a.language());
    assertTrue(a.notes().stream().anyMatch(n -> n.contains("too short")), a.notes().toString());
  }

  @Test
  void textWithoutSentencePunctuationIsCutIntoBoundedSentences() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      sb.append("officials in Washington and Beijing met again while Kim Jong Un waited ");
    }
    Article a = enrich(article(sb.toString().strip()));
    assertTrue(a.sentences().size() >= 10, "sentences: " + a.sentences().size());
    assertTrue(a.entities().stream().anyMatch(e -> e.id().equals("Kim Jong-un")), ids(a));
  }

  @Test
  void mixedScriptsFinishAndKeepLatinNames() {
    Article a =
        enrich(
            article(
                "North Korean leader Kim Jong-un (김정은) met Chinese President Xi Jinping (习近平) in"
                    + " Pyongyang, and Moscow (Москва) welcomed the meeting of the two leaders."));
    assertEquals("en", a.language());
    assertFalse(a.sentences().isEmpty());
    assertTrue(a.entities().stream().anyMatch(e -> e.id().equals("Xi Jinping")), ids(a));
    for (Entity e : a.entities()) {
      for (Span s : e.mentions()) {
        assertEquals(a.text().substring(s.start(), s.end()), s.text());
      }
    }
  }

  @Test
  void quoteMarkThatNeverClosesDoesNotSwallowTheArticle() {
    Article a =
        enrich(
            article(
                "Blinken said: \u201cWe will keep the pressure on Pyongyang until it talks.",
                "The next paragraph is plain reporting about sanctions on North Korea."));
    assertEquals(2, a.sentences().size());
    assertTrue(a.entities().stream().anyMatch(e -> e.id().equals("North Korea")), ids(a));
    assertTrue(
        a.quotes().stream().noneMatch(q -> q.text().contains("plain reporting")),
        a.quotes().toString());
  }

  @Test
  void germanArticleGetsLanguageSentencesAndANamedNote() {
    Article a =
        enrich(
            article(
                "Die Regierung in Berlin hat am Montag neue Sanktionen beschlossen. Der Minister"
                    + " sagte, man werde die Lage weiter beobachten. Die Opposition kritisierte"
                    + " den Schritt als zu spät."));
    assertEquals("de", a.language());
    assertEquals(3, a.sentences().size());
    assertTrue(a.notes().contains("no NER model for language de"), a.notes().toString());
    assertTrue(a.entities().isEmpty());
  }

  @Test
  void emptyTextIsNotAFailure() {
    Article a = enrich(article());
    assertTrue(a.sentences().isEmpty());
    assertTrue(a.notes().contains("no text to analyse"), a.notes().toString());
  }

  private static String ids(Article a) {
    return a.entities().stream().map(Entity::id).toList().toString();
  }
}
