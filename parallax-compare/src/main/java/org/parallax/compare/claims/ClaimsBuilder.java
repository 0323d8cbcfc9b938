package org.parallax.compare.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.compare.story.Member;
import org.parallax.core.compare.Claim;
import org.parallax.core.compare.ClaimEvidence;
import org.parallax.core.compare.ClaimStatus;
import org.parallax.core.embed.Embedder;
import org.parallax.core.model.Span;

/**
 * Builds a story's claims map: candidate sentences from every member, aligned by {@link
 * ClaimAligner}, then labelled shared (two or more voices, no conflict), contested (two or more
 * voices with a conflict) or unique (one voice). Thread-safe.
 */
public final class ClaimsBuilder {

  /**
   * The weakest alignment score at which a claim's sentences are taken to make the very same point,
   * so that a negation or an opposite evaluation in one of them contests it; conflicting numbers
   * and dates contest any aligned claim. It stays 0.10 above the default pair floor.
   */
  public static final double STRONG = 0.80;

  private final ClaimAligner aligner;
  private final Embedder embedder;
  private final AlignmentWeights weights;

  /** Builds claims with sentence vectors from {@code embedder}. */
  public ClaimsBuilder(Embedder embedder, AlignmentWeights weights) {
    this.aligner = new ClaimAligner(embedder, weights);
    this.embedder = embedder;
    this.weights = weights;
  }

  /** The claims of a story whose members are given oldest first; shared and contested first. */
  public List<Claim> build(List<Member> members) {
    List<ClaimSentence> sentences = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      sentences.addAll(SentenceFeatures.of(i, members.get(i)));
    }
    ClaimAligner.Alignment alignment = aligner.align(sentences);
    Map<int[], Double> weakest = new IdentityHashMap<>();
    for (int g = 0; g < alignment.groups().size(); g++) {
      weakest.put(alignment.groups().get(g), alignment.weakest()[g]);
    }
    Span[] spans = new Span[sentences.size()];
    List<int[]> groups =
        EvidenceWindows.widen(
            alignment.groups(),
            sentences,
            alignment.vectors(),
            members,
            embedder,
            weights.windowGain(),
            spans);
    List<ClaimSentence> evidence = new ArrayList<>();
    for (int i = 0; i < spans.length; i++) {
      evidence.add(withSpan(sentences.get(i), spans[i]));
    }
    List<Draft> drafts = new ArrayList<>();
    for (int[] g : groups) {
      drafts.add(draft(g, weakest.get(g), evidence, members));
    }
    drafts.sort(
        Comparator.comparingInt((Draft d) -> d.status == ClaimStatus.UNIQUE ? 1 : 0)
            .thenComparing(Comparator.comparingInt((Draft d) -> d.voices).reversed())
            .thenComparingInt(d -> d.first().member())
            .thenComparingInt(d -> d.first().span().start()));
    List<Claim> out = new ArrayList<>();
    for (Draft d : drafts) {
      out.add(d.toClaim("c" + (out.size() + 1)));
    }
    return out;
  }

  private static ClaimSentence withSpan(ClaimSentence s, Span span) {
    return span == s.span()
        ? s
        : new ClaimSentence(
            s.member(),
            s.article(),
            s.voice(),
            span,
            s.entities(),
            s.words(),
            s.numbers(),
            s.dates(),
            s.negated(),
            s.polarity(),
            s.quoted());
  }

  private Draft draft(
      int[] group, double weakest, List<ClaimSentence> sentences, List<Member> members) {
    List<ClaimSentence> ss = Arrays.stream(group).mapToObj(sentences::get).toList();
    ss =
        ss.stream()
            .sorted(
                Comparator.comparingInt(ClaimSentence::member)
                    .thenComparingInt(s -> s.span().start()))
            .toList();
    Set<String> voices = new LinkedHashSet<>();
    Set<String> outlets = new LinkedHashSet<>();
    Set<String> conflicts = new LinkedHashSet<>();
    boolean quoted = false;
    for (ClaimSentence s : ss) {
      voices.add(s.voice());
      outlets.add(members.get(s.member()).outletName());
      quoted |= s.quoted();
    }
    for (int i = 0; i < ss.size(); i++) {
      for (int j = i + 1; j < ss.size(); j++) {
        if (!ss.get(i).voice().equals(ss.get(j).voice())) {
          conflicts.addAll(Conflicts.between(ss.get(i), ss.get(j), weakest >= STRONG));
        }
      }
    }
    ClaimStatus status =
        voices.size() < 2
            ? ClaimStatus.UNIQUE
            : conflicts.isEmpty() ? ClaimStatus.SHARED : ClaimStatus.CONTESTED;
    return new Draft(
        ss, status, voices.size(), List.copyOf(outlets), quoted, List.copyOf(conflicts), weakest);
  }

  private record Draft(
      List<ClaimSentence> sentences,
      ClaimStatus status,
      int voices,
      List<String> outlets,
      boolean quoted,
      List<String> conflicts,
      double weakest) {

    ClaimSentence first() {
      return sentences.get(0);
    }

    Claim toClaim(String id) {
      List<ClaimEvidence> evidence =
          sentences.stream()
              .map(
                  s ->
                      new ClaimEvidence(
                          s.article(), s.span().start(), s.span().end(), s.span().text()))
              .toList();
      return new Claim(
          id,
          status,
          first().span().text(),
          evidence,
          outlets,
          voices,
          quoted,
          status == ClaimStatus.CONTESTED ? conflicts : List.of(),
          Math.round(weakest * 1000) / 1000.0);
    }
  }
}
