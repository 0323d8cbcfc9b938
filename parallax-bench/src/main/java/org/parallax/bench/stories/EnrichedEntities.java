package org.parallax.bench.stories;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.parallax.core.id.Ids;
import org.parallax.core.model.Article;
import org.parallax.core.model.Entity;
import org.parallax.core.model.Outcome;
import org.parallax.nlp.Enricher;

/**
 * Each benchmark document's canonical entities from {@link Enricher#shared()}, read from a cache
 * file where present and saved back every {@value #CHUNK} documents, so an interrupted run keeps
 * its work. A document the Enricher fails on gets no entities (and a log line).
 */
final class EnrichedEntities {

  static final int CHUNK = 100;

  private EnrichedEntities() {}

  /** The cache key of a document: its id and the hash of its title and text. */
  static String key(String id, Article a) {
    return id + "|" + Ids.hash((a.title() == null ? "" : a.title()) + "\n" + a.text());
  }

  /** Document id to entities, for every document in {@code docs}. */
  static Map<String, List<Entity>> of(List<EcbDoc> docs, Path cache, PrintWriter log)
      throws IOException {
    Map<String, List<Entity>> cached = new ConcurrentHashMap<>(EntityCache.load(cache));
    List<EcbDoc> missing =
        docs.stream().filter(d -> !cached.containsKey(key(d.id(), d.article()))).toList();
    long t0 = System.nanoTime();
    AtomicInteger failed = new AtomicInteger();
    for (int i = 0; i < missing.size(); i += CHUNK) {
      missing.subList(i, Math.min(missing.size(), i + CHUNK)).parallelStream()
          .forEach(d -> cached.put(key(d.id(), d.article()), enrich(d, log, failed)));
      EntityCache.save(cache, cached);
      log.printf(
          "enricher: %d of %d documents enriched, %.1f s%n",
          Math.min(missing.size(), i + CHUNK), missing.size(), (System.nanoTime() - t0) / 1e9);
      log.flush();
    }
    log.printf(
        "enricher: %d documents from the cache, %d enriched (%d failed)%n",
        docs.size() - missing.size(), missing.size(), failed.get());
    Map<String, List<Entity>> out = new java.util.HashMap<>();
    for (EcbDoc d : docs) {
      out.put(d.id(), cached.get(key(d.id(), d.article())));
    }
    return out;
  }

  private static List<Entity> enrich(EcbDoc d, PrintWriter log, AtomicInteger failed) {
    Outcome<Article> o = Enricher.shared().apply(d.article());
    if (o instanceof Outcome.Ok<Article> ok) {
      return new ArrayList<>(ok.value().entities());
    }
    failed.incrementAndGet();
    synchronized (log) {
      log.println("enricher: " + d.id() + ": " + ((Outcome.Failed<Article>) o).problem().reason());
    }
    return List.of();
  }
}
