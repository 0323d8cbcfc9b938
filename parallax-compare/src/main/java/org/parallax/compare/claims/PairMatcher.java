package org.parallax.compare.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one matching of the sentences of two articles: mutual best matches first (each is the
 * other's highest-scoring sentence, and they score at least {@link
 * AlignmentWeights#mutualFloor()}), then the remaining pairs greedily, best first, when both
 * sentences are still free and they score at least {@link AlignmentWeights#floor()}.
 */
final class PairMatcher {

  private PairMatcher() {}

  /**
   * A matched pair of sentence indexes.
   *
   * @param i a sentence of the first article
   * @param j a sentence of the second article
   * @param score their score
   */
  record Match(int i, int j, double score) {}

  /** The matches between sentences {@code left} and {@code right} (indexes into the story). */
  static List<Match> match(
      List<Integer> left, List<Integer> right, PairScores scores, AlignmentWeights w) {
    int n = left.size();
    int m = right.size();
    double[][] s = new double[n][m];
    int[] rowBest = new int[n];
    int[] colBest = new int[m];
    java.util.Arrays.fill(colBest, -1);
    for (int x = 0; x < n; x++) {
      rowBest[x] = -1;
      for (int y = 0; y < m; y++) {
        s[x][y] = scores.score(left.get(x), right.get(y));
        if (rowBest[x] < 0 || s[x][y] > s[x][rowBest[x]]) {
          rowBest[x] = y;
        }
        if (colBest[y] < 0 || s[x][y] > s[colBest[y]][y]) {
          colBest[y] = x;
        }
      }
    }
    boolean[] usedLeft = new boolean[n];
    boolean[] usedRight = new boolean[m];
    List<Match> out = new ArrayList<>();
    for (int x = 0; x < n; x++) {
      int y = rowBest[x];
      if (y >= 0 && colBest[y] == x && s[x][y] >= w.mutualFloor()) {
        usedLeft[x] = true;
        usedRight[y] = true;
        out.add(new Match(left.get(x), right.get(y), s[x][y]));
      }
    }
    List<int[]> rest = new ArrayList<>();
    for (int x = 0; x < n; x++) {
      for (int y = 0; y < m; y++) {
        if (!usedLeft[x] && !usedRight[y] && s[x][y] >= w.floor()) {
          rest.add(new int[] {x, y});
        }
      }
    }
    rest.sort(Comparator.comparingDouble((int[] p) -> -s[p[0]][p[1]]));
    for (int[] p : rest) {
      if (!usedLeft[p[0]] && !usedRight[p[1]]) {
        usedLeft[p[0]] = true;
        usedRight[p[1]] = true;
        out.add(new Match(left.get(p[0]), right.get(p[1]), s[p[0]][p[1]]));
      }
    }
    return out;
  }
}
