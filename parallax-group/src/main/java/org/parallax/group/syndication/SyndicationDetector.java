package org.parallax.group.syndication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parallax.core.id.Ids;
import org.parallax.core.model.Article;
import org.parallax.core.registry.SourceRegistry;
import org.parallax.core.story.PairEvidence;
import org.parallax.core.story.SyndicationFamily;
import org.parallax.group.text.Shingles;

/**
 * Finds syndication families in a batch of articles: shingles, MinHash + LSH candidates (whole text
 * and lead), exact verification, union-find, and the original of each family. Near-linear in the
 * number of articles. Thread-safe (each call works on its own state).
 */
public final class SyndicationDetector {

  private final SyndicationConfig config;
  private final OriginalPicker picker;

  /** A detector with these settings and outlets. */
  public SyndicationDetector(SyndicationConfig config, SourceRegistry registry) {
    this.config = config;
    this.picker = new OriginalPicker(registry);
  }

  /** A detector with the default settings and the shipped source registry. */
  public static SyndicationDetector defaults() {
    return new SyndicationDetector(SyndicationConfig.defaults(), SourceRegistry.defaults());
  }

  /**
   * The linked pairs of a batch with their evidence (index pairs into {@code articles}).
   *
   * @param a index of the first article
   * @param b index of the second article
   * @param evidence scores and the shared passage
   */
  public record Link(int a, int b, PairEvidence evidence) {}

  /** Every linked pair of the batch. */
  public List<Link> links(List<Article> articles) {
    int n = articles.size();
    List<long[]> shingles = new ArrayList<>(n);
    MinHashIndex whole = new MinHashIndex(config.bands(), config.rows());
    MinHashIndex lead =
        config.leadWords() > 0 ? new MinHashIndex(config.bands(), config.rows()) : null;
    List<long[]> leads = new ArrayList<>(n);
    for (Article a : articles) {
      Shingles s = Shingles.of(a.text(), config.shingleWords());
      shingles.add(s.set());
      leads.add(leadSet(s));
    }
    if (config.exact()) {
      long[] common = CommonShingles.find(shingles, maxDocumentFrequency(n));
      if (common.length > 0) {
        shingles.replaceAll(set -> CommonShingles.without(set, common));
        leads.replaceAll(set -> CommonShingles.without(set, common));
      }
    }
    for (int i = 0; i < n; i++) {
      whole.add(whole.signature(shingles.get(i)));
      if (lead != null) {
        lead.add(lead.signature(leads.get(i)));
      }
    }
    PairSet candidates = new PairSet();
    whole.candidates(config.maxBucket(), candidates);
    if (lead != null) {
      lead.candidates(config.maxBucket(), candidates);
    }
    List<Link> out = new ArrayList<>();
    for (long pair : candidates.sorted()) {
      int i = PairSet.first(pair);
      int j = PairSet.second(pair);
      Link link = verify(articles, shingles, whole, i, j);
      if (link != null) {
        out.add(link);
      }
    }
    return out;
  }

  private Link verify(
      List<Article> articles, List<long[]> shingles, MinHashIndex whole, int i, int j) {
    Article ai = articles.get(i);
    Article aj = articles.get(j);
    if (!config.exact()) {
      double est = MinHashIndex.estimate(whole.signatureOf(i), whole.signatureOf(j));
      if (est < config.minEstimatedResemblance()) {
        return null;
      }
      return new Link(i, j, new PairEvidence(ai.id(), aj.id(), est, est, true, null, null));
    }
    PairScorer.Scores s = PairScorer.score(shingles.get(i), shingles.get(j));
    int smaller = Math.min(shingles.get(i).length, shingles.get(j).length);
    if (s.containment() < config.minContainment()
        || s.shared() < Math.min(config.minShared(), smaller)) {
      return null;
    }
    PairEvidence ev =
        PairScorer.evidence(
            ai.id(),
            ai.text(),
            Shingles.of(ai.text(), config.shingleWords()),
            aj.id(),
            aj.text(),
            Shingles.of(aj.text(), config.shingleWords()),
            s);
    return new Link(i, j, ev);
  }

  /**
   * Shingles in more documents than this are template or boilerplate text (navigation, copyright
   * and subscription lines) and are ignored: 50, or one document in 200 in large batches.
   */
  static int maxDocumentFrequency(int n) {
    return Math.max(50, n / 200);
  }

  private long[] leadSet(Shingles s) {
    int n =
        Math.min(s.sequence().length, Math.max(1, config.leadWords() - config.shingleWords() + 1));
    long[] lead = java.util.Arrays.copyOf(s.sequence(), n);
    java.util.Arrays.sort(lead);
    return lead;
  }

  /** The families of a batch: connected components of the linked pairs, two members or more. */
  public List<SyndicationFamily> families(List<Article> articles) {
    return families(articles, links(articles));
  }

  /** The families given the links already found. */
  public List<SyndicationFamily> families(List<Article> articles, List<Link> links) {
    UnionFind uf = new UnionFind(articles.size());
    Map<Integer, List<PairEvidence>> evidence = new TreeMap<>();
    List<Link> ordered = new ArrayList<>(links);
    ordered.sort(Comparator.comparingDouble((Link l) -> -l.evidence().containment()));
    List<Link> tree = new ArrayList<>();
    for (Link l : ordered) {
      if (uf.union(l.a(), l.b())) {
        tree.add(l);
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      groups.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(i);
    }
    for (Link l : tree) {
      evidence.computeIfAbsent(uf.find(l.a()), k -> new ArrayList<>()).add(l.evidence());
    }
    List<SyndicationFamily> out = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> g : groups.entrySet()) {
      if (g.getValue().size() < 2) {
        continue;
      }
      out.add(family(articles, g.getValue(), evidence.getOrDefault(g.getKey(), List.of())));
    }
    return out;
  }

  private SyndicationFamily family(
      List<Article> articles, List<Integer> idx, List<PairEvidence> evidence) {
    List<Article> members = new ArrayList<>();
    for (int i : idx) {
      members.add(articles.get(i));
    }
    OriginalPicker.Choice choice = picker.pick(members);
    List<Article> ordered = new ArrayList<>(members);
    ordered.remove(choice.article());
    ordered.sort(
        Comparator.comparing((Article a) -> a.published() == null ? "\uffff" : a.published())
            .thenComparing(Article::id));
    ordered.add(0, choice.article());
    List<String> ids = ordered.stream().map(Article::id).toList();
    List<String> outlets =
        ordered.stream().map(picker::outletName).filter(s -> !s.isEmpty()).distinct().toList();
    String id = "fam-" + Ids.hash("family:" + String.join(",", ids.stream().sorted().toList()));
    return new SyndicationFamily(
        id, choice.article().id(), choice.reason(), ids, outlets, evidence);
  }
}
