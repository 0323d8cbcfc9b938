package org.parallax.compare.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parallax.compare.TestArticles;
import org.parallax.compare.story.Member;
import org.parallax.core.compare.Coverage;

class CoverageBuilderTest {

  private static final String TEXT =
      "The bridge was closed on Monday after an inspection found cracks.";

  @Test
  void aSyndicationFamilyCountsOnceWithEveryCarrierListed() {
    List<Member> members =
        List.of(
            TestArticles.member(TestArticles.of("a", "apnews.com", "2024-01-01", TEXT), "fam"),
            TestArticles.member(TestArticles.of("b", "latimes.com", "2024-01-01", TEXT), "fam"),
            TestArticles.member(TestArticles.of("c", "wsws.org", "2024-01-02", TEXT), "c"));
    Coverage c = new CoverageBuilder(Map.of()).build(members);
    assertEquals(3, c.articles());
    assertEquals(2, c.voiceCount());
    assertEquals(List.of("Associated Press", "Los Angeles Times"), c.voices().get(0).carriers());
    assertEquals(Map.of("wire", 1, "nonprofit", 1), c.byAttribute().get("kind"));
    assertEquals(3, c.timeline().size());
  }

  @Test
  void aStoryToldOnlyByCommercialOutletsIsABlindspotForKind() {
    List<Member> members =
        List.of(
            TestArticles.member(TestArticles.of("a", "wsj.com", null, TEXT), "a"),
            TestArticles.member(TestArticles.of("b", "latimes.com", null, TEXT), "b"));
    Coverage c =
        new CoverageBuilder(Map.of("kind", Set.of("commercial", "public", "state"))).build(members);
    assertEquals(1, c.blindspots().size());
    assertEquals("kind", c.blindspots().get(0).attribute());
    assertEquals("commercial", c.blindspots().get(0).group());
    assertEquals(List.of("public", "state"), c.blindspots().get(0).missing());
  }
}
