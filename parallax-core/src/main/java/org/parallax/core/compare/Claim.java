package org.parallax.core.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * A factual statement of a story, aligned across the outlets that make it.
 *
 * @param id stable within the story ({@code c1}, {@code c2}, …)
 * @param status shared, unique or contested
 * @param text a representative sentence (the earliest evidence)
 * @param evidence where each carrying article says it, one span per article at least
 * @param outlets the outlets that carry it
 * @param voices the number of independent voices that carry it
 * @param quoted whether the statement is, or contains, a quotation
 * @param conflicts why a contested claim is contested ({@code number 90 vs 75}, {@code negation},
 *     {@code date}, {@code evaluation}); empty otherwise
 * @param score the weakest alignment score between evidence sentences (1 for a single sentence)
 */
@JsonPropertyOrder({
  "id",
  "status",
  "text",
  "evidence",
  "outlets",
  "voices",
  "quoted",
  "conflicts",
  "score"
})
public record Claim(
    String id,
    ClaimStatus status,
    String text,
    List<ClaimEvidence> evidence,
    List<String> outlets,
    int voices,
    boolean quoted,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> conflicts,
    double score) {

  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(text, "text");
    evidence = List.copyOf(evidence);
    outlets = List.copyOf(outlets);
    conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
  }

  /** Whether some evidence lies in article {@code articleId}. */
  public boolean hasEvidenceIn(String articleId) {
    return evidence.stream().anyMatch(e -> e.article().equals(articleId));
  }
}
