package org.parallax.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.core.json.Json;

class ComparisonJsonTest {

  private static Comparison sample() {
    Claim claim =
        new Claim(
            "c1",
            ClaimStatus.SHARED,
            "Sanctions stay.",
            List.of(new ClaimEvidence("a1", 0, 15, "Sanctions stay.")),
            List.of("Outlet A"),
            1,
            false,
            List.of(),
            1.0);
    Coverage coverage =
        new Coverage(
            1,
            List.of(new Voice("a1", "Outlet A", List.of("Outlet A"), List.of("a1"))),
            Map.of("kind", Map.of("commercial", 1)),
            List.of(new TimelineEntry("a1", "Outlet A", "2021-05-04", "a1")),
            List.of(new Blindspot("kind", "commercial", List.of("state"))));
    return new Comparison(
        "s1",
        List.of(new ComparedArticle("a1", "Outlet A", "T", "2021-05-04", null, "a1")),
        List.of(
            new OutletInfo("Outlet A", "a.example", Map.of("kind", "commercial"), List.of("a1"))),
        coverage,
        List.of(claim),
        QuoteLedger.empty(),
        Map.of("Outlet A", List.of(new VocabularyTerm("sanctions", 2.5, 3))),
        List.of());
  }

  @Test
  void writesTheContractFieldNamesAndLowerCaseStatus() throws Exception {
    JsonNode node = Json.mapper().readTree(Json.write(sample()));
    assertEquals("s1", node.get("story").asText());
    assertEquals("shared", node.at("/claims/0/status").asText());
    assertEquals(15, node.at("/claims/0/evidence/0/end").asInt());
    assertEquals(2.5, node.at("/vocabulary/Outlet A/0/z").asDouble());
    assertTrue(node.at("/claims/0/conflicts").isMissingNode());
    assertEquals("commercial", node.at("/coverage/blindspots/0/group").asText());
  }

  @Test
  void readsBackWhatItWrites() {
    Comparison c = sample();
    assertEquals(c, Json.read(Json.write(c), Comparison.class));
  }
}
