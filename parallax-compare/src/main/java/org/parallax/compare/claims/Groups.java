package org.parallax.compare.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Union-find over sentences that keeps, per group, its members and the articles it covers. */
final class Groups {

  private final int[] parent;
  private final List<List<Integer>> members = new ArrayList<>();
  private final List<BitSet> articles = new ArrayList<>();

  /** A score of two sentence indexes. */
  interface PairScore {
    double score(int i, int j);
  }

  Groups(List<ClaimSentence> sentences) {
    parent = new int[sentences.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
      members.add(new ArrayList<>(List.of(i)));
      BitSet b = new BitSet();
      b.set(sentences.get(i).member());
      articles.add(b);
    }
  }

  int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  boolean shareArticle(int a, int b) {
    return articles.get(a).intersects(articles.get(b));
  }

  double averageScore(int a, int b, PairScore score) {
    double sum = 0;
    int n = 0;
    for (int i : members.get(a)) {
      for (int j : members.get(b)) {
        sum += score.score(i, j);
        n++;
      }
    }
    return sum / n;
  }

  void union(int a, int b) {
    int big = members.get(a).size() >= members.get(b).size() ? a : b;
    int small = big == a ? b : a;
    parent[small] = big;
    members.get(big).addAll(members.get(small));
    members.get(small).clear();
    articles.get(big).or(articles.get(small));
  }

  List<int[]> groups() {
    Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < parent.length; i++) {
      byRoot.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
    }
    return byRoot.values().stream()
        .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
        .toList();
  }
}
