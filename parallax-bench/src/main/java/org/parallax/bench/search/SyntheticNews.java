package org.parallax.bench.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.parallax.core.model.Article;
import org.parallax.core.model.Entity;
import org.parallax.core.model.Quote;
import org.parallax.core.model.QuoteKind;
import org.parallax.core.model.Salience;
import org.parallax.core.model.Span;
import org.parallax.core.model.Speaker;
import org.parallax.core.registry.Outlet;
import org.parallax.core.registry.SourceRegistry;

/**
 * Deterministic synthetic news articles for scale tests: article {@code i} is the same on every run
 * and machine. Words follow a Zipf-like law over a vocabulary of real news words and made-up
 * syllable words; outlets come from the shipped registry; each article names entities and carries
 * quotes with speakers, with spans that point into its text. The text is not meaningful, only
 * shaped like news for the index.
 */
public final class SyntheticNews {

  static final String[] NEWS_WORDS = {
    "government",
    "minister",
    "president",
    "election",
    "policy",
    "sanctions",
    "talks",
    "economy",
    "inflation",
    "market",
    "court",
    "ruling",
    "protest",
    "police",
    "border",
    "military",
    "missile",
    "nuclear",
    "treaty",
    "summit",
    "budget",
    "energy",
    "climate",
    "storm",
    "flood",
    "vaccine",
    "hospital",
    "school",
    "strike",
    "union",
    "company",
    "shares",
    "investors",
    "report",
    "officials",
    "spokesman",
    "parliament",
    "senate",
    "vote",
    "campaign",
    "opposition",
    "coalition",
    "ceasefire",
    "refugees",
    "trade",
    "tariffs",
    "exports",
    "prices",
    "growth",
    "crisis",
    "agreement",
    "negotiations",
    "investigation",
    "charges",
    "trial",
    "verdict",
    "security",
    "attack",
    "troops",
    "diplomats",
    "embassy",
    "allies",
    "regional",
    "national",
    "announced",
    "warned",
    "said",
    "reported",
    "denied",
    "confirmed",
    "rejected",
    "approved",
    "reviewed",
    "signed",
    "launched",
    "arrested",
    "elected",
    "resigned",
    "promised",
    "criticised"
  };

  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ren", "sa", "tor", "vel", "an", "dri", "po", "qua", "zen", "bel", "ti",
    "mor", "ex", "ul", "gra", "fen", "ho"
  };

  private static final String[] LANGUAGES = {"en", "en", "en", "en", "en", "en", "fr", "de", "es"};

  private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

  /** The number of days publication dates spread over. */
  static final int DAYS = 730;

  private final List<String> vocabulary;
  private final List<Outlet> outlets;
  private final int entities;
  private final int speakers;

  /** A generator with a vocabulary of 5,000 words, 2,000 entities and 500 speakers. */
  public SyntheticNews() {
    this(5000, 2000, 500);
  }

  SyntheticNews(int words, int entities, int speakers) {
    List<String> v = new ArrayList<>(List.of(NEWS_WORDS));
    SplittableRandom r = new SplittableRandom(7);
    Set<String> made = new LinkedHashSet<>(v);
    while (made.size() < words) {
      StringBuilder w = new StringBuilder();
      int n = 2 + r.nextInt(3);
      for (int i = 0; i < n; i++) {
        w.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
      }
      made.add(w.toString());
    }
    this.vocabulary = List.copyOf(made);
    // sorted: the registry's own order may change from one JVM to the next
    this.outlets =
        SourceRegistry.defaults().all().stream()
            .sorted(Comparator.comparing(Outlet::domain))
            .limit(80)
            .toList();
    this.entities = entities;
    this.speakers = speakers;
  }

  /** The outlets articles are drawn from. */
  public List<Outlet> outlets() {
    return outlets;
  }

  /** The {@code rank}-th most frequent word. */
  public String word(int rank) {
    return vocabulary.get(rank);
  }

  /** The canonical id of entity number {@code n}. */
  public static String entity(int n) {
    return "Entity " + n;
  }

  /** The canonical id of speaker number {@code n}. */
  public static String speaker(int n) {
    return "Speaker " + n;
  }

  /** The publication day of day number {@code n}. */
  public static LocalDate day(int n) {
    return FIRST_DAY.plusDays(n);
  }

  /** Article number {@code i}. */
  public Article article(int i) {
    SplittableRandom r = new SplittableRandom(i);
    Outlet outlet = outlets.get(zipf(r, outlets.size()));
    List<String> paragraphs = new ArrayList<>();
    int count = 4 + r.nextInt(5);
    for (int p = 0; p < count; p++) {
      paragraphs.add(sentences(r, 2 + r.nextInt(3)));
    }
    List<String> names = new ArrayList<>();
    int n = 3 + r.nextInt(6);
    for (int e = 0; e < n; e++) {
      names.add(entity(zipf(r, entities)));
    }
    String quoted = sentences(r, 1);
    String who = speaker(zipf(r, speakers));
    paragraphs.add(names.get(0) + " was named. \"" + quoted + "\" " + who + " said.");
    String text = String.join(Article.PARAGRAPH_SEPARATOR, paragraphs);
    int at = text.indexOf(quoted);
    Quote quote =
        new Quote(
            quoted,
            Span.of(text, at, at + quoted.length()),
            QuoteKind.DIRECT,
            new Speaker(who, who),
            null,
            "said",
            null);
    String id = String.format(Locale.ROOT, "syn%013d", i);
    return Article.builder()
        .id(id)
        .source("synthetic")
        .url("https://" + outlet.domain() + "/news/" + id)
        .domain(outlet.domain())
        .publisher(outlet.name())
        .title(capitalise(words(r, 6 + r.nextInt(5))))
        .published(day(r.nextInt(DAYS)).toString())
        .language(LANGUAGES[r.nextInt(LANGUAGES.length)])
        .paragraphs(paragraphs)
        .entities(entityList(text, names))
        .quotes(List.of(quote))
        .build();
  }

  private static List<Entity> entityList(String text, List<String> names) {
    List<Entity> out = new ArrayList<>();
    int at = text.lastIndexOf(names.get(0));
    Span first = Span.of(text, at, at + names.get(0).length());
    for (String name : new LinkedHashSet<>(names)) {
      List<Span> mentions = name.equals(names.get(0)) ? List.of(first) : List.of();
      out.add(new Entity(name, name, "ORGANIZATION", mentions, new Salience(1, at, false)));
    }
    return out;
  }

  private String sentences(SplittableRandom r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int s = 0; s < n; s++) {
      if (s > 0) {
        sb.append(' ');
      }
      sb.append(capitalise(words(r, 8 + r.nextInt(14)))).append('.');
    }
    return sb.toString();
  }

  private String words(SplittableRandom r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int w = 0; w < n; w++) {
      if (w > 0) {
        sb.append(' ');
      }
      sb.append(vocabulary.get(zipf(r, vocabulary.size())));
    }
    return sb.toString();
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** A rank in {@code [0, n)} with probability falling roughly as 1 / (rank + 1). */
  static int zipf(SplittableRandom r, int n) {
    // inverse of the continuous 1/x law on [1, n + 1)
    double x = Math.exp(r.nextDouble() * Math.log(n + 1.0));
    return Math.min(n - 1, (int) x - 1);
  }
}
