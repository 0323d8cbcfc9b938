package org.parallax.bench.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The kinds of request the benchmark sends, with their shares of the load, and a generator of
 * concrete paths for each against a {@link GeneratedCorpus}.
 */
final class RequestMix {

  /** One kind of request. */
  enum Kind {
    ARTICLE("GET /api/articles/{id}", 30),
    SEARCH("GET /api/search?q=…&facets=outlet,month", 20),
    LIST("GET /api/articles?offset=…", 10),
    STORIES("GET /api/stories?offset=…", 10),
    QUOTES("GET /api/quotes?q=…", 10),
    ENTITY("GET /api/entities/{id}", 5),
    ASSET("GET /static/js/app.js", 15);

    final String label;
    final int share;

    Kind(String label, int share) {
      this.label = label;
      this.share = share;
    }
  }

  private final GeneratedCorpus corpus;
  private final int articles;

  RequestMix(GeneratedCorpus corpus, int articles) {
    this.corpus = corpus;
    this.articles = articles;
  }

  /** A kind drawn by share. */
  Kind kind(SplittableRandom r) {
    int x = r.nextInt(100);
    for (Kind k : Kind.values()) {
      x -= k.share;
      if (x < 0) {
        return k;
      }
    }
    return Kind.ASSET;
  }

  /** A path of kind {@code k}. */
  String path(Kind k, SplittableRandom r) {
    return switch (k) {
      case ARTICLE -> "/api/articles/" + GeneratedCorpus.id(r.nextInt(articles));
      case SEARCH ->
          "/api/search?facets=outlet,month&q="
              + enc(corpus.word(20 + r.nextInt(500)) + " " + corpus.word(20 + r.nextInt(2000)));
      case LIST -> "/api/articles?limit=20&offset=" + 20 * r.nextInt(50);
      case STORIES -> "/api/stories?limit=20&offset=" + 20 * r.nextInt(Math.max(1, articles / 200));
      case QUOTES -> "/api/quotes?q=" + enc(corpus.word(r.nextInt(300)));
      case ENTITY ->
          "/api/entities/" + enc(GeneratedCorpus.entity(r.nextInt(GeneratedCorpus.ENTITIES)));
      case ASSET -> "/static/js/app.js";
    };
  }

  static List<Kind> kinds() {
    return List.of(Kind.values());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
