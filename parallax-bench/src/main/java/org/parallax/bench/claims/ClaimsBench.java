package org.parallax.bench.claims;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.bench.claims.ClaimLabels.Label;
import org.parallax.compare.StoryComparator;
import org.parallax.compare.claims.AlignmentWeights;
import org.parallax.core.compare.Claim;
import org.parallax.core.compare.ClaimEvidence;
import org.parallax.core.compare.ClaimStatus;
import org.parallax.core.compare.Comparison;
import org.parallax.core.embed.Embedder;
import org.parallax.core.model.Article;
import org.parallax.core.model.Outcome;
import org.parallax.core.model.Span;
import org.parallax.core.registry.SourceRegistry;
import org.parallax.core.story.Story;

/**
 * Claim alignment quality on hand- and chain-labelled ECB+ subtopics. Each subtopic is compared as
 * one story (every document its own voice). Shared claims are scored pairwise: two sentences of
 * different documents in one shared or contested claim, against two sentences whose labels meet.
 * Unique claims are scored per sentence: in no shared claim, against no labelled partner.
 * Quotations and datelines are not scored.
 */
public final class ClaimsBench {

  private ClaimsBench() {}

  /**
   * One subtopic's scores.
   *
   * @param subtopic the ECB+ subtopic
   * @param source how it was labelled: {@code hand} or {@code chains}
   * @param docs documents
   * @param sentences scored sentences
   * @param shared pairwise scores of shared claims
   * @param unique per-sentence scores of unique claims
   */
  public record Result(
      String subtopic, String source, int docs, int sentences, Scores shared, Scores unique) {}

  /** Scores every labelled subtopic. */
  public static List<Result> run(
      Path data, Embedder embedder, AlignmentWeights weights, boolean entities) throws IOException {
    List<Label> labels = ClaimLabels.read();
    Map<String, List<Label>> bySubtopic = new LinkedHashMap<>();
    labels.forEach(l -> bySubtopic.computeIfAbsent(l.subtopic(), k -> new ArrayList<>()).add(l));
    Map<String, EcbCorpus.Doc> docs = EcbCorpus.read(data, bySubtopic::containsKey, entities);
    StoryComparator comparator =
        StoryComparator.over(
            embedder,
            SourceRegistry.defaults(),
            docs.values().stream().map(EcbCorpus.Doc::article).toList(),
            weights);
    List<Result> out = new ArrayList<>();
    for (Map.Entry<String, List<Label>> e : bySubtopic.entrySet()) {
      List<Article> articles =
          docs.values().stream()
              .filter(d -> d.subtopic().equals(e.getKey()))
              .map(EcbCorpus.Doc::article)
              .toList();
      Comparison c = compare(comparator, e.getKey(), articles);
      out.add(score(e.getKey(), e.getValue(), articles, c));
    }
    return out;
  }

  static Comparison compare(StoryComparator comparator, String id, List<Article> articles) {
    Story story = StoryComparator.oneStory(id, id, articles);
    Outcome<Comparison> c = comparator.compare(story, articles, List.of());
    if (c instanceof Outcome.Ok<Comparison> ok) {
      return ok.value();
    }
    throw new IllegalStateException(((Outcome.Failed<Comparison>) c).problem().describe());
  }

  private static Result score(
      String subtopic, List<Label> labels, List<Article> articles, Comparison c) {
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    Map<String, Integer> claimOf = new HashMap<>();
    for (int i = 0; i < c.claims().size(); i++) {
      Claim cl = c.claims().get(i);
      if (cl.status() == ClaimStatus.UNIQUE) {
        continue;
      }
      for (ClaimEvidence ev : cl.evidence()) {
        for (int k : sentences(byId.get(ev.article()), ev.start(), ev.end())) {
          claimOf.put(key(ev.article(), k), i);
        }
      }
    }
    List<Label> scored = labels.stream().filter(l -> !l.skip()).toList();
    int tp = 0;
    int fp = 0;
    int fn = 0;
    Set<String> goldPartnered = new HashSet<>();
    for (int i = 0; i < scored.size(); i++) {
      for (int j = i + 1; j < scored.size(); j++) {
        Label a = scored.get(i);
        Label b = scored.get(j);
        if (a.doc().equals(b.doc())) {
          continue;
        }
        boolean gold = a.labels().stream().anyMatch(b.labels()::contains);
        Integer ca = claimOf.get(key(a.doc(), a.sentence()));
        boolean system = ca != null && ca.equals(claimOf.get(key(b.doc(), b.sentence())));
        if (gold) {
          goldPartnered.add(key(a.doc(), a.sentence()));
          goldPartnered.add(key(b.doc(), b.sentence()));
        }
        tp += gold && system ? 1 : 0;
        fp += !gold && system ? 1 : 0;
        fn += gold && !system ? 1 : 0;
      }
    }
    int utp = 0;
    int ufp = 0;
    int ufn = 0;
    for (Label l : scored) {
      boolean gold = !goldPartnered.contains(key(l.doc(), l.sentence()));
      boolean system = !claimOf.containsKey(key(l.doc(), l.sentence()));
      utp += gold && system ? 1 : 0;
      ufp += !gold && system ? 1 : 0;
      ufn += gold && !system ? 1 : 0;
    }
    return new Result(
        subtopic,
        labels.get(0).source(),
        articles.size(),
        scored.size(),
        new Scores(tp, fp, fn),
        new Scores(utp, ufp, ufn));
  }

  /**
   * The sentences of {@code a} that evidence {@code [start, end)} overlaps (a window spans two).
   */
  private static List<Integer> sentences(Article a, int start, int end) {
    List<Span> s = a.sentences();
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      if (s.get(i).start() < end && start < Math.max(s.get(i).end(), s.get(i).start() + 1)) {
        out.add(i);
      }
    }
    return out;
  }

  private static String key(String doc, int sentence) {
    return doc + "#" + sentence;
  }
}
