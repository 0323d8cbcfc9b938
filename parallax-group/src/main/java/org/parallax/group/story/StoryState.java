package org.parallax.group.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A story being built: member signals and running sums for fast scoring. Not thread-safe. */
final class StoryState {

  final int index;
  final List<Signals> members = new ArrayList<>();
  final Map<String, Double> terms = new HashMap<>();
  final Map<String, Double> entities = new HashMap<>();
  final Map<String, Double> years = new HashMap<>();
  float[] embedding;
  double termNorm2;
  double entityNorm2;
  double yearNorm2;
  double embeddingNorm2;
  boolean dead;
  double firstDay = Double.NaN;
  double lastDay = Double.NaN;

  StoryState(int index) {
    this.index = index;
  }

  /** Adds a member, updating the sums and their squared norms. */
  void add(Signals s) {
    members.add(s);
    termNorm2 = addSparse(terms, s.terms(), termNorm2);
    entityNorm2 = addSparse(entities, s.entities(), entityNorm2);
    yearNorm2 = addSparse(years, s.years(), yearNorm2);
    if (s.embedding() != null) {
      if (embedding == null) {
        embedding = new float[s.embedding().length];
      }
      double dot = 0;
      double self = 0;
      for (int i = 0; i < embedding.length; i++) {
        dot += embedding[i] * s.embedding()[i];
        self += s.embedding()[i] * s.embedding()[i];
        embedding[i] += s.embedding()[i];
      }
      embeddingNorm2 += 2 * dot + self;
    }
    if (s.dated()) {
      double from = s.day() - s.dayError();
      double to = s.day() + s.dayError();
      firstDay = Double.isNaN(firstDay) ? from : Math.min(firstDay, from);
      lastDay = Double.isNaN(lastDay) ? to : Math.max(lastDay, to);
    }
  }

  /**
   * Removes a member, updating the sums and their squared norms (the date span is kept as it was).
   */
  void remove(Signals s) {
    members.remove(s);
    termNorm2 = subtractSparse(terms, s.terms(), termNorm2);
    entityNorm2 = subtractSparse(entities, s.entities(), entityNorm2);
    yearNorm2 = subtractSparse(years, s.years(), yearNorm2);
    if (s.embedding() != null && embedding != null) {
      double dot = 0;
      double self = 0;
      for (int i = 0; i < embedding.length; i++) {
        dot += embedding[i] * s.embedding()[i];
        self += s.embedding()[i] * s.embedding()[i];
        embedding[i] -= s.embedding()[i];
      }
      embeddingNorm2 = Math.max(0, embeddingNorm2 - 2 * dot + self);
    }
    if (members.isEmpty()) {
      clear();
    }
  }

  /** Forgets every member and sum (the date span is kept). */
  void clear() {
    members.clear();
    terms.clear();
    entities.clear();
    years.clear();
    yearNorm2 = 0;
    embedding = null;
    termNorm2 = 0;
    entityNorm2 = 0;
    embeddingNorm2 = 0;
  }

  private static double subtractSparse(
      Map<String, Double> sum, Map<String, Double> v, double norm2) {
    double dot = dot(sum, v);
    double self = 0;
    for (Map.Entry<String, Double> e : v.entrySet()) {
      self += e.getValue() * e.getValue();
      double left = sum.getOrDefault(e.getKey(), 0.0) - e.getValue();
      if (Math.abs(left) < 1e-12) {
        sum.remove(e.getKey());
      } else {
        sum.put(e.getKey(), left);
      }
    }
    return Math.max(0, norm2 - 2 * dot + self);
  }

  private static double addSparse(Map<String, Double> sum, Map<String, Double> v, double norm2) {
    double dot = dot(sum, v);
    double self = 0;
    for (Map.Entry<String, Double> e : v.entrySet()) {
      self += e.getValue() * e.getValue();
      sum.merge(e.getKey(), e.getValue(), Double::sum);
    }
    return norm2 + 2 * dot + self;
  }

  /** Cosine of a normalised sparse vector with this story's term sum. */
  double termCosine(Map<String, Double> v) {
    return termNorm2 <= 0 ? 0 : dot(terms, v) / Math.sqrt(termNorm2);
  }

  /** Cosine of a normalised sparse vector with this story's entity sum. */
  double entityCosine(Map<String, Double> v) {
    return entityNorm2 <= 0 ? 0 : dot(entities, v) / Math.sqrt(entityNorm2);
  }

  /** Cosine of a normalised sparse vector with this story's year sum, NaN when either has none. */
  double yearCosine(Map<String, Double> v) {
    return yearNorm2 <= 0 || v.isEmpty() ? Double.NaN : dot(years, v) / Math.sqrt(yearNorm2);
  }

  /** Cosine of the two stories' year sums, NaN when either has none. */
  double yearCosine(StoryState o) {
    return yearNorm2 <= 0 || o.yearNorm2 <= 0
        ? Double.NaN
        : dot(years, o.years) / Math.sqrt(yearNorm2 * o.yearNorm2);
  }

  /** Cosine of a normalised embedding with this story's centroid, or NaN without embeddings. */
  double embeddingCosine(float[] v) {
    if (embedding == null || v == null || embeddingNorm2 <= 0) {
      return Double.NaN;
    }
    double dot = 0;
    for (int i = 0; i < v.length; i++) {
      dot += embedding[i] * v[i];
    }
    return dot / Math.sqrt(embeddingNorm2);
  }

  /**
   * Days between {@code day ± error} and this story's span, 0 where they overlap, NaN when either
   * is undated.
   */
  double gapDays(double day, double error) {
    if (Double.isNaN(day) || Double.isNaN(firstDay)) {
      return Double.NaN;
    }
    if (day + error < firstDay) {
      return firstDay - day - error;
    }
    return day - error > lastDay ? day - error - lastDay : 0;
  }

  /** Cosine of the two stories' word sums. */
  double termCosine(StoryState o) {
    return termNorm2 <= 0 || o.termNorm2 <= 0
        ? 0
        : dot(terms, o.terms) / Math.sqrt(termNorm2 * o.termNorm2);
  }

  /** Cosine of the two stories' entity sums, NaN when either has none. */
  double entityCosine(StoryState o) {
    return entityNorm2 <= 0 || o.entityNorm2 <= 0
        ? Double.NaN
        : dot(entities, o.entities) / Math.sqrt(entityNorm2 * o.entityNorm2);
  }

  /** Cosine of the two stories' centroids, NaN without embeddings. */
  double embeddingCosine(StoryState o) {
    if (embedding == null || o.embedding == null || embeddingNorm2 <= 0 || o.embeddingNorm2 <= 0) {
      return Double.NaN;
    }
    double dot = 0;
    for (int i = 0; i < embedding.length; i++) {
      dot += embedding[i] * o.embedding[i];
    }
    return dot / Math.sqrt(embeddingNorm2 * o.embeddingNorm2);
  }

  /** Days between the two stories' spans, 0 where they overlap, NaN when either is undated. */
  double gapDays(StoryState o) {
    if (Double.isNaN(firstDay) || Double.isNaN(o.firstDay)) {
      return Double.NaN;
    }
    return Math.max(0, Math.max(firstDay - o.lastDay, o.firstDay - lastDay));
  }

  static double dot(Map<String, Double> big, Map<String, Double> small) {
    if (big.size() < small.size()) {
      Map<String, Double> t = big;
      big = small;
      small = t;
    }
    double d = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double o = big.get(e.getKey());
      if (o != null) {
        d += o * e.getValue();
      }
    }
    return d;
  }
}
