package org.parallax.bench.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.parallax.core.model.Article;
import org.parallax.core.model.Entity;
import org.parallax.core.model.Salience;

/**
 * A synthetic news corpus for the scale benchmark: stories of 1–20 articles with their own words,
 * entities, dates and embedding direction, one article in ten a wire copy of another in its story.
 * Deterministic for a given seed.
 *
 * @param articles the articles, in publication order
 * @param story the gold story of each article
 * @param embeddings a synthetic embedding per article (story direction plus noise, normalised)
 */
public record SyntheticCorpus(
    List<Article> articles, List<Integer> story, List<float[]> embeddings) {

  private static final int VOCABULARY = 60_000;
  private static final int ENTITIES = 20_000;
  private static final int DIMENSION = 384;

  /** A corpus of {@code n} articles. */
  public static SyntheticCorpus generate(int n, long seed) {
    Random rnd = new Random(seed);
    List<Article> articles = new ArrayList<>(n);
    List<Integer> gold = new ArrayList<>(n);
    List<float[]> vectors = new ArrayList<>(n);
    int storyNo = 0;
    LocalDate start = LocalDate.of(2024, 1, 1);
    while (articles.size() < n) {
      int size = 1 + (int) Math.min(19, Math.floor(-Math.log(1 - rnd.nextDouble()) * 4));
      int[] words = rnd.ints(25, 0, VOCABULARY).toArray();
      int[] ents = rnd.ints(5, 0, ENTITIES).toArray();
      float[] dir = unit(rnd, null, 0);
      int day = (int) ((long) articles.size() * 365 / n);
      String previous = null;
      for (int k = 0; k < size && articles.size() < n; k++) {
        String id = "s" + storyNo + "-" + k;
        String text = previous != null && rnd.nextInt(10) == 0 ? previous : text(rnd, words);
        previous = text;
        List<Entity> entities = new ArrayList<>();
        for (int e : ents) {
          if (rnd.nextInt(4) > 0) {
            entities.add(
                new Entity(
                    "E" + e, "E" + e, "X", List.of(), new Salience(1 + rnd.nextInt(3), 0, false)));
          }
        }
        articles.add(
            Article.builder()
                .id(id)
                .source("synthetic")
                .title("w" + words[0] + " w" + words[1] + " w" + words[2])
                .published(start.plusDays(day + rnd.nextInt(3)).toString())
                .paragraphs(List.of(text))
                .entities(entities)
                .build());
        gold.add(storyNo);
        vectors.add(unit(rnd, dir, 0.8f));
      }
      storyNo++;
    }
    return new SyntheticCorpus(articles, gold, vectors);
  }

  private static String text(Random rnd, int[] words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      int w = rnd.nextInt(10) < 4 ? words[rnd.nextInt(words.length)] : rnd.nextInt(VOCABULARY);
      sb.append('w').append(w).append(i % 15 == 14 ? ". " : " ");
    }
    return sb.toString().strip();
  }

  private static float[] unit(Random rnd, float[] base, float noise) {
    float[] v = new float[DIMENSION];
    double norm = 0;
    for (int i = 0; i < DIMENSION; i++) {
      v[i] =
          (float)
              ((base == null ? 0 : base[i])
                  + (base == null ? 1 : noise) * rnd.nextGaussian() / Math.sqrt(DIMENSION));
      norm += v[i] * v[i];
    }
    for (int i = 0; i < DIMENSION; i++) {
      v[i] /= (float) Math.sqrt(norm);
    }
    return v;
  }
}
