package org.parallax.store;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.parallax.core.model.Article;

/**
 * The child process of {@link CrashSafetyTest}: ingests {@code total} generated articles into a
 * corpus in batches, committing after each with the index of the next article as checkpoint, and
 * prints {@code committed N} after each commit. When restarted it resumes a little before the
 * checkpoint, so that some committed articles are ingested twice.
 *
 * <p>Arguments: corpus directory, total, batch size.
 */
public final class CrashIngestMain {

  /** The checkpoint key. */
  static final String NEXT = "crash.next";

  private CrashIngestMain() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    run(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), out);
    out.println("done");
  }

  /** Ingests articles {@code [checkpoint - overlap, total)} into the corpus in {@code dir}. */
  static void run(Path dir, int total, int batch, PrintStream out) throws IOException {
    try (Corpus corpus = Corpus.open(dir)) {
      int next = Integer.parseInt(corpus.checkpoint().getOrDefault(NEXT, "0"));
      int from = Math.max(0, next - batch - batch / 2);
      for (int i = from; i < total; i += batch) {
        List<Article> articles = new ArrayList<>();
        for (int j = i; j < Math.min(total, i + batch); j++) {
          articles.add(article(j));
        }
        int end = Math.min(total, i + batch);
        corpus.add(articles, Map.of(NEXT, Integer.toString(Math.max(end, next))));
        out.println("committed " + end);
      }
    }
  }

  private static final String[] WORDS = {
    "policy", "sanctions", "talks", "missile", "review", "officials", "minister", "border",
    "election", "economy", "summit", "treaty", "protest", "court", "budget", "energy"
  };

  /** The {@code i}-th article: the same every time. */
  static Article article(int i) {
    SplittableRandom r = new SplittableRandom(i);
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < 80; w++) {
      text.append(WORDS[r.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
    }
    List<String[]> quotes = new ArrayList<>();
    for (int q = 0; q < r.nextInt(3); q++) {
      quotes.add(new String[] {"Speaker " + r.nextInt(20), "we will " + WORDS[r.nextInt(16)]});
    }
    String day = String.format(Locale.ROOT, "2021-%02d-%02d", 1 + i % 12, 1 + i % 28);
    return TestArticles.article(
        String.format(Locale.ROOT, "crash-%05d", i),
        i % 2 == 0 ? "apnews.com" : "wsj.com",
        day,
        "Article " + i + " on " + WORDS[i % WORDS.length],
        text.toString().strip(),
        List.of("Entity " + (i % 7)),
        quotes);
  }
}
