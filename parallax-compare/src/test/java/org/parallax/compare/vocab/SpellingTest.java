package org.parallax.compare.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.compare.TestArticles;
import org.parallax.core.compare.VocabularyTerm;
import org.parallax.core.model.Article;

class SpellingTest {

  @Test
  void britishAndAmericanSpellingsOfAWordHaveOneKey() {
    List<String[]> pairs =
        List.of(
            new String[] {"organisation", "organization"},
            new String[] {"realised", "realized"},
            new String[] {"normalising", "normalizing"},
            new String[] {"recognisable", "recognizable"},
            new String[] {"labours", "labors"},
            new String[] {"unfavourable", "unfavorable"},
            new String[] {"centres", "centers"},
            new String[] {"centred", "centered"},
            new String[] {"catalogued", "cataloged"},
            new String[] {"favoured", "favored"},
            new String[] {"kilometre", "kilometer"},
            new String[] {"defence", "defense"},
            new String[] {"analysed", "analyzed"},
            new String[] {"manoeuvres", "maneuvers"},
            new String[] {"practised", "practiced"},
            new String[] {"programme", "program"});
    for (String[] p : pairs) {
      assertEquals(Terms.key(p[1]), Terms.key(p[0]), p[0]);
    }
  }

  @Test
  void wordsWhoseIseIsNoSuffixKeepTheirSpelling() {
    for (String w :
        List.of(
            "exercise",
            "advertising",
            "uncompromising",
            "surprised",
            "franchise",
            "otherwise",
            "praised",
            "raise",
            "rising",
            "sunrise",
            "televised",
            "premises",
            "crises",
            "noises",
            "cruiser",
            "analyses",
            "disable")) {
      assertEquals(w, Spelling.american(w), w);
    }
    assertEquals(Terms.key("metropolis"), Terms.key("metropolises"));
    assertEquals("program", Spelling.american("programme"));
    assertEquals("programmer", Spelling.american("programmer"));
    assertEquals("sombrero", Spelling.american("sombrero"));
    assertEquals("theorize", Spelling.american("theorise"));
    assertEquals("criticized", Spelling.american("criticised"));
    assertEquals("summarizing", Spelling.american("summarising"));
  }

  @Test
  void theBackgroundGivesBothSpellingsTheShareOfTheMoreFrequentOne() {
    Background english = Background.english();
    assertEquals(english.share(Terms.key("realize")), english.share(Terms.key("realise")));
    assertTrue(english.share(Terms.key("realise")) > english.unknownShare());
  }

  @Test
  void aCarriersReSpelledCopyHasNoSpellingsForDistinctiveVocabulary() {
    String us =
        "The organization realized that labor costs at the center rose. Defense budgets"
            + " were normalized. ";
    String uk =
        "The organisation realised that labour costs at the centre rose. Defence budgets"
            + " were normalised. ";
    Article a = TestArticles.of("a", "wsj.com", null, us + us + "Tariffs loom.");
    Article b = TestArticles.of("b", "wsws.org", null, uk + uk + "Strikes spread.");
    CorpusCounts corpus = new CorpusCounts();
    corpus.add(a);
    corpus.add(b);
    List<String> wsws =
        LogOddsVocabulary.withDefaultPrior(corpus, 10)
            .build(List.of(TestArticles.member(a, "a"), TestArticles.member(b, "b")))
            .get("World Socialist Web Site")
            .stream()
            .map(VocabularyTerm::term)
            .toList();
    assertEquals(List.of("strikes", "spread"), wsws);
  }
}
