package org.parallax.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.parallax.core.json.Json;
import org.parallax.core.model.Article;

/** The shared enricher gives the same output on two threads as on one. */
class EnricherConcurrencyTest {

  @Test
  void twoThreadsGiveTheSameArticlesAsOne() throws Exception {
    List<Article> inputs =
        List.of(Seeds.article(0), Seeds.article(1), Seeds.article(1), Seeds.article(0));
    List<String> sequential = new ArrayList<>();
    for (Article a : inputs) {
      sequential.add(Json.write(Enricher.shared().enrich(a).article()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (Article a : inputs) {
        futures.add(pool.submit(() -> Json.write(Enricher.shared().enrich(a).article())));
      }
      for (int i = 0; i < inputs.size(); i++) {
        assertEquals(sequential.get(i), futures.get(i).get(), "article " + i);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
