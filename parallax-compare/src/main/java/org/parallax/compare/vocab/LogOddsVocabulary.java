package org.parallax.compare.vocab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.compare.story.Member;
import org.parallax.core.compare.VocabularyTerm;

/**
 * Weighted log-odds ratios with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008,
 * "Fightin' Words", section 3.5). For outlet {@code i} against the rest {@code j} of the story,
 * with the prior's expected share {@code π_w} of each term ({@link Prior}):
 *
 * <pre>
 * α_iw = a0_i · π_w      a0_i = a0 · n_i / n̄      (n̄ = (n_i + n_j) / 2; likewise for j)
 * δ_w = log((y_iw + α_iw) / (n_i + a0_i − y_iw − α_iw)) − log((y_jw + α_jw) / (n_j + a0_j − y_jw − α_jw))
 * σ²_w ≈ 1 / (y_iw + α_iw) + 1 / (y_jw + α_jw)        z_w = δ_w / σ_w
 * </pre>
 *
 * <p><b>Why the prior matters.</b> With the two articles of a story as the whole corpus, a prior
 * taken from the corpus alone tells nothing new: every word one outlet uses once and the other
 * never scores the same z, and the top of each list is the topic's frequent words ({@code
 * administration}, {@code policy}). Monroe et al. take the prior from a large background corpus;
 * here {@code π_w} mixes the corpus's counts with an English frequency list shipped with Parallax
 * ({@link Background}), and the prior is strong: {@code a0} gives the rarest English words {@link
 * Prior#UNKNOWN_WORD_PSEUDO_COUNT} pseudo-count (Laplace's add-one) and a common word hundreds. A
 * word general English uses a lot is then shrunk towards "no difference" unless an outlet uses it
 * much more, while a word that is rare in English and used by one outlet only keeps a high z
 * ({@code denuclearisation}, {@code famine}, {@code detente}).
 *
 * <p><b>Departure from Monroe et al.</b> They give both sides the same {@code α_w}. With a prior
 * much larger than the texts, that shrinks the shorter side's estimates more and makes every word
 * the two outlets share look distinctive of the longer one; the prior is therefore split between
 * the two sides in proportion to their lengths ({@code a0_i}, {@code a0_j}), so that equal rates
 * give {@code δ = 0}. When nothing is left to compare against (one outlet, and the corpus is the
 * story), {@code j} is the prior alone.
 *
 * <p><b>Terms and ranking.</b> Terms are stemmed words and collocations of up to three words
 * ({@link Terms}, {@link Prior#isTerm}); a term is left out of an outlet's list when a listed
 * phrase holds all its occurrences in that outlet, or most of them and ranks higher; each term is
 * shown in the form the outlet wrote most. Terms are ranked by z, best first. Terms with equal z
 * (in a small story, typically the rare words an outlet used once) keep the order in which the
 * outlet first used them, headline and lead first. They are not ordered rarer-first: a large share
 * of such words is missing from the English list (13 of 36 and 27 of 51 on the two seeds), whose
 * rarity would then be a guess (from their WordPiece pieces, say), and on the seeds every
 * rarer-first order that lifts one outlet's expected terms into its top 25 drops the other's
 * (README). Thread-safe.
 */
public final class LogOddsVocabulary {

  private final Prior prior;
  private final int top;

  /** The vocabulary with the default prior ({@link Prior#of}). */
  public static LogOddsVocabulary withDefaultPrior(CorpusCounts corpus, int top) {
    return new LogOddsVocabulary(Prior.of(corpus), top);
  }

  /**
   * @param prior the informative prior (corpus and background)
   * @param top how many terms to keep per outlet
   */
  public LogOddsVocabulary(Prior prior, int top) {
    this.prior = prior;
    this.top = top;
  }

  /** For each outlet of the story, its {@code top} distinctive terms with z > 0, best first. */
  public Map<String, List<VocabularyTerm>> build(List<Member> members) {
    Map<String, TermCounts> byOutlet = new LinkedHashMap<>();
    TermCounts story = new TermCounts();
    for (Member m : members) {
      TermCounts counts = Terms.of(m.article());
      byOutlet.computeIfAbsent(m.outletName(), k -> new TermCounts()).addAll(counts);
      story.addAll(counts);
    }
    Map<String, List<VocabularyTerm>> out = new LinkedHashMap<>();
    byOutlet.forEach((outlet, mine) -> out.put(outlet, rank(mine, story, byOutlet.size() == 1)));
    return out;
  }

  private List<VocabularyTerm> rank(TermCounts mine, TermCounts story, boolean alone) {
    CorpusCounts corpus = prior.corpus();
    long ni = mine.total();
    long nj = alone ? Math.max(0, corpus.total() - story.total()) : story.total() - ni;
    double mean = Math.max(1, (ni + nj) / 2.0);
    double a0i = prior.a0() * ni / mean;
    double a0j = nj == 0 ? prior.a0() : prior.a0() * nj / mean;
    List<Scored> scored = new ArrayList<>();
    for (String key : mine.keys()) {
      if (!prior.isTerm(key)) {
        continue;
      }
      int yi = mine.count(key);
      int yj = alone ? Math.max(0, corpus.count(key) - story.count(key)) : story.count(key) - yi;
      double share = prior.share(key);
      double z = Math.round(z(yi, ni, a0i, a0i * share, yj, nj, a0j, a0j * share) * 1000) / 1000.0;
      if (z > 0) {
        scored.add(new Scored(key, z, yi, mine.firstPosition(key)));
      }
    }
    scored.sort(
        Comparator.comparingDouble(Scored::z)
            .reversed()
            .thenComparingInt(Scored::first)
            .thenComparing(Scored::key));
    Set<String> inside = insidePhrases(scored, mine);
    List<VocabularyTerm> terms = new ArrayList<>();
    for (Scored s : scored) {
      if (terms.size() < top && !inside.contains(s.key())) {
        terms.add(new VocabularyTerm(mine.form(s.key()), s.z(), s.count()));
      }
    }
    return List.copyOf(terms);
  }

  /** The z-score of the log-odds ratio of side i against side j (see the class comment). */
  static double z(
      double yi, double ni, double a0i, double ai, double yj, double nj, double a0j, double aj) {
    double delta =
        Math.log((yi + ai) / (ni + a0i - yi - ai)) - Math.log((yj + aj) / (nj + a0j - yj - aj));
    return delta / Math.sqrt(1 / (yi + ai) + 1 / (yj + aj));
  }

  /**
   * Keys that a scored phrase makes redundant: all their occurrences in {@code mine} lie inside the
   * phrase, or most of them do and the phrase ranks higher ({@code foreign policy} before {@code
   * foreign} and {@code policy}).
   */
  private static Set<String> insidePhrases(List<Scored> scored, TermCounts mine) {
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < scored.size(); i++) {
      rank.put(scored.get(i).key(), i);
    }
    Set<String> out = new HashSet<>();
    for (int i = 0; i < scored.size(); i++) {
      Scored s = scored.get(i);
      String[] words = s.key().split(" ");
      for (int len = 1; len < words.length; len++) {
        for (int from = 0; from + len <= words.length; from++) {
          String sub = String.join(" ", Arrays.copyOfRange(words, from, from + len));
          int n = mine.count(sub);
          if (n == s.count() || (2 * s.count() > n && rank.getOrDefault(sub, -1) > i)) {
            out.add(sub);
          }
        }
      }
    }
    return out;
  }

  private record Scored(String key, double z, int count, int first) {}
}
