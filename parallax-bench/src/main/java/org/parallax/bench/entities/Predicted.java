package org.parallax.bench.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.parallax.core.model.Article;
import org.parallax.nlp.Enricher;
import org.parallax.nlp.NlpDoc;

/** Runs the enricher over gold documents, on a few threads, and keeps their resolved mentions. */
final class Predicted {

  private Predicted() {}

  /** The resolved mentions of each document, in the order of {@code docs}. */
  static List<List<NlpDoc.Mention>> mentions(List<GoldDoc> docs, int threads)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<NlpDoc.Mention>>> futures = new ArrayList<>();
      for (GoldDoc d : docs) {
        futures.add(pool.submit(() -> Enricher.shared().enrich(article(d)).doc().mentions()));
      }
      List<List<NlpDoc.Mention>> out = new ArrayList<>();
      for (Future<List<NlpDoc.Mention>> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (ExecutionException e) {
      throw new IllegalStateException("enrichment failed on a gold document", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  static Article article(GoldDoc d) {
    return Article.builder()
        .id(d.id())
        .source(d.id())
        .title(d.title())
        .published(d.published())
        .paragraphs(d.paragraphs())
        .build();
  }

  /** The benchmark type of a Parallax type, or {@code null} for types GUM does not name. */
  static String benchType(String parallaxType) {
    return switch (parallaxType) {
      case "PERSON" -> "person";
      case "ORGANIZATION" -> "organization";
      case "LOCATION", "COUNTRY" -> "place";
      default -> null;
    };
  }
}
