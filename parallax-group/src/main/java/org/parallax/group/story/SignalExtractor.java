package org.parallax.group.story;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.core.embed.Embedder;
import org.parallax.core.model.Article;
import org.parallax.core.model.Entity;
import org.parallax.core.model.Span;
import org.parallax.core.model.TimeExpression;
import org.parallax.group.text.Words;

/**
 * Builds {@link Signals} for a batch: document frequencies of words and entities come from the
 * batch itself, so rare shared words and entities weigh most. Thread-safe.
 */
public final class SignalExtractor {

  /** Words kept per article, the heaviest by TF-IDF. */
  static final int MAX_TERMS = 60;

  /** Entities kept per article, the heaviest. */
  static final int MAX_ENTITIES = 40;

  private final StoryConfig config;

  /** An extractor for these settings. */
  public SignalExtractor(StoryConfig config) {
    this.config = config;
  }

  /** The text that is embedded: the title and the first {@code leadWords} words of the text. */
  public String embeddingText(Article a) {
    StringBuilder sb = new StringBuilder();
    if (a.title() != null && !a.title().isBlank()) {
      sb.append(a.title().strip()).append(". ");
    }
    String text = a.text();
    int words = 0;
    int end = 0;
    var tokens = Words.tokens(text);
    for (Words.Token t : tokens) {
      if (++words > config.leadWords()) {
        break;
      }
      end = t.end();
    }
    if (!a.sentences().isEmpty()) {
      for (Span s : a.sentences()) {
        if (s.end() >= end) {
          end = Math.max(end, s.end());
          break;
        }
      }
    }
    sb.append(text, 0, Math.min(end, text.length()));
    return sb.toString();
  }

  /** Signals for every article, embedding each with {@code embedder} (may be {@code null}). */
  public List<Signals> extract(List<Article> articles, Embedder embedder) {
    List<float[]> vectors = new ArrayList<>(articles.size());
    for (Article a : articles) {
      vectors.add(embedder == null ? null : embedder.embed(embeddingText(a)));
    }
    return extract(articles, vectors);
  }

  /** Signals for every article given their embeddings (entries may be {@code null}). */
  public List<Signals> extract(List<Article> articles, List<float[]> embeddings) {
    // counts are kept compactly (shared keys, parallel arrays) until the frequencies are known:
    // a map per article for every article at once dominated the heap at 100k articles
    List<Counts> tfs = new ArrayList<>(articles.size());
    List<Counts> ents = new ArrayList<>(articles.size());
    Map<String, Key> df = new HashMap<>();
    Map<String, Key> edf = new HashMap<>();
    for (Article a : articles) {
      tfs.add(Counts.of(termCounts(a), df));
      ents.add(Counts.of(entityWeights(a), edf));
    }
    int n = articles.size();
    List<Signals> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Article a = articles.get(i);
      Map<String, Double> terms = weigh(tfs.get(i), n, true, MAX_TERMS);
      Map<String, Double> entities = weigh(ents.get(i), n, false, MAX_ENTITIES);
      tfs.set(i, null);
      ents.set(i, null);
      out.add(
          new Signals(
              a.id(),
              a.title() == null ? "" : a.title(),
              day(a),
              dayError(a),
              config.embeddingWeight() > 0 ? embeddings.get(i) : null,
              terms,
              config.entityWeight() > 0 ? entities : Map.of(),
              years(a)));
    }
    return out;
  }

  /** A word or entity id shared by all articles that have it, with its document frequency. */
  private static final class Key {
    final String text;
    int df;

    Key(String text) {
      this.text = text;
    }
  }

  /** One article's raw counts as parallel arrays. */
  private record Counts(Key[] keys, double[] values) {
    static Counts of(Map<String, Double> raw, Map<String, Key> df) {
      Key[] keys = new Key[raw.size()];
      double[] values = new double[raw.size()];
      int i = 0;
      for (Map.Entry<String, Double> e : raw.entrySet()) {
        Key k = df.computeIfAbsent(e.getKey(), Key::new);
        k.df++;
        keys[i] = k;
        values[i++] = e.getValue();
      }
      return new Counts(keys, values);
    }
  }

  /** TF-IDF weights, the {@code keep} heaviest only (ties by word), L2-normalised. */
  private static Map<String, Double> weigh(Counts raw, int n, boolean sublinear, int keep) {
    int m = raw.keys().length;
    double[] w = new double[m];
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      double tf = sublinear ? 1 + Math.log(raw.values()[i]) : raw.values()[i];
      double idf = Math.log((n + 1.0) / (raw.keys()[i].df + 1.0)) + 1;
      w[i] = tf * idf;
      order[i] = i;
    }
    java.util.Arrays.sort(
        order,
        java.util.Comparator.comparingDouble((Integer i) -> -w[i])
            .thenComparing(i -> raw.keys()[i].text));
    int kept = Math.min(keep, m);
    double len = 0;
    for (int r = 0; r < kept; r++) {
      len += w[order[r]] * w[order[r]];
    }
    len = Math.sqrt(len);
    Map<String, Double> out = new HashMap<>(kept * 2);
    for (int r = 0; r < kept; r++) {
      out.put(raw.keys()[order[r]].text, w[order[r]] / len);
    }
    return out;
  }

  /** Word counts of the title (twice) and the text, stop words and numbers left out. */
  static Map<String, Double> termCounts(Article a) {
    Map<String, Double> tf = new HashMap<>();
    if (a.title() != null) {
      for (String w : Words.forms(a.title())) {
        if (StopWords.keep(w)) {
          tf.merge(w, 2.0, Double::sum);
        }
      }
    }
    for (String w : Words.forms(a.text())) {
      if (StopWords.keep(w)) {
        tf.merge(w, 1.0, Double::sum);
      }
    }
    return tf;
  }

  /** Years 1950–2049 written as numbers in the title and text. */
  private static final java.util.regex.Pattern YEAR =
      java.util.regex.Pattern.compile("(?<![\\d.,$])(19[5-9]\\d|20[0-4]\\d)(?![\\d.,]\\d)");

  /** L2-normalised counts of the years written in the title and text. */
  static Map<String, Double> years(Article a) {
    Map<String, Double> counts = new HashMap<>();
    for (String part : new String[] {a.title(), a.text()}) {
      if (part != null) {
        java.util.regex.Matcher m = YEAR.matcher(part);
        while (m.find()) {
          counts.merge(m.group(1), 1.0, Double::sum);
        }
      }
    }
    double len = Math.sqrt(counts.values().stream().mapToDouble(v -> v * v).sum());
    counts.replaceAll((k, v) -> v / len);
    return counts;
  }

  /** Entity weights: {@code 1 + ln(mentions)}, plus one when named in the title. */
  static Map<String, Double> entityWeights(Article a) {
    Map<String, Double> w = new HashMap<>();
    for (Entity e : a.entities()) {
      int mentions = Math.max(1, e.mentions().size());
      double v = 1 + Math.log(mentions);
      if (e.salience() != null && e.salience().inTitle()) {
        v += 1;
      }
      w.merge(e.id(), v, Double::sum);
    }
    return w;
  }

  /**
   * The article's day: its publication date, else the most frequent resolved date among its time
   * expressions (the latest on a tie), else {@link Double#NaN}.
   */
  public static double day(Article a) {
    return when(a)[0];
  }

  /** How many days {@link #day(Article)} may be off (0, 15 or 183; NaN when undated). */
  public static double dayError(Article a) {
    return when(a)[1];
  }

  private static double[] when(Article a) {
    Double d = parseDay(a.published());
    if (d != null) {
      return new double[] {d, error(a.published())};
    }
    Map<String, Integer> votes = new HashMap<>();
    for (TimeExpression t : a.times()) {
      if (t.value() != null && parseDay(t.value()) != null) {
        votes.merge(t.value(), 1, Integer::sum);
      }
    }
    return votes.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> parseDay(e.getKey())))
        .map(e -> new double[] {parseDay(e.getKey()), error(e.getKey())})
        .orElse(new double[] {Double.NaN, Double.NaN});
  }

  private static double error(String iso) {
    return iso.length() == 4 ? 183 : iso.length() == 7 ? 15 : 0;
  }

  /**
   * Days since the epoch of an ISO date or date-time ({@code 2021-05-04…}), a month ({@code
   * 2021-05}, its 15th) or a year ({@code 2021}, its 1 July), or {@code null}.
   */
  static Double parseDay(String iso) {
    if (iso == null) {
      return null;
    }
    if (iso.matches("\\d{4}")) {
      return (double) LocalDate.of(Integer.parseInt(iso), 7, 1).toEpochDay();
    }
    if (iso.matches("\\d{4}-\\d{2}")) {
      return parseDay(iso + "-15");
    }
    if (iso.length() < 10) {
      return null;
    }
    try {
      return (double) LocalDate.parse(iso.substring(0, 10)).toEpochDay();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
