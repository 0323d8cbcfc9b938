package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.compare.claims.AlignmentWeights;
import org.parallax.compare.coverage.Outlets;
import org.parallax.core.compare.ClaimStatus;
import org.parallax.core.compare.Comparison;
import org.parallax.core.embed.Embedder;
import org.parallax.core.json.Json;
import org.parallax.core.model.Article;
import org.parallax.core.model.Outcome;
import org.parallax.core.registry.SourceRegistry;
import org.parallax.core.story.Story;

/**
 * The factories of {@link StoryComparator}: one story of given articles, a comparator over them.
 */
class StoryComparatorTest {

  private final Embedder embedder = new HashingEmbedder();
  private final List<Article> seeds = Seeds.articles();

  @Test
  void oneStoryNamesTheArticlesInTheirOrderAndNothingElse() {
    List<Article> two = List.of(seeds.get(1), seeds.get(0));
    Story s = StoryComparator.oneStory("s9", "A title", two);
    assertEquals("s9", s.id());
    assertEquals("A title", s.title());
    assertEquals(List.of(seeds.get(1).id(), seeds.get(0).id()), s.articles());
    assertTrue(s.families().isEmpty() && s.entities().isEmpty() && s.evidence().isEmpty());
    assertFalse(s.pinned());
  }

  @Test
  void overComparesLikeAComparatorBuiltByHandOnTheSameCorpus() {
    List<Article> story = seeds;
    AlignmentWeights loose = AlignmentWeights.defaults().withThreshold(0.2);
    for (AlignmentWeights w : List.of(AlignmentWeights.defaults(), loose)) {
      Outlets outlets = new Outlets(SourceRegistry.defaults());
      Corpus corpus = new Corpus(outlets);
      seeds.forEach(corpus::add);
      Comparison byHand = compare(new StoryComparator(embedder, corpus, outlets, w), story);
      Comparison built =
          compare(StoryComparator.over(embedder, SourceRegistry.defaults(), seeds, w), story);
      assertEquals(Json.write(byHand), Json.write(built));
    }
    Comparison strict =
        compare(StoryComparator.over(embedder, SourceRegistry.defaults(), seeds), story);
    Comparison lax =
        compare(StoryComparator.over(embedder, SourceRegistry.defaults(), seeds, loose), story);
    assertTrue(
        lax.claims(ClaimStatus.UNIQUE).size() < strict.claims(ClaimStatus.UNIQUE).size(),
        "a lower floor leaves fewer claims unique");
  }

  private static Comparison compare(StoryComparator comparator, List<Article> articles) {
    Outcome<Comparison> c =
        comparator.compare(StoryComparator.oneStory("s", "t", articles), articles, List.of());
    return ((Outcome.Ok<Comparison>) c).value();
  }
}
