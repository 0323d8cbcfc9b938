package org.parallax.core.story;

import java.util.List;
import java.util.Objects;

/**
 * Articles that are copies of one text: an agency story and its reprints, a column and its
 * republication, trimmed or re-headlined copies. Coverage counts a family once as a voice while
 * listing every outlet that carried it.
 *
 * @param id a stable id derived from the sorted member ids
 * @param original the id of the article taken as the original
 * @param originalReason why it was chosen: {@code wire}, {@code credit}, {@code dateline} or {@code
 *     earliest}
 * @param members every member's article id, the original first
 * @param outlets the outlets (names, or domains when unknown) that carried it, original first
 * @param evidence pairwise evidence that joins the members (a spanning set, not every pair)
 */
public record SyndicationFamily(
    String id,
    String original,
    String originalReason,
    List<String> members,
    List<String> outlets,
    List<PairEvidence> evidence) {

  public SyndicationFamily {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(original, "original");
    originalReason = originalReason == null ? "" : originalReason;
    members = members == null ? List.of() : List.copyOf(members);
    outlets = outlets == null ? List.of() : List.copyOf(outlets);
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /** Number of member articles. */
  public int size() {
    return members.size();
  }
}
