package org.parallax.group.story;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits a {@link PairModel} on labelled articles. Each labelled batch is replayed online in its
 * order with the gold stories as they would stand when each article arrives: the article's features
 * against every story open so far are examples, positive for its own story. Logistic regression
 * with a small ridge penalty, fitted by Newton's method (deterministic). Thread-safe.
 */
public final class PairTrainer {

  private static final int ITERATIONS = 30;

  private final StoryConfig config;
  private final double ridge;

  /**
   * A trainer; {@code config} says which signals exist and the time settings; {@code ridge} is the
   * L2 penalty on the weights (not the bias).
   */
  public PairTrainer(StoryConfig config, double ridge) {
    this.config = config;
    this.ridge = ridge;
  }

  /** Training examples: feature vectors and labels. */
  record Examples(List<double[]> x, List<Boolean> y) {}

  /**
   * Fits a model on batches of signals in arrival order; {@code gold} maps article id to its gold
   * story.
   */
  public PairModel fit(List<List<Signals>> batches, Map<String, String> gold) {
    Examples ex = examples(batches, gold);
    return newton(ex);
  }

  Examples examples(List<List<Signals>> batches, Map<String, String> gold) {
    List<double[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    StoryClusterer scorer = new StoryClusterer(config.withModel(null));
    for (List<Signals> batch : batches) {
      Map<String, StoryState> open = new LinkedHashMap<>();
      for (Signals s : batch) {
        String label = gold.get(s.id());
        for (Map.Entry<String, StoryState> e : open.entrySet()) {
          StoryClusterer.Scored sc = scorer.score(s, e.getValue());
          x.add(
              scorer.features(
                  s, e.getValue(), sc.words(), sc.embedding(), sc.entities(), sc.gap()));
          y.add(e.getKey().equals(label));
        }
        open.computeIfAbsent(label, k -> new StoryState(open.size())).add(s);
      }
    }
    return new Examples(x, y);
  }

  private PairModel newton(Examples ex) {
    int d = PairModel.FEATURES.size() + 1;
    double[] w = new double[d];
    for (int it = 0; it < ITERATIONS; it++) {
      double[] grad = new double[d];
      double[][] hess = new double[d][d];
      for (int n = 0; n < ex.x().size(); n++) {
        double[] row = withBias(ex.x().get(n));
        double z = 0;
        for (int i = 0; i < d; i++) {
          z += w[i] * row[i];
        }
        double p = 1 / (1 + Math.exp(-z));
        double err = p - (ex.y().get(n) ? 1 : 0);
        double v = Math.max(p * (1 - p), 1e-9);
        for (int i = 0; i < d; i++) {
          grad[i] += err * row[i];
          for (int j = 0; j < d; j++) {
            hess[i][j] += v * row[i] * row[j];
          }
        }
      }
      for (int i = 1; i < d; i++) {
        grad[i] += ridge * w[i];
        hess[i][i] += ridge;
      }
      hess[0][0] += 1e-9;
      double[] step = solve(hess, grad);
      double change = 0;
      for (int i = 0; i < d; i++) {
        w[i] -= step[i];
        change = Math.max(change, Math.abs(step[i]));
      }
      if (change < 1e-8) {
        break;
      }
    }
    double[] weights = new double[d - 1];
    System.arraycopy(w, 1, weights, 0, d - 1);
    return new PairModel(weights, w[0]);
  }

  private static double[] withBias(double[] x) {
    double[] r = new double[x.length + 1];
    r[0] = 1;
    System.arraycopy(x, 0, r, 1, x.length);
    return r;
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting (a is copied). */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) {
      m[i] = java.util.Arrays.copyOf(a[i], n + 1);
      m[i][n] = b[i];
    }
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
          p = r;
        }
      }
      double[] t = m[c];
      m[c] = m[p];
      m[p] = t;
      for (int r = c + 1; r < n; r++) {
        double f = m[r][c] / m[c][c];
        for (int k = c; k <= n; k++) {
          m[r][k] -= f * m[c][k];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = m[r][n];
      for (int k = r + 1; k < n; k++) {
        s -= m[r][k] * x[k];
      }
      x[r] = s / m[r][r];
    }
    return x;
  }
}
