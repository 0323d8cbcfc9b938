package org.parallax.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.core.embed.Embedder;
import org.parallax.store.query.ArticleHit;

class SimilarTest {

  @TempDir Path dir;

  @Test
  void findsTheNearestArticlesByEmbedding() throws IOException {
    Embedder e = new WordHashEmbedder();
    try (Corpus c = Corpus.open(dir, CorpusConfig.defaults().withEmbedder(e))) {
      c.add(List.of(CorpusTest.AP, CorpusTest.WSJ, CorpusTest.RT));
      List<ArticleHit> near = c.similar("a1", 2);
      assertEquals(List.of("a2", "a3"), near.stream().map(ArticleHit::id).toList());
      float expected = (float) Embedder.cosine(vector(e, CorpusTest.AP), vector(e, CorpusTest.WSJ));
      assertEquals(expected, near.get(0).score(), 1e-4);
      assertTrue(near.get(0).score() > near.get(1).score());
      assertEquals("a3", c.similarToText("rain over moscow forecasters", 1).get(0).id());
      assertTrue(c.similar("missing", 2).isEmpty());
    }
  }

  @Test
  void withoutAnEmbedderThereAreNoNeighbours() throws IOException {
    try (Corpus c = Corpus.open(dir)) {
      c.add(List.of(CorpusTest.AP, CorpusTest.WSJ));
      assertTrue(c.similar("a1", 3).isEmpty());
      assertTrue(c.similarToText("korea", 3).isEmpty());
    }
  }

  private static float[] vector(Embedder e, org.parallax.core.model.Article a) {
    return e.embed(a.title() + "\n" + a.text());
  }
}
