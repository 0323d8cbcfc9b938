package org.parallax.compare.vocab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.compare.story.Member;
import org.parallax.core.compare.VocabularyTerm;

/**
 * Weighted log-odds ratios with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008).
 * For outlet {@code i} against the rest {@code j} of the story, with prior {@code a_w = a0 · f_w}
 * where {@code f_w} is the term's share of the whole corpus:
 *
 * <pre>
 * δ_w = log((y_iw + a_w) / (n_i + a0 − y_iw − a_w)) − log((y_jw + a_w) / (n_j + a0 − y_jw − a_w))
 * σ²_w ≈ 1 / (y_iw + a_w) + 1 / (y_jw + a_w)        z_w = δ_w / σ_w
 * </pre>
 *
 * Terms are ranked by z, best first. Thread-safe.
 */
public final class LogOddsVocabulary {

  /** Default prior strength as a share of the corpus's term occurrences. */
  public static final double DEFAULT_PRIOR_SHARE = 0.001;

  private final CorpusCounts corpus;
  private final double a0;
  private final int top;

  /**
   * A vocabulary whose prior strength {@code a0} is {@link #DEFAULT_PRIOR_SHARE} of the corpus's
   * term occurrences, at least 1.
   */
  public static LogOddsVocabulary withDefaultPrior(CorpusCounts corpus, int top) {
    return new LogOddsVocabulary(corpus, Math.max(1, DEFAULT_PRIOR_SHARE * corpus.total()), top);
  }

  /**
   * @param corpus the prior's term counts (the whole corpus)
   * @param a0 the prior's total pseudo-count
   * @param top how many terms to keep per outlet
   */
  public LogOddsVocabulary(CorpusCounts corpus, double a0, int top) {
    this.corpus = corpus;
    this.a0 = a0;
    this.top = top;
  }

  /** For each outlet of the story, its {@code top} distinctive terms with z > 0, best first. */
  public Map<String, List<VocabularyTerm>> build(List<Member> members) {
    Map<String, Map<String, Integer>> byOutlet = new LinkedHashMap<>();
    Map<String, Integer> story = new HashMap<>();
    for (Member m : members) {
      Map<String, Integer> counts = Terms.count(m.article());
      Map<String, Integer> mine = byOutlet.computeIfAbsent(m.outletName(), k -> new HashMap<>());
      counts.forEach(
          (t, n) -> {
            mine.merge(t, n, Integer::sum);
            story.merge(t, n, Integer::sum);
          });
    }
    long storyTotal = sum(story);
    Map<String, List<VocabularyTerm>> out = new LinkedHashMap<>();
    byOutlet.forEach(
        (outlet, mine) -> out.put(outlet, rank(mine, story, storyTotal, byOutlet.size() == 1)));
    return out;
  }

  private List<VocabularyTerm> rank(
      Map<String, Integer> mine, Map<String, Integer> story, long storyTotal, boolean alone) {
    long ni = sum(mine);
    long nj = alone ? Math.max(0, corpus.total() - storyTotal) : storyTotal - ni;
    double total = Math.max(1, corpus.total());
    List<VocabularyTerm> terms = new ArrayList<>();
    for (Map.Entry<String, Integer> e : mine.entrySet()) {
      String t = e.getKey();
      int yi = e.getValue();
      int yj = alone ? Math.max(0, corpus.count(t) - story.get(t)) : story.get(t) - yi;
      double aw = a0 * Math.max(corpus.count(t), yi + yj) / total;
      double delta =
          Math.log((yi + aw) / (ni + a0 - yi - aw)) - Math.log((yj + aw) / (nj + a0 - yj - aw));
      double z = delta / Math.sqrt(1 / (yi + aw) + 1 / (yj + aw));
      if (z > 0) {
        terms.add(new VocabularyTerm(t, Math.round(z * 1000) / 1000.0, yi));
      }
    }
    terms.sort(
        Comparator.comparingDouble(VocabularyTerm::z)
            .reversed()
            .thenComparing(Comparator.comparingInt(VocabularyTerm::count).reversed())
            .thenComparing(VocabularyTerm::term));
    return List.copyOf(terms.subList(0, Math.min(top, terms.size())));
  }

  private static long sum(Map<String, Integer> counts) {
    long s = 0;
    for (int n : counts.values()) {
      s += n;
    }
    return s;
  }
}
