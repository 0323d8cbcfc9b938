package org.parallax.compare.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.compare.HashingEmbedder;
import org.parallax.compare.TestArticles;
import org.parallax.compare.story.Member;
import org.parallax.core.compare.Claim;
import org.parallax.core.compare.ClaimStatus;

class ClaimsBuilderTest {

  private final ClaimsBuilder builder =
      new ClaimsBuilder(new HashingEmbedder(), AlignmentWeights.defaults());

  private static Member m(String id, String domain, String text) {
    return TestArticles.member(TestArticles.of(id, domain, "2024-01-0" + id.length(), text), id);
  }

  @Test
  void sameStatementInTwoVoicesIsSharedWithEvidenceInBoth() {
    List<Claim> claims =
        builder.build(
            List.of(
                m(
                    "a",
                    "wsj.com",
                    "The city council approved the harbour budget on Monday evening."),
                m(
                    "bb",
                    "latimes.com",
                    "On Monday evening the city council approved the harbour budget.")));
    Claim c = claims.get(0);
    assertEquals(ClaimStatus.SHARED, c.status());
    assertEquals(2, c.evidence().size());
    assertEquals(List.of("a", "bb"), c.evidence().stream().map(e -> e.article()).toList());
  }

  @Test
  void conflictingNumbersMakeAContestedClaim() {
    List<Claim> claims =
        builder.build(
            List.of(
                m("a", "wsj.com", "The storm killed 12 people in the coastal villages on Sunday."),
                m(
                    "bb",
                    "latimes.com",
                    "The storm killed 30 people in the coastal villages on Sunday.")));
    assertEquals(ClaimStatus.CONTESTED, claims.get(0).status());
    assertTrue(
        claims.get(0).conflicts().contains("number 12 vs 30"),
        claims.get(0).conflicts().toString());
  }

  @Test
  void negationInOneVersionMakesAContestedClaim() {
    List<Claim> claims =
        builder.build(
            List.of(
                m("a", "wsj.com", "The minister confirmed the harbour budget for next year."),
                m(
                    "bb",
                    "latimes.com",
                    "The minister has not confirmed the harbour budget for next year.")));
    assertEquals(ClaimStatus.CONTESTED, claims.get(0).status());
    assertEquals(List.of("negation"), claims.get(0).conflicts());
  }

  @Test
  void unrelatedSentencesStayUniqueAndCopiesOfOneVoiceAreNotShared() {
    String text = "The council approved the harbour budget on Monday evening.";
    List<Claim> claims =
        builder.build(
            List.of(
                TestArticles.member(TestArticles.of("a", "apnews.com", null, text), "wire"),
                TestArticles.member(TestArticles.of("b", "latimes.com", null, text), "wire"),
                m("c", "wsj.com", "Fishermen protested against new quotas in the northern port.")));
    assertEquals(2, claims.size());
    assertTrue(claims.stream().allMatch(c -> c.status() == ClaimStatus.UNIQUE));
    assertEquals(2, claims.get(0).evidence().size(), "the copies share one unique claim");
  }

  @Test
  void mostlyQuotedSentencesAreLeftToTheQuoteLedger() {
    List<Claim> claims =
        builder.build(
            List.of(
                m(
                    "a",
                    "wsj.com",
                    "“We will build the new harbour quickly and well,” the mayor said."),
                m(
                    "bb",
                    "latimes.com",
                    "The mayor said the harbour would be rebuilt within two years.")));
    assertEquals(1, claims.size());
    assertEquals("bb", claims.get(0).evidence().get(0).article());
  }
}
