package org.parallax.bench.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.parallax.core.model.Article;
import org.parallax.core.model.Entity;
import org.parallax.core.model.Quote;
import org.parallax.core.model.QuoteKind;
import org.parallax.core.model.Salience;
import org.parallax.core.model.Span;
import org.parallax.core.model.Speaker;
import org.parallax.core.story.Story;
import org.parallax.store.Corpus;
import org.parallax.store.StoredKind;

/**
 * Deterministic synthetic news for the serve benchmark: articles of 200–500 words from a Zipf-like
 * vocabulary of made-up words, 40 outlets, 500 entities, one quote per article, and one story per
 * 10 articles. The text means nothing; sizes and term statistics are news-like.
 */
final class GeneratedCorpus {

  static final int WORDS = 5000;
  static final int ENTITIES = 500;
  static final int OUTLETS = 40;
  static final int STORY_SIZE = 10;

  private final String[] vocabulary = new String[WORDS];
  private final long seed;

  GeneratedCorpus(long seed) {
    this.seed = seed;
    SplittableRandom r = new SplittableRandom(seed);
    String consonants = "bcdfghklmnprstvz";
    String vowels = "aeiou";
    for (int i = 0; i < WORDS; i++) {
      StringBuilder w = new StringBuilder();
      int syllables = 1 + r.nextInt(3);
      for (int s = 0; s < syllables; s++) {
        w.append(consonants.charAt(r.nextInt(consonants.length())));
        w.append(vowels.charAt(r.nextInt(vowels.length())));
      }
      w.append(consonants.charAt(i % consonants.length()));
      vocabulary[i] = w.toString();
    }
  }

  /** A word by frequency rank, 0 the most common. */
  String word(int rank) {
    return vocabulary[rank];
  }

  /** A Zipf-like random rank. */
  int rank(SplittableRandom r) {
    double u = r.nextDouble();
    return (int) Math.min(WORDS - 1, Math.floor(Math.pow(WORDS, u)) - 1);
  }

  static String entity(int n) {
    return "Entity " + n;
  }

  static String outlet(int n) {
    return "outlet" + n + ".example";
  }

  /** The id of article {@code i}. */
  static String id(int i) {
    return String.format(Locale.ROOT, "a%015d", i);
  }

  /** Article {@code i}; the same for the same seed. */
  Article article(int i) {
    SplittableRandom r = new SplittableRandom(seed * 31 + i);
    StringBuilder text = new StringBuilder();
    List<String> paragraphs = new ArrayList<>();
    int words = 200 + r.nextInt(300);
    for (int w = 0; w < words; w++) {
      text.append(w % 20 == 0 ? "" : " ").append(word(rank(r)));
      if (w % 60 == 59) {
        paragraphs.add(text.toString());
        text.setLength(0);
      }
    }
    int e = r.nextInt(ENTITIES);
    String name = entity(e);
    String quoted = word(rank(r)) + " " + word(rank(r)) + " " + word(rank(r));
    paragraphs.add(name + " said: \u201c" + quoted + "\u201d " + text);
    String body = String.join(Article.PARAGRAPH_SEPARATOR, paragraphs);
    int at = body.lastIndexOf(name);
    int qs = body.indexOf('\u201c', at) + 1;
    Span quoteSpan = Span.of(body, qs, qs + quoted.length());
    Entity entity =
        new Entity(
            name,
            name,
            "PERSON",
            List.of(Span.of(body, at, at + name.length())),
            new Salience(1, at, false));
    Quote quote =
        new Quote(quoted, quoteSpan, QuoteKind.DIRECT, new Speaker(name, name), null, "said", null);
    int o = r.nextInt(OUTLETS);
    return Article.builder()
        .id(id(i))
        .source("generated")
        .url("https://" + outlet(o) + "/news/" + i)
        .title(word(rank(r)) + " " + word(rank(r)) + " " + word(rank(r)))
        .published(String.format(Locale.ROOT, "2024-%02d-%02d", 1 + i % 12, 1 + i % 28))
        .publisher("Outlet " + o)
        .domain(outlet(o))
        .language("en")
        .paragraphs(paragraphs)
        .entities(List.of(entity))
        .quotes(List.of(quote))
        .build();
  }

  /** Adds {@code n} articles in batches and one story per {@link #STORY_SIZE} articles. */
  void fill(Corpus corpus, int n, int batch) {
    List<Article> buffer = new ArrayList<>(batch);
    for (int i = 0; i < n; i++) {
      buffer.add(article(i));
      if (buffer.size() == batch) {
        corpus.add(buffer);
        buffer.clear();
      }
    }
    if (!buffer.isEmpty()) {
      corpus.add(buffer);
    }
    Map<String, Corpus.Stored> stories = new LinkedHashMap<>();
    for (int s = 0; s * STORY_SIZE < n; s++) {
      List<String> members = new ArrayList<>();
      for (int i = s * STORY_SIZE; i < Math.min(n, (s + 1) * STORY_SIZE); i++) {
        members.add(id(i));
      }
      String sid = String.format(Locale.ROOT, "s%09d", s);
      Story story =
          new Story(
              sid, word(s % WORDS), members, List.of(), null, null, List.of(), false, List.of());
      stories.put(sid, new Corpus.Stored(story, members));
      if (stories.size() == batch) {
        corpus.putAll(StoredKind.STORY, stories);
        stories.clear();
      }
    }
    if (!stories.isEmpty()) {
      corpus.putAll(StoredKind.STORY, stories);
    }
  }
}
