package org.parallax.bench.search;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToLongFunction;
import org.parallax.store.Corpus;
import org.parallax.store.query.Facet;
import org.parallax.store.query.Filters;
import org.parallax.store.query.QuoteQuery;
import org.parallax.store.query.SearchRequest;
import org.parallax.store.query.Sort;

/**
 * A deterministic mix of corpus reads, each a kind of query a user of the web app makes: words,
 * phrases, filters, facets, browsing by entity, quotes by speaker and by words, similar articles
 * and look-ups by id. Every search asks for the first page of 10 hits.
 */
final class QueryMix {

  /** One query: its kind and how to run it; running returns the number of hits. */
  record Probe(String kind, ToLongFunction<Corpus> run) {}

  static final List<Facet> SEARCH_FACETS =
      List.of(Facet.OUTLET, Facet.KIND, Facet.COUNTRY, Facet.LANGUAGE, Facet.ENTITY, Facet.MONTH);

  private final SyntheticNews news;
  private final int articles;
  private final boolean vectors;

  QueryMix(SyntheticNews news, int articles, boolean vectors) {
    this.news = news;
    this.articles = articles;
    this.vectors = vectors;
  }

  /** The kinds of query, in table order. */
  List<String> kinds() {
    List<String> k =
        new ArrayList<>(
            List.of(
                "one word",
                "two words",
                "phrase",
                "word + filters",
                "word + 6 facets",
                "entity browse + facets",
                "quotes by speaker",
                "quotes by words",
                "article by id"));
    if (vectors) {
      k.add("similar (KNN, k=10)");
    }
    return k;
  }

  /** {@code n} probes of every kind, interleaved in a fixed shuffled order. */
  List<Probe> probes(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Probe> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (String kind : kinds()) {
        out.add(new Probe(kind, probe(kind, r)));
      }
    }
    for (int i = out.size() - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      Probe t = out.get(i);
      out.set(i, out.get(j));
      out.set(j, t);
    }
    return out;
  }

  private ToLongFunction<Corpus> probe(String kind, SplittableRandom r) {
    String word = news.word(10 + r.nextInt(2000));
    return switch (kind) {
      case "one word" -> c -> c.search(SearchRequest.of(word)).total();
      case "two words" -> {
        String q = news.word(r.nextInt(300)) + " " + news.word(r.nextInt(300));
        yield c -> c.search(SearchRequest.of(q)).total();
      }
      case "phrase" -> {
        String q = "\"" + phraseFrom(r.nextInt(articles), r) + "\"";
        yield c -> c.search(SearchRequest.of(q)).total();
      }
      case "word + filters" -> {
        int start = r.nextInt(SyntheticNews.DAYS - 90);
        Filters f =
            Filters.none()
                .and(Facet.OUTLET, outlet(r), outlet(r), outlet(r))
                .and(Facet.LANGUAGE, "en")
                .between(SyntheticNews.day(start), SyntheticNews.day(start + 90));
        String common = news.word(r.nextInt(100));
        yield c -> c.search(SearchRequest.of(common).withFilters(f)).total();
      }
      case "word + 6 facets" -> {
        SearchRequest q = SearchRequest.of(word).withFacets(SEARCH_FACETS.toArray(Facet[]::new));
        yield c -> c.search(q).total();
      }
      case "entity browse + facets" -> {
        Filters f = Filters.none().and(Facet.ENTITY, SyntheticNews.entity(r.nextInt(200)));
        SearchRequest q =
            SearchRequest.of("")
                .withFilters(f)
                .withFacets(Facet.OUTLET, Facet.SPEAKER, Facet.MONTH)
                .sorted(Sort.NEWEST);
        yield c -> c.search(q).total();
      }
      case "quotes by speaker" -> {
        QuoteQuery q = QuoteQuery.bySpeaker(SyntheticNews.speaker(r.nextInt(500)));
        yield c -> c.quotes(q).total();
      }
      case "quotes by words" -> {
        QuoteQuery q = QuoteQuery.byWords(news.word(r.nextInt(300)) + " " + word);
        yield c -> c.quotes(q).total();
      }
      case "article by id" -> {
        String id = news.article(r.nextInt(articles)).id();
        yield c -> c.article(id).isPresent() ? 1 : 0;
      }
      case "similar (KNN, k=10)" -> {
        String id = news.article(r.nextInt(articles)).id();
        yield c -> c.similar(id, 10).size();
      }
      default -> throw new IllegalArgumentException(kind);
    };
  }

  private String outlet(SplittableRandom r) {
    return news.outlets().get(r.nextInt(20)).name();
  }

  /** Two or three consecutive words of article {@code i}'s text. */
  private String phraseFrom(int i, SplittableRandom r) {
    String[] words = news.article(i).text().split("[^\\p{L}]+");
    int len = 2 + r.nextInt(2);
    int at = r.nextInt(Math.max(1, words.length - len));
    StringBuilder sb = new StringBuilder();
    for (int w = at; w < Math.min(words.length, at + len); w++) {
      sb.append(w > at ? " " : "").append(words[w]);
    }
    return sb.toString();
  }
}
