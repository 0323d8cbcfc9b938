package org.parallax.compare.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.compare.HashingEmbedder;
import org.parallax.compare.TestArticles;
import org.parallax.compare.story.Member;
import org.parallax.core.compare.Claim;
import org.parallax.core.compare.ClaimEvidence;
import org.parallax.core.compare.ClaimStatus;

/** One-to-one matching, its floors, and evidence windows, with a bag-of-words embedder. */
class ClaimAlignmentTest {

  private static Member m(String id, String domain, String text) {
    return TestArticles.member(TestArticles.of(id, domain, "2024-01-0" + id.length(), text), id);
  }

  private static AlignmentWeights weights(double floor, double mutualFloor, double windowGain) {
    return new AlignmentWeights(floor, mutualFloor, 0.3, 0, 0, 0, 0, windowGain);
  }

  private static List<Claim> shared(List<Claim> claims) {
    return claims.stream().filter(c -> c.status() != ClaimStatus.UNIQUE).toList();
  }

  @Test
  void aSentenceIsMatchedToOneSentenceOfEachOtherArticleOnly() {
    List<Claim> claims =
        new ClaimsBuilder(new HashingEmbedder(), weights(0.5, 0.5, 9))
            .build(
                List.of(
                    m(
                        "a",
                        "wsj.com",
                        "The council approved the harbour budget on Monday evening. The council"
                            + " approved the harbour budget again on Monday night."),
                    m(
                        "bb",
                        "latimes.com",
                        "On Monday evening the council approved the harbour budget.")));
    assertEquals(1, shared(claims).size());
    assertEquals(
        "The council approved the harbour budget on Monday evening.",
        shared(claims).get(0).evidence().get(0).text());
    assertEquals(2, claims.size(), "the second version stays unique");
  }

  @Test
  void aMutualBestMatchNeedsOnlyTheMutualFloor() {
    List<Member> story =
        List.of(
            m(
                "a",
                "wsj.com",
                "Fishermen protested against new fishing quotas in the northern port."),
            m(
                "bb",
                "latimes.com",
                "In the northern port, fishermen protested on Tuesday morning."));
    List<Claim> lenient =
        new ClaimsBuilder(new HashingEmbedder(), weights(0.99, 0.3, 9)).build(story);
    List<Claim> strict =
        new ClaimsBuilder(new HashingEmbedder(), weights(0.99, 0.99, 9)).build(story);
    assertEquals(1, shared(lenient).size());
    assertEquals(0, shared(strict).size());
  }

  @Test
  void evidenceWidensToTheNeighbourThatCompletesThePoint() {
    String second =
        "The council met on Monday. It approved the harbour budget for the ferry terminal.";
    List<Member> story =
        List.of(
            m(
                "a",
                "wsj.com",
                "The council approved the harbour budget for the ferry terminal on Monday."),
            m(
                "bb",
                "latimes.com",
                second + " Fishermen protested against new quotas in the port."));
    List<Claim> narrow =
        new ClaimsBuilder(new HashingEmbedder(), weights(0.5, 0.5, 9)).build(story);
    List<Claim> wide =
        new ClaimsBuilder(new HashingEmbedder(), weights(0.5, 0.5, 0.03)).build(story);
    ClaimEvidence b = shared(wide).get(0).evidence().get(1);
    assertEquals(second, b.text());
    assertEquals(second, story.get(1).article().text().substring(b.start(), b.end()));
    assertEquals(
        "It approved the harbour budget for the ferry terminal.",
        shared(narrow).get(0).evidence().get(1).text());
    assertEquals(narrow.size() - 1, wide.size(), "the neighbour leaves its own claim");
    assertTrue(
        wide.stream().noneMatch(c -> c.text().equals("The council met on Monday.")), "absorbed");
  }

  @Test
  void evidenceDoesNotWidenAcrossAParagraphBreak() {
    String text =
        "The council met on Monday.\n\nIt approved the harbour budget for the ferry terminal."
            + " Fishermen protested against new quotas in the port.";
    List<Member> story =
        List.of(
            m(
                "a",
                "wsj.com",
                "The council approved the harbour budget for the ferry terminal on Monday."),
            m("bb", "latimes.com", text));
    List<Claim> wide =
        new ClaimsBuilder(new HashingEmbedder(), weights(0.5, 0.5, 0.03)).build(story);
    assertEquals(
        "It approved the harbour budget for the ferry terminal.",
        shared(wide).get(0).evidence().get(1).text());
    assertTrue(
        wide.stream().anyMatch(c -> c.text().equals("The council met on Monday.")),
        "the sentence of the other paragraph keeps its own claim");
  }
}
