package org.parallax.bench.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.parallax.core.model.Article;
import org.parallax.core.model.Quote;

class SyntheticNewsTest {

  final SyntheticNews news = new SyntheticNews();

  @Test
  void theSameIndexGivesTheSameArticle() {
    assertEquals(news.article(123), new SyntheticNews().article(123));
    assertNotEquals(news.article(123).text(), news.article(124).text());
  }

  @Test
  void outletsDoNotDependOnTheRegistrysIterationOrder() {
    List<String> domains = news.outlets().stream().map(o -> o.domain()).toList();
    assertEquals(domains.stream().sorted().toList(), domains);
    assertEquals(80, domains.size());
  }

  @Test
  void quotesAndMentionsPointIntoTheText() {
    for (int i = 0; i < 200; i++) {
      Article a = news.article(i);
      Quote q = a.quotes().get(0);
      assertEquals(q.text(), a.text().substring(q.span().start(), q.span().end()));
      var m = a.entities().get(0).mentions().get(0);
      assertEquals(a.entities().get(0).id(), a.text().substring(m.start(), m.end()));
    }
  }

  @Test
  void idsAreDistinct() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      assertTrue(ids.add(news.article(i).id()));
    }
  }

  @Test
  void lowRanksAreDrawnMostOften() {
    SplittableRandom r = new SplittableRandom(1);
    int[] counts = new int[100];
    for (int i = 0; i < 100_000; i++) {
      counts[SyntheticNews.zipf(r, 100)]++;
    }
    assertTrue(counts[0] > 2 * counts[5], "rank 0 vs 5");
    assertTrue(counts[5] > 2 * counts[50], "rank 5 vs 50");
    assertTrue(counts[99] > 0);
  }
}
