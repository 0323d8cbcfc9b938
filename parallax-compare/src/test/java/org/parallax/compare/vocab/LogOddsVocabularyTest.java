package org.parallax.compare.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.compare.TestArticles;
import org.parallax.core.compare.VocabularyTerm;
import org.parallax.core.model.Article;

class LogOddsVocabularyTest {

  @Test
  void eachOutletsOwnRepeatedWordsRankFirstAndSharedWordsAreNotDistinctive() {
    Article a =
        TestArticles.of(
            "a",
            "wsj.com",
            null,
            "Regime regime regime officials met. The harbour budget passed. Officials spoke.");
    Article b =
        TestArticles.of(
            "b",
            "wsws.org",
            null,
            "Workers workers workers protested. The harbour budget passed. Workers marched.");
    CorpusCounts corpus = new CorpusCounts();
    corpus.add(a);
    corpus.add(b);
    Map<String, List<VocabularyTerm>> v =
        LogOddsVocabulary.withDefaultPrior(corpus, 10)
            .build(List.of(TestArticles.member(a, "a"), TestArticles.member(b, "b")));
    List<VocabularyTerm> wsj = v.get("The Wall Street Journal");
    List<VocabularyTerm> wsws = v.get("World Socialist Web Site");
    assertEquals("regime", wsj.get(0).term());
    assertEquals("workers", wsws.get(0).term());
    assertEquals(4, wsws.get(0).count());
    assertTrue(wsj.get(0).z() > 0);
    assertFalse(wsj.stream().anyMatch(t -> t.term().equals("harbour budget")));
    for (int i = 1; i < wsj.size(); i++) {
      assertTrue(wsj.get(i - 1).z() >= wsj.get(i).z(), "best first");
    }
  }

  @Test
  void phrasesSkipFunctionWordsAtTheirEdgesButNotInside() {
    Map<String, Integer> terms =
        Terms.count(TestArticles.of("a", "x.example", null, "A balance of power in the region."));
    assertEquals(1, terms.get("balance of power"));
    assertFalse(terms.containsKey("of power in"));
    assertFalse(terms.containsKey("the region"));
    assertEquals(1, terms.get("region"));
  }
}
