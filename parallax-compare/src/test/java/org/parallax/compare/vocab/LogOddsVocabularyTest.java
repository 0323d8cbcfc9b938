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
import org.parallax.core.model.Entity;
import org.parallax.core.model.Salience;

class LogOddsVocabularyTest {

  private static final String WSJ = "The Wall Street Journal";
  private static final String WSWS = "World Socialist Web Site";

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
    Map<String, List<VocabularyTerm>> v = vocabulary(List.of(a, b), a, b);
    List<VocabularyTerm> wsj = v.get(WSJ);
    List<VocabularyTerm> wsws = v.get(WSWS);
    assertEquals("regime", wsj.get(0).term());
    assertEquals("workers", wsws.get(0).term());
    assertEquals(4, wsws.get(0).count());
    assertTrue(wsj.get(0).z() > 0);
    assertFalse(terms(wsj).contains("harbour budget"));
    for (int i = 1; i < wsj.size(); i++) {
      assertTrue(wsj.get(i - 1).z() >= wsj.get(i).z(), "best first");
    }
  }

  @Test
  void aWordOnlyOneOutletUsesOutranksAWordBothUseAsOften() {
    Article a = TestArticles.of("a", "wsj.com", null, "Embargo. Tariffs. Embargo. Tariffs.");
    Article b = TestArticles.of("b", "wsws.org", null, "Tariffs. Strikes. Tariffs. Pickets.");
    List<String> wsj = terms(vocabulary(List.of(a, b), a, b).get(WSJ));
    assertEquals("embargo", wsj.get(0));
    assertFalse(wsj.contains("tariffs"), wsj.toString());
  }

  @Test
  void wordsTwoOutletsUseAtTheSameRateAreNotDistinctiveOfTheLongerOne() {
    Article a = TestArticles.of("a", "wsj.com", null, "Harbour. Crane. Harbour. Pier. Quay.");
    Article b = TestArticles.of("b", "wsws.org", null, "Harbour. Ferry.");
    Map<String, List<VocabularyTerm>> v = vocabulary(List.of(a, b), a, b);
    assertFalse(terms(v.get(WSJ)).contains("harbour"), v.get(WSJ).toString());
    assertFalse(terms(v.get(WSWS)).contains("harbour"), v.get(WSWS).toString());
    assertTrue(terms(v.get(WSJ)).contains("crane"));
  }

  @Test
  void inflectionsCountAsOneTermShownInTheOutletsMostFrequentForm() {
    Article a =
        TestArticles.of(
            "a", "wsws.org", null, "They starve the country. Starving children. Starving towns.");
    Article b = TestArticles.of("b", "wsj.com", null, "Markets rallied. Investors cheered.");
    assertEquals(Terms.key("starve"), Terms.key("starving"));
    assertEquals(Terms.key("sanction"), Terms.key("Sanctions"));
    assertEquals(3, Terms.of(a).count(Terms.key("starve")));
    VocabularyTerm first = vocabulary(List.of(a, b), a, b).get(WSWS).get(0);
    assertEquals("starving", first.term());
    assertEquals(3, first.count());
  }

  @Test
  void aRecurringPhraseIsShownInsteadOfItsWordsAndAOnceUsedOneIsNot() {
    Article a =
        TestArticles.of(
            "a",
            "wsws.org",
            null,
            "The working class struggles. The working class votes. A balance of power.");
    Article b = TestArticles.of("b", "wsj.com", null, "Markets rallied. Investors cheered.");
    List<VocabularyTerm> wsws = vocabulary(List.of(a, b), a, b).get(WSWS);
    VocabularyTerm phrase =
        wsws.stream().filter(t -> t.term().equals("working class")).findFirst().orElseThrow();
    assertEquals(2, phrase.count());
    assertFalse(terms(wsws).contains("working"), wsws.toString());
    assertFalse(terms(wsws).contains("class"), wsws.toString());
    assertFalse(terms(wsws).contains("balance of power"), wsws.toString());
    assertTrue(terms(wsws).contains("balance"));
  }

  @Test
  void aPhraseThatCutsALongerTermIsNotATerm() {
    Article a =
        TestArticles.of(
            "a",
            "wsws.org",
            null,
            "Sanctions on North Korea bite. Sanctions on North Korea hurt. North Korea waits.");
    Article b = TestArticles.of("b", "wsj.com", null, "Markets rallied. Investors cheered.");
    CorpusCounts corpus = new CorpusCounts();
    corpus.add(a);
    corpus.add(b);
    Prior prior = Prior.of(corpus);
    assertEquals(2, corpus.count(Terms.key("sanctions on north")));
    assertFalse(prior.isTerm(Terms.key("sanctions on north")));
    assertTrue(prior.isTerm(Terms.key("north korea")));
    List<String> wsws = terms(vocabulary(List.of(a, b), a, b).get(WSWS));
    assertTrue(wsws.contains("north korea"), wsws.toString());
    assertFalse(wsws.contains("sanctions on north"), wsws.toString());
  }

  @Test
  void aStoryOfOneOutletIsComparedWithGeneralEnglish() {
    Article a = TestArticles.of("a", "wsj.com", null, "People met. Juche. People met. Juche.");
    CorpusCounts corpus = new CorpusCounts();
    corpus.add(a);
    List<VocabularyTerm> wsj =
        LogOddsVocabulary.withDefaultPrior(corpus, 10)
            .build(List.of(TestArticles.member(a, "a")))
            .get(WSJ);
    assertEquals("juche", wsj.get(0).term(), wsj.toString());
    assertTrue(wsj.stream().allMatch(t -> t.z() > 0 && Double.isFinite(t.z())), wsj.toString());
  }

  @Test
  void aWordRareInEnglishOutranksACommonWordUsedAsOften() {
    Article a =
        TestArticles.of("a", "wsj.com", null, "People. Juche. People. Juche. People. Juche.");
    Article b = TestArticles.of("b", "wsws.org", null, "Markets rallied. Investors cheered.");
    List<VocabularyTerm> wsj = vocabulary(List.of(a, b), a, b).get(WSJ);
    assertEquals("juche", wsj.get(0).term());
    double people = wsj.stream().filter(t -> t.term().equals("people")).findFirst().get().z();
    assertTrue(wsj.get(0).z() > 2 * people, wsj.toString());
    assertTrue(Background.english().share("people") > 50 * Background.english().share("juche"));
  }

  @Test
  void aWordTheCorpusUsesALotRanksBelowAnEquallyRareWordItLacks() {
    Article a = TestArticles.of("a", "wsj.com", null, "Zorblat. Quimzle.");
    Article b = TestArticles.of("b", "wsws.org", null, "Markets rallied. Investors cheered.");
    CorpusCounts corpus = new CorpusCounts();
    corpus.add(a);
    corpus.add(b);
    for (int i = 0; i < 40; i++) {
      corpus.add(TestArticles.of("c" + i, "x.example", null, "Zorblat zorblat zorblat zorblat."));
    }
    List<String> wsj =
        terms(
            LogOddsVocabulary.withDefaultPrior(corpus, 10)
                .build(List.of(TestArticles.member(a, "a"), TestArticles.member(b, "b")))
                .get(WSJ));
    assertTrue(wsj.indexOf("quimzle") >= 0, wsj.toString());
    assertTrue(
        wsj.indexOf("zorblat") < 0 || wsj.indexOf("zorblat") > wsj.indexOf("quimzle"),
        wsj.toString());
    assertEquals(
        Background.english().share(Terms.key("zorblat")),
        Background.english().share(Terms.key("quimzle")));
  }

  @Test
  void peoplesNamesAreLeftOutOfTheVocabulary() {
    Article plain =
        TestArticles.of("a", "wsws.org", null, "Jen Psaki briefed reporters on sanctions.");
    int at = plain.text().indexOf("Jen Psaki");
    Article a =
        plain.toBuilder()
            .title("Psaki defends sanctions")
            .entities(
                List.of(
                    new Entity(
                        "Jen Psaki",
                        "Jen Psaki",
                        "PERSON",
                        List.of(plain.span(at, at + 9)),
                        new Salience(1, 0, false))))
            .build();
    Map<String, Integer> terms = Terms.count(a);
    assertFalse(terms.containsKey("psaki"), terms.toString());
    assertFalse(terms.containsKey("jen"), terms.toString());
    assertEquals(2, terms.get(Terms.key("sanctions")));
    assertTrue(Terms.count(plain).containsKey("psaki"));
  }

  @Test
  void phrasesSkipFunctionWordsAtTheirEdgesAndOnlyPrepositionsInside() {
    Map<String, Integer> terms =
        Terms.count(
            TestArticles.of(
                "a",
                "x.example",
                null,
                "A balance of power in the region. Dismantle its arsenal."));
    assertEquals(1, terms.get("balance of power"));
    assertFalse(terms.containsKey("of power in"));
    assertFalse(terms.containsKey("the region"));
    assertFalse(terms.containsKey(Terms.key("dismantle its arsenal")));
    assertEquals(1, terms.get("region"));
  }

  private static Map<String, List<VocabularyTerm>> vocabulary(
      List<Article> corpusArticles, Article a, Article b) {
    CorpusCounts corpus = new CorpusCounts();
    corpusArticles.forEach(corpus::add);
    return LogOddsVocabulary.withDefaultPrior(corpus, 10)
        .build(List.of(TestArticles.member(a, "a"), TestArticles.member(b, "b")));
  }

  private static List<String> terms(List<VocabularyTerm> terms) {
    return terms.stream().map(VocabularyTerm::term).toList();
  }
}
